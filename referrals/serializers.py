"""API shapes for referrals: status, grades, priority with its breakdown, SLA clocks."""

import hashlib
import json
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from referrals.inputs import (
    CHILD_IDENTITY,
    CHILD_QUESTIONS,
    ChildDetails,
    ChildQuestion,
    IncidentDetails,
    PersonDetails,
)
from referrals.models import ClosureOutcome, IncidentType, Referral, SlaClock, SubjectRole
from referrals.sla import time_left_words
from vhub import configuration
from vhub.forms import normalise_postcode, validate_name_characters
from vhub.grades import Grade
from vhub.models import Agency, AgencyKind

# The longest free text accepted (characters): far beyond any real account, far below the
# 256 KB body limit.
MAX_TEXT_LENGTH = 20_000


class PriorityPartSerializer(serializers.Serializer):
    code = serializers.CharField()
    # A field named `label` shadows Field.label, which the stubs type as a string.
    label = serializers.CharField()  # type: ignore[assignment]
    detail = serializers.CharField()
    points = serializers.IntegerField()


class ClockSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="get_kind_display")
    share = serializers.IntegerField(source="share_id", allow_null=True)
    time_left = serializers.SerializerMethodField()
    policy_version = serializers.IntegerField(source="policy.number")

    class Meta:
        model = SlaClock
        fields = [
            "kind",
            "name",
            "share",
            "calendar",
            "grade_used",
            "target_minutes",
            "started_at",
            "warn_at",
            "due_at",
            "state",
            "breached_at",
            "met_at",
            "achieved_minutes",
            "margin_minutes",
            "time_left",
            "policy_version",
        ]

    @extend_schema_field(serializers.CharField(allow_blank=True))
    def get_time_left(self, clock: SlaClock) -> str:
        """e.g. '1 hour 30 minutes left' or 'overdue by 2 days'; blank once stopped."""
        return time_left_words(clock) if clock.is_open else ""


class ReferralSerializer(serializers.ModelSerializer):
    incident_type = serializers.CharField(source="incident_type.label")
    local_authority = serializers.CharField(
        source="local_authority.name", allow_null=True, default=None
    )
    allocated_to = serializers.CharField(
        source="allocated_to.get_full_name", allow_null=True, default=None
    )
    priority_breakdown = PriorityPartSerializer(many=True)
    clocks = ClockSerializer(many=True, source="clock_list")
    version = serializers.IntegerField(
        help_text="Changes with every change to the referral: send it back to close, reopen or "
        "merge, and a change made meanwhile is answered 409 instead of overwritten."
    )
    closure_outcome = serializers.CharField(
        source="closure_outcome.code",
        allow_null=True,
        default=None,
        help_text="Once closed or merged, the outcome's code; else null.",
    )
    merged_into = serializers.CharField(
        source="merged_into.reference",
        allow_null=True,
        default=None,
        help_text="Once merged as a duplicate, the surviving referral's reference; else null.",
    )

    class Meta:
        model = Referral
        fields = [
            "reference",
            "source_reference",
            "status",
            "version",
            "closure_outcome",
            "merged_into",
            "current_grade",
            "provisional_grade",
            "incident_type",
            "incident_at",
            "received_at",
            "local_authority",
            "allocated_to",
            "priority_score",
            "priority_breakdown",
            "clocks",
        ]


class JsonCharField(serializers.CharField):
    """Text that must arrive as a JSON string. DRF would turn a number into text; from a records
    system that is a mapping mistake to report, not to guess at."""

    def to_internal_value(self, data: Any) -> Any:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class JsonNameField(JsonCharField):
    """A person's name: no invisible or text-direction characters (vhub.forms)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_length=100, validators=[validate_name_characters], **kwargs)


def nul_paths(data: object, path: str = "") -> list[str]:
    """Where a NUL character is, in any string of a parsed body (keys included). PostgreSQL
    cannot store one, and a date or code holding one must not reach a parser that ignores it."""
    if isinstance(data, str):
        return [path or "non_field_errors"] if "\x00" in data else []
    if isinstance(data, dict):
        found = []
        for key, value in data.items():
            child = f"{path}.{key}" if path else str(key)
            found += [child] if "\x00" in str(key) else nul_paths(value, child)
        return found
    if isinstance(data, list):
        return [p for i, item in enumerate(data) for p in nul_paths(item, f"{path}[{i}]")]
    return []


class JsonBooleanField(serializers.BooleanField):
    """`true` or `false` (or `null` where allowed), not DRF's "yes", "on", 1 or "1"."""

    def to_internal_value(self, data: Any) -> Any:
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data


