"""API shapes of the practitioner's workspace: case notes and a referral's attached files."""

from datetime import datetime, timedelta

from django.urls import reverse
from rest_framework import serializers

from referrals.models import CaseNote, ReferralAttachment
from referrals.notes import MAX_NOTE_CHARS


class CaseNoteSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.CharField(source="kind.code", help_text="The kind's code, e.g. `research`.")
    kind_label = serializers.CharField(source="kind.label")
    text = serializers.CharField()
    author = serializers.CharField()
    referral = serializers.CharField(
        source="referral.reference", allow_null=True, default=None, help_text="When on a referral."
    )
    person = serializers.IntegerField(
        source="person_id", allow_null=True, help_text="When on a person."
    )
    created_at = serializers.DateTimeField()
    edited_at = serializers.DateTimeField(allow_null=True)
    corrects = serializers.IntegerField(
        source="corrects_id", allow_null=True, help_text="The earlier note this one corrects."
    )
    correctable_until = serializers.SerializerMethodField(
        help_text="Until when its author may still change its words in place."
    )

    def get_correctable_until(self, note: CaseNote) -> datetime:
        return note.created_at + timedelta(minutes=note.kind.correction_minutes)


class NoteInputSerializer(serializers.Serializer):
    kind = serializers.CharField(
        max_length=40,
        help_text="A kind's code: research, contact_attempt, strategy_discussion, "
        "management_oversight (supervisors only), other (as configured).",
    )
    text = serializers.CharField(max_length=MAX_NOTE_CHARS)


class NoteTextSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=MAX_NOTE_CHARS)


class ReferralAttachmentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField(source="original_name")
    description = serializers.CharField()
    content_type = serializers.CharField(help_text="The type found in the content.")
    size = serializers.IntegerField()
    sha256 = serializers.CharField()
    uploaded_by = serializers.CharField()
    uploaded_at = serializers.DateTimeField()
    download = serializers.SerializerMethodField(help_text="Where to download the file.")

    def get_download(self, attachment: ReferralAttachment) -> str:
        return reverse(
            "api-referral-attachment", args=[attachment.referral.reference, attachment.pk]
        )


class AttachmentUploadSerializer(serializers.Serializer):
    file = serializers.FileField(
        help_text="A PDF, PNG, JPEG or plain text file; its type is read from its content."
    )
    description = serializers.CharField(max_length=300, required=False, allow_blank=True)
