"""Forms of the hub's referral pages: return, closure, merge, routing, SLA policy, closure days,
import, duty rota. The officer's referral form's are in `officer/forms.py`."""

from collections.abc import Iterator
from typing import Any, cast

from django import forms

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
)
from vhub.forms import (
    GovukDateField,
    choices_read_once,
)
from vhub.models import Agency, AgencyKind
from vhub.uploads import BACKLOG_IMPORT, UploadRefused


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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # On every referral page a caseworker opens: the areas in one query, when rendered.
        choices_read_once(cast(forms.ModelChoiceField, self.fields["agency"]))


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