class JsonSlugField(serializers.SlugRelatedField):
    """A code, as a JSON string. A NUL character is refused before the lookup: PostgreSQL cannot
    compare text holding one, and DRF would let the database error through as a 500."""

    def to_internal_value(self, data: Any) -> Any:
        if not isinstance(data, str) or "\x00" in data:
            self.fail("invalid")
        # A caller validating many bodies (the import) passes a dict as `lookups` in the
        # context: each code found is then looked up once, not once a row.
        lookups = self.context.get("lookups")
        if lookups is not None and (self.field_name, data) in lookups:
            return lookups[self.field_name, data]
        try:
            found = super().to_internal_value(data)
        except serializers.ValidationError as exc:
            # A SlugRelatedField declared with a queryset always has one.
            if self.get_queryset().filter(**{self.slug_field: data}).exists():  # type: ignore[union-attr]
                raise
            # An unknown code: say which codes are valid, so the sender can fix the row.
            codes = sorted(self.get_queryset().values_list(self.slug_field, flat=True))  # type: ignore[union-attr]
            raise serializers.ValidationError(
                # A field's error detail is a list of messages.
                f"{exc.detail[0]} Valid codes: {', '.join(codes)}."  # type: ignore[index]
            ) from exc
        if lookups is not None:
            lookups[self.field_name, data] = found
        return found


@extend_schema_field(
    {"type": "string", "nullable": True, "description": "A slug; blank or null when not known."}
)
class OptionalSlugField(JsonSlugField):
    """DRF reads a blank related field as null; the schema says so (no minimum length)."""


class IntakeChildSerializer(serializers.Serializer):
    first_name = JsonNameField()
    last_name = JsonNameField()
    date_of_birth = serializers.DateField(required=False, allow_null=True, default=None)
    address = JsonCharField(max_length=300, required=False, allow_blank=True, default="")
    postcode = JsonCharField(max_length=10, required=False, allow_blank=True, default="")
    # Then one field per question about the child (`_question_field`, added below).
    voice_of_child = JsonCharField(
        max_length=MAX_TEXT_LENGTH,
        help_text="The child's words, feelings or observed behaviour (required).",
    )

    def validate_date_of_birth(self, value: Any) -> Any:
        if value and value > timezone.localdate():
            raise serializers.ValidationError("must be today or in the past")
        return value

    def validate_postcode(self, value: str) -> str:
        try:
            return normalise_postcode(value)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.messages[0]) from exc


def _question_field(question: ChildQuestion) -> serializers.Field:
    """The API's field for one question about a child: every one may be left out (blank, or
    null for not known)."""
    if question.yes_no:
        return JsonBooleanField(required=False, allow_null=True, default=None)
    return JsonCharField(
        max_length=question.max_length, required=False, allow_blank=True, default=""
    )


def _with_questions(declared: dict[str, Any]) -> dict[str, Any]:
    """The declared fields with the questions' fields after who the child is (before the voice
    of the child), in the order of the one list (referrals.inputs.CHILD_QUESTIONS)."""
    fields = {name: f for name, f in declared.items() if name in CHILD_IDENTITY}
    fields.update({question.name: _question_field(question) for question in CHILD_QUESTIONS})
    fields.update({name: f for name, f in declared.items() if name not in fields})
    return fields


IntakeChildSerializer._declared_fields = _with_questions(IntakeChildSerializer._declared_fields)

ADULT_ROLES = [(role.value, role.label) for role in SubjectRole if role != SubjectRole.CHILD]


