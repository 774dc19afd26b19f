"""The officer's referral form."""

from datetime import datetime

from django import forms
from django.utils import timezone

from partners.models import Agency, AgencyKind
from referrals.actions import ChildDetails, IncidentDetails
from referrals.models import IncidentType
from vhub.forms import GovukDateField, PostcodeField, TimeOfDayField, YesNoUnknownField


class ReferralForm(forms.Form):
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
    postcode = PostcodeField(label="Postcode of the incident", required=False, max_length=10)
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
    narrative = forms.CharField(
        label="What happened",
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Describe the incident and what you saw, including who was there.",
        error_messages={"required": "Describe what happened"},
    )
    officer_risk_view = forms.CharField(
        label="Your view of the risk to the child",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Give your view of the risk to the child"},
    )
    child_first_name = forms.CharField(
        label="Child's first name",
        max_length=100,
        error_messages={"required": "Enter the child's first name"},
    )
    child_last_name = forms.CharField(
        label="Child's last name",
        max_length=100,
        error_messages={"required": "Enter the child's last name"},
    )
    child_date_of_birth = GovukDateField(
        label="Child's date of birth",
        required=False,
        help_text=(
            "Leave blank if not known. For an unborn child, give the expected date in the "
            "narrative."
        ),
    )
    child_address = forms.CharField(label="Child's home address", max_length=300, required=False)
    child_postcode = PostcodeField(label="Child's postcode", required=False, max_length=10)
    child_school = forms.CharField(label="School or nursery", max_length=200, required=False)
    child_gp = forms.CharField(label="GP or health visitor", max_length=200, required=False)
    child_lives_at_address = YesNoUnknownField(
        label="Does the child live at the incident address?",
        missing="Select if the child lives at the incident address",
    )
    child_was_present = YesNoUnknownField(
        label="Was the child present?", missing="Select if the child was present"
    )
    child_witnessed = YesNoUnknownField(
        label="Did the child witness the incident?",
        missing="Select if the child witnessed the incident",
    )
    child_was_injured = YesNoUnknownField(
        label="Was the child injured?", missing="Select if the child was injured"
    )
    child_parental_responsibility = forms.CharField(
        label="Who has parental responsibility?", max_length=300, required=False
    )
    child_parents_aware = YesNoUnknownField(
        label="Do the parents know about this referral?",
        missing="Select if the parents know about this referral",
    )
    child_voice = forms.CharField(
        label="Voice of the child",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=(
            "What the child said, how they seemed, or what you saw of their behaviour. For a baby "
            "or a child who cannot speak, describe what you observed."
        ),
        error_messages={
            "required": "Record the voice of the child: their words, feelings or behaviour you saw"
        },
    )

    # The order of the page, so the error summary lists problems in the order people meet them.
    field_order = [
        "incident_reference",
        "incident_date",
        "incident_time",
        "location",
        "postcode",
        "incident_type",
        "narrative",
        "child_first_name",
        "child_last_name",
        "child_date_of_birth",
        "child_address",
        "child_postcode",
        "local_authority",
        "child_school",
        "child_gp",
        "child_lives_at_address",
        "child_was_present",
        "child_witnessed",
        "child_was_injured",
        "child_parental_responsibility",
        "child_parents_aware",
        "child_voice",
        "officer_risk_view",
    ]

    def clean(self):  # type: ignore[no-untyped-def]
        cleaned = super().clean()
        day, at = cleaned.get("incident_date"), cleaned.get("incident_time")
        if day and at:
            when = timezone.make_aware(datetime.combine(day, at))
            if when > timezone.now():
                self.add_error("incident_time", "The incident time must be in the past")
            cleaned["incident_at"] = when
        return cleaned

    def to_details(self) -> IncidentDetails:
        c = self.cleaned_data
        child = ChildDetails(
            first_name=c["child_first_name"].strip(),
            last_name=c["child_last_name"].strip(),
            date_of_birth=c["child_date_of_birth"],
            address=c["child_address"],
            postcode=c["child_postcode"],
            school=c["child_school"],
            gp=c["child_gp"],
            lives_at_address=c["child_lives_at_address"],
            was_present=c["child_was_present"],
            witnessed=c["child_witnessed"],
            was_injured=c["child_was_injured"],
            parental_responsibility=c["child_parental_responsibility"],
            parents_aware=c["child_parents_aware"],
            voice_of_child=c["child_voice"],
        )
        return IncidentDetails(
            incident_reference=c["incident_reference"].strip(),
            incident_at=c["incident_at"],
            location=c["location"],
            postcode=c["postcode"],
            incident_type=c["incident_type"],
            local_authority=c["local_authority"],
            narrative=c["narrative"],
            officer_risk_view=c["officer_risk_view"],
            children=[child],
        )
