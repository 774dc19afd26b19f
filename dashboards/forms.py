"""Filters of the dashboard and the capacity page's forms (GOV.UK components)."""

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, cast

from django import forms
from django.db.models import QuerySet

from accounts.models import User
from dashboards.models import Weekday
from dashboards.selectors import DashboardFilters
from vhub.forms import GovukDateField, choices_read_once
from vhub.models import Agency, AgencyKind
from vhub.roles import VHUB_CASEWORK_ROLES

MAX_RANGE_DAYS = 366


def _areas() -> QuerySet[Agency]:
    return Agency.objects.filter(kind=AgencyKind.LA_CHILDRENS)


def _choices_from(
    field: forms.Field, queryset: QuerySet[Any], rows: Sequence[Any] | None = None
) -> None:
    """A fresh queryset for the field (rows added since start-up are offered), its choices read
    in one statement when the page draws it, or the queryset's `rows` the page has already read
    (vhub.forms.choices_read_once)."""
    choice = cast(forms.ModelChoiceField, field)
    choice.queryset = queryset
    choices_read_once(choice, rows)


class DashboardFilterForm(forms.Form):
    local_authority = forms.ModelChoiceField(
        label="Local authority", required=False, queryset=_areas(), empty_label="Every area"
    )
    start = GovukDateField(label="From", required=False, help_text="For example, 1 10 2026")
    end = GovukDateField(label="To", required=False, help_text="Leave empty for today")
    days = forms.TypedChoiceField(
        choices=[(30, "30"), (90, "90")],
        coerce=int,
        required=False,
        # empty_value may be any value (here the default number of days); the stubs say str.
        empty_value=30,  # type: ignore[arg-type]
    )

    def __init__(self, *args: Any, today: date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.today = today
        _choices_from(self.fields["local_authority"], _areas())

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", "The ‘to’ date must be the same as or after the ‘from’ date")
        elif start and ((end or self.today) - start).days >= MAX_RANGE_DAYS:
            self.add_error("start", f"Choose a range of at most {MAX_RANGE_DAYS} days")
        return data

    def to_filters(self) -> DashboardFilters:
        data = self.cleaned_data if self.is_valid() else {}
        end = data.get("end") or self.today
        start = data.get("start") or end - timedelta(days=(data.get("days") or 30) - 1)
        area = data.get("local_authority")
        return DashboardFilters(start=start, end=end, local_authority=area.pk if area else None)


class WhatIfForm(forms.Form):
    local_authority = forms.ModelChoiceField(
        label="Local authority", required=False, queryset=_areas(), empty_label="Every area"
    )
    extra_hours = forms.IntegerField(
        label="Extra practitioner hours a week",
        required=False,
        min_value=0,
        max_value=1000,
        help_text="For example, 37 for one more full-time practitioner",
        error_messages={
            "invalid": "Enter the extra hours as a whole number, like 37",
            "min_value": "Extra hours must be 0 or more",
            "max_value": "Extra hours must be 1,000 or fewer",
        },
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choices_from(self.fields["local_authority"], _areas())


class CapacitySettingsForm(forms.Form):
    inflow_margin_percent = forms.IntegerField(
        label="Margin by which inflow may exceed throughput (%)",
        min_value=0,
        max_value=500,
        error_messages={"required": "Enter the margin as a percentage, like 10"},
    )
    max_clearance_days = forms.IntegerField(
        label="Longest acceptable time to clear the backlog (days)",
        min_value=1,
        max_value=365,
        error_messages={"required": "Enter the number of days, like 14"},
    )
    trend_days = forms.IntegerField(
        label="Days of history used for the rates",
        min_value=7,
        max_value=90,
        error_messages={"required": "Enter the number of days, like 28"},
    )


def practitioners() -> QuerySet[User]:
    return (
        User.objects.filter(is_active=True, groups__name__in=[str(r) for r in VHUB_CASEWORK_ROLES])
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


class RosterForm(forms.Form):
    practitioner = forms.ModelChoiceField(
        label="Practitioner",
        queryset=practitioners(),
        empty_label="Choose a practitioner",
        error_messages={"required": "Choose the practitioner whose hours these are"},
    )

    def __init__(self, *args: Any, people: Sequence[User] | None = None, **kwargs: Any) -> None:
        """`people`: practitioners() already read by the page, offered as the choices."""
        super().__init__(*args, **kwargs)
        _choices_from(self.fields["practitioner"], practitioners(), people)
        for day in Weekday:
            self.fields[f"day_{day.value}"] = forms.DecimalField(
                label=f"{day.label} hours",
                required=False,
                min_value=0,
                max_value=24,
                decimal_places=2,
                error_messages={
                    "invalid": f"Enter {day.label}'s hours as a number, like 7.5",
                    "min_value": f"{day.label}'s hours must be 0 or more",
                    "max_value": f"{day.label}'s hours must be 24 or fewer",
                },
            )

    def hours(self) -> dict[int, Decimal]:
        return {d.value: self.cleaned_data[f"day_{d.value}"] or Decimal(0) for d in Weekday}


class AbsenceForm(forms.Form):
    practitioner = forms.ModelChoiceField(
        label="Practitioner",
        queryset=practitioners(),
        empty_label="Choose a practitioner",
        error_messages={"required": "Choose who will be away"},
    )
    first_day = GovukDateField(label="First day away", past_only=False)
    last_day = GovukDateField(label="Last day away", past_only=False)
    reason = forms.CharField(
        label="Reason",
        max_length=100,
        help_text="For example, annual leave or training. Do not record health details.",
        error_messages={"required": "Enter the reason, like annual leave or training"},
    )

    def __init__(self, *args: Any, people: Sequence[User] | None = None, **kwargs: Any) -> None:
        """`people`: practitioners() already read by the page, offered as the choices."""
        super().__init__(*args, **kwargs)
        _choices_from(self.fields["practitioner"], practitioners(), people)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, last = data.get("first_day"), data.get("last_day")
        if first and last and last < first:
            self.add_error("last_day", "The last day must be the same as or after the first day")
        return data


class ReportDayForm(forms.Form):
    day = GovukDateField(label="Report date")