class IntakePersonSerializer(serializers.Serializer):
    """An adult in the referral, with their part in the incident."""

    role = serializers.ChoiceField(
        choices=ADULT_ROLES,
        error_messages={
            "invalid_choice": "“{input}” is not a role. Valid roles: "
            + ", ".join(value for value, _ in ADULT_ROLES)
            + "."
        },
    )
    first_name = JsonNameField()
    last_name = JsonNameField()
    date_of_birth = serializers.DateField(required=False, allow_null=True, default=None)
    address = JsonCharField(max_length=300, required=False, allow_blank=True, default="")
    postcode = JsonCharField(max_length=10, required=False, allow_blank=True, default="")

    validate_date_of_birth = IntakeChildSerializer.validate_date_of_birth
    validate_postcode = IntakeChildSerializer.validate_postcode


class IntakeSerializer(serializers.Serializer):
    external_id = JsonCharField(
        max_length=100, help_text="The records system's own id: the idempotency key."
    )
    source_reference = JsonCharField(
        max_length=100,
        required=False,
        allow_blank=True,
        default="",
        help_text="The source system's own reference (case or occurrence number), shown on "
        "the referral.",
    )
    incident_reference = JsonCharField(max_length=50)
    incident_at = serializers.DateTimeField()
    received_at = serializers.DateTimeField(
        required=False,
        allow_null=True,
        default=None,
        help_text="When the source system received the referral; waiting time and SLA clocks "
        "count from it. Not in the future, not before the incident. Omitted: now.",
    )
    officer_grade = serializers.ChoiceField(
        choices=Grade.choices,
        required=False,
        allow_blank=True,
        default="",
        help_text="The grade the officer or source system gave: the officer's initial grade.",
        error_messages={
            "invalid_choice": "“{input}” is not a grade. Valid grades: standard, medium, high."
        },
    )
    location = JsonCharField(max_length=300)
    postcode = JsonCharField(max_length=10, required=False, allow_blank=True, default="")
    incident_type = JsonSlugField(
        slug_field="code",
        queryset=IncidentType.objects.filter(is_active=True),
        error_messages={"does_not_exist": "There is no incident type with the code “{value}”."},
    )
    local_authority = OptionalSlugField(
        slug_field="slug",
        queryset=Agency.objects.filter(kind=AgencyKind.LA_CHILDRENS, is_active=True),
        required=False,
        allow_null=True,
        default=None,
        error_messages={"does_not_exist": "There is no local authority with the code “{value}”."},
    )
    narrative = JsonCharField(max_length=MAX_TEXT_LENGTH)
    officer_risk_view = JsonCharField(max_length=MAX_TEXT_LENGTH)
    # Read once at start: REFERRAL_MAX_PEOPLE. Longer lists are refused before any child is
    # validated (one body once brought 4,600 children and 25 seconds of work).
    # `many=True` hands max_length to the ListSerializer; the stubs do not list it.
    children = IntakeChildSerializer(  # type: ignore[call-arg]
        many=True, allow_empty=False, max_length=settings.REFERRAL_MAX_PEOPLE
    )
    # As above.
    people = IntakePersonSerializer(  # type: ignore[call-arg]
        many=True,
        required=False,
        default=list,
        max_length=settings.REFERRAL_MAX_PEOPLE,
        help_text="The adults, each with their role.",
    )

    def to_internal_value(self, data: Any) -> Any:
        found = nul_paths(data)
        if found:
            raise serializers.ValidationError(
                {path: ["must not contain a NUL character (\\u0000)"] for path in found}
            )
        return super().to_internal_value(data)

    def validate_incident_at(self, value: Any) -> Any:
        if value > timezone.now():
            raise serializers.ValidationError("must be in the past")
        return value

    def validate_received_at(self, value: Any) -> Any:
        if value is not None and value > timezone.now():
            raise serializers.ValidationError("must not be in the future")
        return value

    def validate(self, attrs: Any) -> dict[str, Any]:
        received, incident = attrs.get("received_at"), attrs.get("incident_at")
        if received is not None and incident is not None and received < incident:
            raise serializers.ValidationError(
                {"received_at": "must not be before the incident (incident_at)"}
            )
        return attrs

    validate_postcode = IntakeChildSerializer.validate_postcode


def intake_lookups() -> dict[tuple[str, str], Any]:
    """`IntakeSerializer`'s `lookups` context: every code its own code fields accept (the
    incident types, the local authorities), read once per configuration version. A new dict
    each call, since the fields add what they look up to it."""
    return dict(configuration.cached("intake_codes", _intake_codes))


