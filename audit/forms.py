"""Forms of the audit pages: the auditor's search and the retention decision."""

from typing import Any, cast

from django import forms

from audit.labels import ACTION_LABELS, record_kind_choices
from audit.selectors import EventFilters
from vhub.forms import GovukDateField
from vhub.models import Agency


class EventSearchForm(forms.Form):
    actor = forms.CharField(
        label="Who (user name)", required=False, max_length=150, help_text="For example, jsmith"
    )
    agency = forms.ModelChoiceField(
        label="Agency",
        queryset=Agency.objects.order_by("name"),
        required=False,
        empty_label="Any agency",
    )
    action = forms.ChoiceField(label="What happened", required=False)
    object_type = forms.ChoiceField(label="Kind of record", required=False)
    object_id = forms.CharField(label="Record number", required=False, max_length=80)
    referral = forms.CharField(
        label="Referral reference",
        required=False,
        max_length=20,
        help_text="For example, VH-2026-000123",
    )
    date_from = GovukDateField(label="From", required=False)
    date_to = GovukDateField(label="To", required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        labels = sorted(ACTION_LABELS.items(), key=lambda item: item[1])
        cast(forms.ChoiceField, self.fields["action"]).choices = [("", "Everything"), *labels]
        cast(forms.ChoiceField, self.fields["object_type"]).choices = [
            ("", "Any kind"),
            *record_kind_choices(),
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", "The 'to' date must be the same as or after the 'from' date")
        return data

    def to_filters(self) -> EventFilters:
        if not self.is_bound or not self.is_valid():
            return EventFilters()
        c = self.cleaned_data
        return EventFilters(
            actor=c["actor"],
            agency=c["agency"].pk if c["agency"] else None,
            action=c["action"],
            object_type=c["object_type"].strip(),
            object_id=c["object_id"],
            referral=c["referral"],
            date_from=c["date_from"],
            date_to=c["date_to"],
        )


class RetentionDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label="Decision",
        choices=[
            ("retain", "Keep the records until a later review"),
            ("dispose", "Mark the records for disposal"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whether to keep the records or mark them for disposal"},
    )
    next_review = GovukDateField(
        label="Next review date",
        required=False,
        past_only=False,
        help_text="Only when keeping the records. For example, 27 3 2031",
    )
    reason = forms.CharField(
        label="Reason",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": "Give the reason for your decision"},
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if (
            data.get("decision") == "retain"
            and not data.get("next_review")
            and not self.has_error("next_review")
        ):
            self.add_error("next_review", "Enter the next review date")
        return data
