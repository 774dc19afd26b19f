"""The search form: what a person searches for, checked before any query runs."""

from django import forms

from referrals.search import SearchTerms
from vhub.forms import GovukDateField


class SearchForm(forms.Form):
    name = forms.CharField(
        label="Name",
        max_length=100,
        required=False,
        help_text="First name, last name or both; spelling need not be exact.",
    )
    date_of_birth = GovukDateField(
        label="Date of birth", required=False, help_text="For example, 27 3 2019"
    )
    postcode = forms.CharField(label="Postcode", max_length=10, required=False)
    address = forms.CharField(label="Address", max_length=200, required=False)
    reference = forms.CharField(
        label="Referral or incident reference",
        max_length=50,
        required=False,
        help_text="For example, VH-2026-000123",
    )
    school = forms.CharField(label="School or nursery", max_length=200, required=False)

    def clean_name(self) -> str:
        name: str = self.cleaned_data["name"].strip()
        if name and not SearchTerms(name=name).words:
            raise forms.ValidationError("Enter at least two letters of a name")
        return name

    def clean(self) -> dict[str, object]:
        cleaned = super().clean() or {}
        if not self.errors and self.terms().empty:
            raise forms.ValidationError(
                "Enter a name, date of birth, postcode, address, reference or school"
            )
        return cleaned

    def terms(self) -> SearchTerms:
        data = getattr(self, "cleaned_data", {})
        return SearchTerms(
            name=data.get("name", ""),
            date_of_birth=data.get("date_of_birth"),
            address=data.get("address", "").strip(),
            postcode=data.get("postcode", "").strip(),
            reference=data.get("reference", "").strip(),
            school=data.get("school", "").strip(),
        )
