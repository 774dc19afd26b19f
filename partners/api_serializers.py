"""Shapes of the partner API (docs/partner-api.md): what an agency's system reads about its shares
and information requests, and what it sends to act on them."""

from typing import Any

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from partners.models import (
    InformationRequest,
    IsrAttachment,
    IsrUrgency,
    LawfulBasis,
    Share,
    ShareMessage,
    ShareOutcome,
)
from referrals.models import SlaClock

MAX_TEXT = 20_000  # as the intake's free text: far beyond any real message


class StrictCharField(serializers.CharField):
    """Text that must arrive as a JSON string: a number or a list is a mistake to report, not
    to turn into text. Not trimmed here: the length limit is the schema's, on what was sent
    (the actions trim, and refuse what is blank once trimmed)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("trim_whitespace", False)
        super().__init__(**kwargs)

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return str(super().to_internal_value(data))


# --- What the system reads -----------------------------------------------------------------------


class PartnerClockSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="get_kind_display")

    class Meta:
        model = SlaClock
        fields = ["kind", "name", "state", "started_at", "due_at", "breached_at", "met_at"]


class ShareSummarySerializer(serializers.ModelSerializer):
    """One share as the inbox lists it."""

    reference = serializers.CharField(help_text="The share's reference, e.g. VH-2026-000123/S41.")
    referral_reference = serializers.SerializerMethodField()
    grade = serializers.SerializerMethodField()
    updated_at = serializers.DateTimeField(
        help_text="The latest of: shared, acknowledged, outcome or decline recorded, "
        "superseded, last message."
    )
    outcome = serializers.SerializerMethodField()
    declined_at = serializers.SerializerMethodField()
    superseded_by = serializers.IntegerField(source="superseded_by_id", allow_null=True)
    clocks = PartnerClockSerializer(many=True, source="clock_list")
    url = serializers.SerializerMethodField()

    class Meta:
        model = Share
        fields = [
            "id",
            "reference",
            "referral_reference",
            "version",
            "purpose",
            "grade",
            "created_at",
            "updated_at",
            "acknowledged_at",
            "outcome",
            "declined_at",
            "superseded_by",
            "clocks",
            "url",
        ]

    @extend_schema_field(serializers.CharField())
    def get_referral_reference(self, share: Share) -> str:
        return str(share.snapshot.get("reference", ""))

    @extend_schema_field(serializers.CharField(allow_blank=True))
    def get_grade(self, share: Share) -> str:
        """The grade the snapshot gave (high, medium, standard), blank if none."""
        return str(share.snapshot.get("grade", ""))

    @extend_schema_field(serializers.ChoiceField(choices=ShareOutcome.choices, allow_null=True))
    def get_outcome(self, share: Share) -> str | None:
        response = getattr(share, "response", None)
        return response.outcome if response is not None and response.outcome else None

    @extend_schema_field(serializers.DateTimeField(allow_null=True))
    def get_declined_at(self, share: Share) -> Any:
        response = getattr(share, "response", None)
        return (
            serializers.DateTimeField().to_representation(response.declined_at)
            if response is not None and response.declined_at
            else None
        )

    @extend_schema_field(serializers.CharField())
    def get_url(self, share: Share) -> str:
        return reverse("api-partner-share", args=[share.pk])


class ShareListSerializer(serializers.Serializer):
    results = ShareSummarySerializer(many=True)
    next_cursor = serializers.CharField(
        allow_null=True,
        help_text="Send it as `cursor` for the next page; null on the last page.",
    )


class ResponseSerializer(serializers.Serializer):
    outcome = serializers.ChoiceField(choices=ShareOutcome.choices, allow_blank=True)
    outcome_label = serializers.CharField(source="get_outcome_display", allow_blank=True)
    outcome_notes = serializers.CharField(allow_blank=True)
    outcome_at = serializers.DateTimeField(allow_null=True)
    declined_at = serializers.DateTimeField(allow_null=True)
    decline_reason = serializers.CharField(allow_blank=True)


class PackSerializer(serializers.Serializer):
    sha256 = serializers.CharField(help_text="SHA-256 of the PDF, in hex.")
    rendered_at = serializers.DateTimeField()
    url = serializers.CharField()


class MaracDetailsSerializer(serializers.Serializer):
    meeting_date = serializers.DateField(source="meeting.date")
    criteria = serializers.ListField(child=serializers.CharField(), source="criteria_labels")
    has_children = serializers.BooleanField()
    is_repeat = serializers.BooleanField()


class ShareDetailSerializer(ShareSummarySerializer):
    """One share: the frozen snapshot (the pack template's fields, minus the withheld ones), the
    pack's digest and the agency's response."""

    lawful_basis = serializers.ChoiceField(choices=LawfulBasis.choices)
    lawful_basis_label = serializers.CharField(source="get_lawful_basis_display")
    snapshot = serializers.JSONField(
        help_text="What the agency was given, frozen when it was shared: `reference`, the "
        "incident's fields, `children` (each child's fields), `pack_template` and `withheld` "
        "(the names of the fields VHub withheld). Only the fields the pack template allows."
    )
    pack = serializers.SerializerMethodField()
    response = serializers.SerializerMethodField()
    marac = serializers.SerializerMethodField()
    messages_url = serializers.SerializerMethodField()

    class Meta(ShareSummarySerializer.Meta):
        fields = [
            *ShareSummarySerializer.Meta.fields,
            "lawful_basis",
            "lawful_basis_label",
            "justification",
            "pack_template",
            "snapshot",
            "pack",
            "response",
            "marac",
            "messages_url",
        ]

    @extend_schema_field(PackSerializer(allow_null=True))
    def get_pack(self, share: Share) -> dict[str, Any] | None:
        if not share.pack_sha256:
            return None  # still being produced
        return dict(
            PackSerializer(
                {
                    "sha256": share.pack_sha256,
                    "rendered_at": share.pack_rendered_at,
                    "url": reverse("api-partner-share-pack", args=[share.pk]),
                }
            ).data
        )

    @extend_schema_field(ResponseSerializer(allow_null=True))
    def get_response(self, share: Share) -> dict[str, Any] | None:
        response = getattr(share, "response", None)
        return dict(ResponseSerializer(response).data) if response is not None else None

    @extend_schema_field(MaracDetailsSerializer(allow_null=True))
    def get_marac(self, share: Share) -> dict[str, Any] | None:
        """For a MARAC referral: the meeting and the criteria it met."""
        referral = getattr(share, "marac_referral", None)
        return dict(MaracDetailsSerializer(referral).data) if referral is not None else None

    @extend_schema_field(serializers.CharField())
    def get_messages_url(self, share: Share) -> str:
        return reverse("api-partner-share-messages", args=[share.pk])


class MessageSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="author.get_full_name")
    from_vhub = serializers.BooleanField(help_text="Written by VHub rather than your agency.")

    class Meta:
        model = ShareMessage
        fields = ["id", "author", "from_vhub", "body", "created_at"]


class IsrAttachmentSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()

    class Meta:
        model = IsrAttachment
        fields = ["id", "original_name", "content_type", "size", "sha256", "url"]

    @extend_schema_field(serializers.CharField())
    def get_url(self, attachment: IsrAttachment) -> str:
        return reverse("api-partner-isr-attachment", args=[attachment.isr_id, attachment.pk])


class IsrSerializer(serializers.ModelSerializer):
    reference = serializers.CharField(source="__str__", help_text="e.g. ISR-12")
    share = serializers.IntegerField(source="share_id", allow_null=True)
    raised_by = serializers.CharField(source="raised_by.get_full_name")
    clocks = PartnerClockSerializer(many=True, source="clock_list")
    attachments = IsrAttachmentSerializer(many=True, source="attachment_list")

    class Meta:
        model = InformationRequest
        fields = [
            "id",
            "reference",
            "share",
            "subject_name",
            "subject_date_of_birth",
            "subject_address",
            "urgency",
            "reason",
            "lawful_basis",
            "status",
            "raised_by",
            "created_at",
            "response",
            "responded_at",
            "attachments",
            "clocks",
        ]


class IsrListSerializer(serializers.Serializer):
    results = IsrSerializer(many=True)
    next_cursor = serializers.CharField(allow_null=True)


# --- What the system sends -----------------------------------------------------------------------


class OutcomeInputSerializer(serializers.Serializer):
    outcome = serializers.ChoiceField(choices=ShareOutcome.choices)
    notes = StrictCharField(max_length=MAX_TEXT, allow_blank=True, required=False, default="")


class DeclineInputSerializer(serializers.Serializer):
    reason = StrictCharField(
        max_length=MAX_TEXT, help_text="Why the referral is not for your agency's area."
    )


class MessageInputSerializer(serializers.Serializer):
    body = StrictCharField(max_length=MAX_TEXT)


class IsrInputSerializer(serializers.Serializer):
    urgency = serializers.ChoiceField(choices=IsrUrgency.choices)
    reason = StrictCharField(max_length=MAX_TEXT, help_text="What you need to know, and why.")
    lawful_basis = serializers.ChoiceField(choices=LawfulBasis.choices)
    share = serializers.IntegerField(
        required=False,
        allow_null=True,
        min_value=1,
        max_value=2**31 - 1,
        help_text="A share to your agency this request is about; or name a person instead.",
    )
    subject_name = StrictCharField(max_length=200, required=False, allow_blank=True, default="")
    subject_date_of_birth = serializers.DateField(required=False, allow_null=True, default=None)
    subject_address = StrictCharField(max_length=300, required=False, allow_blank=True, default="")


class ShareStateSerializer(serializers.Serializer):
    """Where the share stands after an acknowledgement, outcome or decline."""

    id = serializers.IntegerField()
    acknowledged_at = serializers.DateTimeField(allow_null=True)
    outcome = serializers.ChoiceField(choices=ShareOutcome.choices, allow_null=True)
    declined_at = serializers.DateTimeField(allow_null=True)