def _intake_codes() -> dict[tuple[str, str], Any]:
    codes = {}
    for name, field in IntakeSerializer().fields.items():
        if isinstance(field, JsonSlugField):
            for row in field.get_queryset():  # type: ignore[union-attr] # declared with one
                codes[name, getattr(row, field.slug_field)] = row
    return codes


class IntakeResultSerializer(serializers.Serializer):
    reference = serializers.CharField()
    status = serializers.CharField()
    created = serializers.BooleanField(help_text="False when this was a replay of an earlier call.")
    merged_into = serializers.CharField(
        allow_null=True,
        help_text="The referral this one was merged into as a duplicate (its status is then "
        "'merged'); null otherwise.",
    )


# --- A referral's end: close, reopen, merge (staff) ------------------------------------------


class VersionField(serializers.IntegerField):
    """The referral's `version` as the caller last read it (GET /api/v1/referrals/{reference}/):
    sent, the operation is refused with 409 if someone changed the referral since."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            required=False,
            allow_null=True,
            default=None,
            min_value=0,
            max_value=2**31 - 1,
            help_text="The referral's version when you read it; if it has changed since, the "
            "answer is 409 and nothing changes. Leave it out to skip the check.",
            **kwargs,
        )


class CloseSerializer(serializers.Serializer):
    outcome = JsonSlugField(
        slug_field="code",
        queryset=ClosureOutcome.objects.filter(active=True),
        help_text="The outcome's code: no-further-action-police, shared-no-further-hub-action, "
        "duplicate, transferred, child-not-identified (the list is configuration).",
    )
    rationale = JsonCharField(max_length=4000, help_text="Why the referral can close.")
    version = VersionField()


class ReopenSerializer(serializers.Serializer):
    reason = JsonCharField(max_length=4000, help_text="The new information.")
    version = VersionField()


class MergeSerializer(serializers.Serializer):
    into = JsonCharField(
        max_length=40, help_text="The reference of the referral this one duplicates."
    )
    reason = JsonCharField(max_length=4000, help_text="Why this referral is a duplicate.")
    version = VersionField()


class EndResultSerializer(serializers.Serializer):
    """Where the referral stands after a close, reopen or merge."""

    reference = serializers.CharField()
    status = serializers.CharField(help_text="The referral's lifecycle status now.")
    version = serializers.IntegerField()
    outcome = serializers.CharField(
        allow_null=True, help_text="The closure outcome's code once closed or merged; else null."
    )
    closure = serializers.ChoiceField(
        choices=["closed", "pending"],
        allow_null=True,
        help_text="A close: 'closed', or 'pending' while it waits for a supervisor's sign-off "
        "(the referral stays open until then). Null for reopen and merge.",
    )
    merged_into = serializers.CharField(
        allow_null=True, help_text="The survivor's reference once merged; else null."
    )


def end_result(referral: Referral, closure_state: str | None = None) -> dict[str, object]:
    return {
        "reference": referral.reference,
        "status": referral.status,
        "version": referral.version,
        # `closure_outcome_id` is checked on this line.
        "outcome": referral.closure_outcome.code if referral.closure_outcome_id else None,  # type: ignore[union-attr]
        "closure": closure_state,
        # `merged_into_id` is checked on this line.
        "merged_into": referral.merged_into.reference if referral.merged_into_id else None,  # type: ignore[union-attr]
    }


def intake_hash(payload: object) -> str:
    return hashlib.sha256(
        json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str).encode()
    ).hexdigest()


def details_from_intake(data: dict) -> IncidentDetails:
    return IncidentDetails(
        incident_reference=data["incident_reference"],
        incident_at=data["incident_at"],
        location=data["location"],
        postcode=data["postcode"],
        incident_type=data["incident_type"],
        local_authority=data["local_authority"],
        narrative=data["narrative"],
        officer_risk_view=data["officer_risk_view"],
        children=[ChildDetails(**child) for child in data["children"]],
        others=[PersonDetails(**person) for person in data["people"]],
        received_at=data["received_at"],
        officer_grade=data["officer_grade"],
        source_reference=data["source_reference"],
    )
