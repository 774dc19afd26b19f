"""Forms of the referral pages: the officer's referral form (one form per question page) and the
hub's (return, closure, merge, routing, SLA policy, closure days, import)."""

from collections.abc import Iterator
from datetime import datetime
from typing import Any, cast

from django import forms
from django.utils import timezone

from accounts.models import User
from referrals.calendars import (
    UNIT_CHOICES,
    UNIT_MINUTES,
    UNITS_FOR_CALENDAR,
    timescale_parts,
    timescale_words,
)
from referrals.importer import check_import_file
from referrals.models import (
    CalendarKind,
    ClosureOutcome,
    IncidentType,
    SubjectRole,
)
from risk.forms import AssessmentForm
from risk.scoring import suggest_grade
from vhub.forms import (
    GovukDateField,
    PostcodeField,
    TimeOfDayField,
    YesNoUnknownField,
    validate_name_characters,
)
from vhub.grades import GRADE_ORDER, Grade
from vhub.models import Agency, AgencyKind
from vhub.uploads import BACKLOG_IMPORT, UploadRefused


class IncidentForm(forms.Form):
    incident_reference = forms.CharField(
        label="Police incident or crime reference",
        max_length=50,
        help_text="From the records system, for example 22/123456/26",
        error_messages={"required": "Enter the incident or crime reference"},
    )
    incident_date = GovukDateField(label="Date of the incident", help_text="For example, 27 3 2026")
    incident_time = TimeOfDayField(
        label="Time of the incident",
        help_text="24-hour clock, for example 21:30",
        error_messages={"required": "Enter the time of the incident"},
    )
    location = forms.CharField(
        label="Where it happened",
        max_length=300,
        error_messages={"required": "Enter where the incident happened"},
    )
    postcode = PostcodeField(
        label="Postcode of the incident",
        max_length=10,
        error_messages={"required": "Enter the postcode of the incident, like WR1 2AB"},
    )
    incident_type = forms.ModelChoiceField(
        label="Type of incident",
        queryset=IncidentType.objects.filter(is_active=True),
        empty_label="Choose the type of incident",
        error_messages={"required": "Choose the type of incident"},
    )
    local_authority = forms.ModelChoiceField(
        label="Local authority area where the child lives",
        queryset=Agency.objects.filter(kind=AgencyKind.LA_CHILDRENS, is_active=True),
        empty_label="Work it out from the child's postcode",
        required=False,
        help_text="Leave this to be worked out from the child's postcode unless you know better.",
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        day, at = cleaned.get("incident_date"), cleaned.get("incident_time")
        if day and at:
            when = timezone.make_aware(datetime.combine(day, at))
            if when > timezone.now():
                self.add_error("incident_time", "The incident time must be in the past")
            cleaned["incident_at"] = when
        return cleaned


class ChildForm(forms.Form):
    first_name = forms.CharField(
        label="First name",
        max_length=100,
        validators=[validate_name_characters],
        help_text="For an unborn child, write Unborn.",
        error_messages={"required": "Enter the child's first name"},
    )
    last_name = forms.CharField(
        label="Last name",
        max_length=100,
        validators=[validate_name_characters],
        error_messages={"required": "Enter the child's last name"},
    )
    unborn = forms.BooleanField(label="The child is not born yet", required=False)
    date_of_birth = GovukDateField(
        label="Date of birth", required=False, help_text="Leave blank if it is not known."
    )
    expected_date = GovukDateField(
        label="Expected date of birth",
        required=False,
        past_only=False,
        help_text="Only for an unborn child.",
    )
    address = forms.CharField(label="Home address", max_length=300, required=False)
    postcode = PostcodeField(
        label="Postcode",
        required=False,
        max_length=10,
        help_text="Used to route the referral to the child's local authority.",
    )
    school = forms.CharField(
        label="School or nursery", max_length=200, required=False, help_text="Leave blank if none."
    )
    gp = forms.CharField(label="GP or health visitor", max_length=200, required=False)
    lives_at_address = YesNoUnknownField(
        label="Does the child live at the incident address?",
        missing="Select if the child lives at the incident address",
    )
    was_present = YesNoUnknownField(
        label="Was the child present?", missing="Select if the child was present"
    )
    witnessed = YesNoUnknownField(
        label="Did the child witness the incident?",
        missing="Select if the child witnessed the incident",
    )
    was_injured = YesNoUnknownField(
        label="Was the child injured?", missing="Select if the child was injured"
    )
    parental_responsibility = forms.CharField(
        label="Who has parental responsibility?",
        max_length=300,
        help_text="Names and relationship to the child, or Not known.",
        error_messages={"required": "Say who has parental responsibility, or write Not known"},
    )
    parents_aware = YesNoUnknownField(
        label="Do the parents know about this referral?",
        missing="Select if the parents know about this referral",
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("unborn"):
            if cleaned.get("date_of_birth"):
                self.add_error(
                    "date_of_birth", "An unborn child has no date of birth: leave it blank"
                )
            if not cleaned.get("expected_date") and "expected_date" not in self.errors:
                self.add_error("expected_date", "Enter the expected date of birth")
        elif cleaned.get("expected_date"):
            self.add_error(
                "expected_date",
                "Give an expected date only for an unborn child, or tick that the child is not "
                "born yet",
            )
        return cleaned


ADULT_ROLES = [(r.value, r.label) for r in SubjectRole if r != SubjectRole.CHILD]


class PersonForm(forms.Form):
    """Someone else in the referral: a parent or carer, victim, suspect or other adult."""

    first_name = forms.CharField(
        label="First name",
        max_length=100,
        validators=[validate_name_characters],
        error_messages={"required": "Enter their first name"},
    )
    last_name = forms.CharField(
        label="Last name",
        max_length=100,
        validators=[validate_name_characters],
        error_messages={"required": "Enter their last name"},
    )
    role = forms.ChoiceField(
        label="Their part in the incident",
        choices=ADULT_ROLES,
        widget=forms.RadioSelect,
        error_messages={"required": "Select their part in the incident"},
    )
    date_of_birth = GovukDateField(
        label="Date of birth", required=False, help_text="Leave blank if it is not known."
    )


class NarrativeForm(forms.Form):
    narrative = forms.CharField(
        label="What happened",
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text="Describe the incident and what you saw, including who was there.",
        error_messages={"required": "Describe what happened"},
    )


class VoiceForm(forms.Form):
    voice_of_child = forms.CharField(
        label="Voice of the child",
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        help_text=(
            "What the child said, how they seemed, or what you saw of their behaviour. For a baby "
            "or a child who cannot speak, describe what you observed."
        ),
    )
    voice_not_captured_reason = forms.CharField(
        label="If you could not capture the voice of the child, say why",
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not (
            cleaned.get("voice_of_child", "").strip()
            or cleaned.get("voice_not_captured_reason", "").strip()
        ):
            self.add_error(
                "voice_of_child",
                "Record the voice of the child: their words, feelings or behaviour you saw, or "
                "say why it could not be captured",
            )
        return cleaned


class OfficerAssessmentForm(AssessmentForm):
    """The risk app's assessment form as the officer fills it in at intake: the voice of the
    child has its own section, and a grade and a rationale are required."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("voice_of_child", "voice_not_captured_reason", "version"):
            del self.fields[name]
        self.fields["proposed_grade"].required = True
        self.fields["proposed_grade"].error_messages["required"] = "Select the grade you propose"
        self.fields["rationale"].required = True
        self.fields["rationale"].error_messages["required"] = "Explain why you propose this grade"

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        grade = cleaned.get("proposed_grade")
        if grade:
            da = set(cleaned.get("da_yes") or []) if self.with_da else None
            suggested = suggest_grade(self.model, set(cleaned.get("factors") or []), da).grade
            if GRADE_ORDER[Grade(grade)] < GRADE_ORDER[Grade(suggested)]:
                self.add_error(
                    "proposed_grade",
                    f"The factors you ticked suggest {Grade(suggested).label.lower()}: propose "
                    f"{Grade(suggested).label.lower()}"
                    f"{'' if suggested == Grade.HIGH else ' or higher'}",
                )
        return cleaned


class RiskViewForm(forms.Form):
    officer_risk_view = forms.CharField(
        label="Your view of the risk to the children",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="What you think could happen to the children next, and how soon.",
        error_messages={"required": "Give your view of the risk to the children"},
    )


class ReturnToOfficerForm(forms.Form):
    reason = forms.CharField(
        label="What is missing",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="The officer sees this. Say exactly what they need to add or correct.",
        error_messages={"required": "Say what information is missing"},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class CloseReferralForm(forms.Form):
    outcome = forms.ModelChoiceField(
        label="Outcome",
        queryset=ClosureOutcome.objects.filter(active=True),
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the outcome"},
    )
    rationale = forms.CharField(
        label="Rationale",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Why the referral can close: what was done and what was decided.",
        error_messages={"required": "Give the rationale for closing the referral"},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class BulkCloseForm(forms.Form):
    """One outcome and rationale for several referrals (the queue's bulk close)."""

    outcome = forms.ModelChoiceField(
        label="Outcome for every selected referral",
        queryset=ClosureOutcome.objects.filter(active=True),
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the outcome"},
    )
    rationale = forms.CharField(
        label="Rationale",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Why these referrals can close: it is recorded on each of them.",
        error_messages={"required": "Give the rationale for closing the referrals"},
    )


class SignOffClosureForm(forms.Form):
    decision = forms.ChoiceField(
        label="Your decision",
        choices=[("approve", "Sign off: close the referral"), ("refuse", "Refuse: keep it open")],
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether you sign off or refuse the closure"},
    )
    note = forms.CharField(
        label="Reason (needed if you refuse)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The person who asked for the closure sees this.",
    )


class ReopenReferralForm(forms.Form):
    reason = forms.CharField(
        label="Why is the referral reopened",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Describe the new information.",
        error_messages={"required": "Say what new information means the referral is reopened"},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class MergeReferralForm(forms.Form):
    survivor = forms.CharField(
        label="Reference of the referral it duplicates",
        max_length=20,
        help_text="For example, VH-2026-000123. That referral stays; this one is merged into it.",
        error_messages={"required": "Enter the reference of the referral it duplicates"},
        widget=forms.TextInput(attrs={"spellcheck": "false", "autocomplete": "off"}),
    )
    reason = forms.CharField(
        label="Why is this a duplicate",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Say why this referral is a duplicate"},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def clean_survivor(self) -> str:
        return self.cleaned_data["survivor"].strip().upper()


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class DutyRotaForm(forms.Form):
    """A manager adds a row to an area team's duty rota (referrals/rota.py)."""

    area = forms.ModelChoiceField(
        label="Area team",
        queryset=Agency.objects.none(),
        empty_label="Choose an area",
        error_messages={"required": "Choose the area team"},
    )
    supervisor = forms.ModelChoiceField(
        label="Supervisor on duty",
        queryset=Agency.objects.none(),
        empty_label="Choose a supervisor",
        error_messages={"required": "Choose the supervisor on duty"},
    )
    weekday = forms.TypedChoiceField(
        label="Which days",
        choices=[("", "Every day"), *[(str(i), d) for i, d in enumerate(WEEKDAYS)]],
        coerce=int,
        empty_value=None,
        required=False,
        help_text="A weekday makes a weekly pattern, for example every Monday.",
    )
    first_day = GovukDateField(label="From", past_only=False, required=False)
    last_day = GovukDateField(label="Until", past_only=False, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["area"]).queryset = Agency.objects.filter(
            kind=AgencyKind.LA_CHILDRENS, is_active=True
        )
        cast(forms.ModelChoiceField, self.fields["supervisor"]).queryset = User.objects.filter(
            is_active=True, groups__name="supervisor"
        ).order_by("last_name", "first_name", "username")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, last = data.get("first_day"), data.get("last_day")
        if first and last and last < first:
            self.add_error("last_day", "The last day must be the same as or after the first day")
        return data


class SlaPolicyForm(forms.Form):
    """Each target's calendar and time allowed (an amount and a unit: hours, days or working
    days), and a note on what changed. Targets are stored in minutes."""

    note = forms.CharField(
        label="What you changed and why",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say what you changed and why"},
    )

    def __init__(self, *args: Any, policy: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rows = list(policy.targets.order_by("kind", "grade"))
        for t in self.rows:
            key = self._key(t)
            amount, unit = timescale_parts(t.minutes, t.calendar)
            name = f"{t.get_kind_display()}, {t.get_grade_display() or 'any grade'}"
            self.fields[f"calendar__{key}"] = forms.ChoiceField(
                choices=CalendarKind.choices, initial=t.calendar, label="Calendar"
            )
            self.fields[f"amount__{key}"] = forms.DecimalField(
                min_value=0,
                max_value=9999,
                decimal_places=2,
                initial=f"{amount:f}",
                label=f"Time allowed for {name}",
                error_messages={
                    "required": f"Enter the time allowed for {name}",
                    "invalid": f"Enter the time allowed for {name} as a number, like 2 or 1.5",
                    "min_value": f"The time allowed for {name} cannot be negative",
                    "max_value": f"The time allowed for {name} must be 9999 or less",
                    "max_decimal_places": f"Enter the time allowed for {name} to at most 2 "
                    "decimal places",
                },
            )
            self.fields[f"unit__{key}"] = forms.ChoiceField(
                choices=UNIT_CHOICES, initial=unit, label="Unit"
            )

    @staticmethod
    def _key(t: Any) -> str:
        return f"{t.kind}__{t.grade or 'any'}"

    def target_rows(self) -> Iterator[tuple[Any, ...]]:
        for t in self.rows:
            key = self._key(t)
            yield (
                t,
                self[f"calendar__{key}"],
                self[f"amount__{key}"],
                self[f"unit__{key}"],
                timescale_words(t.minutes, t.calendar),
            )

    def clean(self) -> dict[str, object]:
        cleaned = super().clean() or {}
        self.minutes: dict[str, int] = {}
        for t in self.rows:
            key = self._key(t)
            calendar, amount = cleaned.get(f"calendar__{key}"), cleaned.get(f"amount__{key}")
            unit = cleaned.get(f"unit__{key}")
            if calendar is None or amount is None or unit is None:
                continue
            name = f"{t.get_kind_display()}, {t.get_grade_display() or 'any grade'}"
            if unit not in UNITS_FOR_CALENDAR[calendar]:
                words = " or ".join(dict(UNIT_CHOICES)[u] for u in UNITS_FOR_CALENDAR[calendar])
                timed = (
                    "in working hours"
                    if calendar == CalendarKind.WORKING_HOURS
                    else ("round the clock")
                )
                self.add_error(
                    f"amount__{key}",
                    f"Give the time allowed for {name} in {words}, as it is timed {timed}",
                )
                continue
            minutes = amount * UNIT_MINUTES[unit]
            if minutes != minutes.to_integral_value():
                self.add_error(
                    f"amount__{key}", f"The time allowed for {name} must be whole minutes"
                )
                continue
            self.minutes[key] = int(minutes)
        return cleaned

    def targets(self) -> dict[tuple[str, str], tuple[str, int]]:
        c = self.cleaned_data
        return {
            (t.kind, t.grade): (c[f"calendar__{self._key(t)}"], self.minutes[self._key(t)])
            for t in self.rows
        }


class ClosureForm(forms.Form):
    day = GovukDateField(label="Day the hub is closed", past_only=False)
    reason = forms.CharField(
        label="Reason", max_length=200, error_messages={"required": "Say why the hub is closed"}
    )


class RouteForm(forms.Form):
    agency = forms.ModelChoiceField(
        label="Local authority",
        queryset=Agency.objects.filter(kind=AgencyKind.LA_CHILDRENS, is_active=True),
        empty_label="Choose the local authority",
        error_messages={"required": "Choose the local authority"},
    )
    reason = forms.CharField(
        label="Why it belongs there",
        max_length=250,
        error_messages={"required": "Say why the referral belongs to this local authority"},
    )


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label="Backlog file",
        error_messages={"required": "Choose the file to import"},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The size limit is a setting, read when the form is built.
        self.fields["file"].help_text = (
            f"CSV or JSON Lines, up to {BACKLOG_IMPORT.max_mb} MB, in the format described in "
            "the import guide."
        )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        try:
            check_import_file(upload)
        except UploadRefused as exc:
            raise forms.ValidationError(exc.message) from exc
        return upload
