"""The officer's referral form: one form per question page (officer/drafts.py binds them)."""

from datetime import datetime
from typing import Any

from django import forms
from django.utils import timezone

from referrals.inputs import CHILD_QUESTIONS, ChildQuestion
from referrals.models import IncidentType, SubjectRole
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


def _question_field(question: ChildQuestion) -> forms.Field:
    """The officer's form field for one question about a child."""
    if question.yes_no:
        return YesNoUnknownField(label=question.label, missing=question.missing)
    return forms.CharField(
        label=question.label,
        max_length=question.max_length,
        required=bool(question.missing),
        help_text=question.help_text,
        error_messages={"required": question.missing} if question.missing else None,
    )


class ChildForm(forms.Form):
    """Who the child is, then every question asked about them (referrals.inputs.CHILD_QUESTIONS)."""

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
    # Then one field per question about the child (`_question_field`, added below).

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


# The questions follow who the child is, in the list's order. `base_fields` and `declared_fields`
# are one dict, which each form copies when it is made.
ChildForm.base_fields.update({q.name: _question_field(q) for q in CHILD_QUESTIONS})


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
