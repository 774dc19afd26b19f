"""The practitioner's share form."""

from django import forms

from partners.models import Agency, AgencyKind, LawfulBasis


class ShareForm(forms.Form):
    agency = forms.ModelChoiceField(
        label="Agency to share with",
        queryset=Agency.objects.filter(is_active=True).exclude(kind=AgencyKind.POLICE),
        empty_label="Choose an agency",
        error_messages={"required": "Choose the agency to share with"},
    )
    lawful_basis = forms.ChoiceField(
        label="Lawful basis for sharing",
        choices=LawfulBasis.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the lawful basis for sharing"},
    )
    justification = forms.CharField(
        label="Why is sharing necessary and proportionate?",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Explain why sharing is necessary and proportionate"},
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label="Why are you withdrawing this share?",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say why the share is being withdrawn"},
    )
