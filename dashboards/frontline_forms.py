"""Forms of the frontline pages: the period, a note to an officer, the officers' rubric."""

from datetime import date, timedelta

from django import forms

from risk.frontline import Period
from risk.frontline_actions import MESSAGE_LIMIT
from risk.models import FeedbackKind, RubricScore
from vhub.forms import GovukDateField

MAX_RANGE_DAYS = 366


class PeriodForm(forms.Form):
    start = GovukDateField(label="From", required=False, help_text="For example, 1 10 2026")
    end = GovukDateField(label="To", required=False, help_text="Leave empty for today")

    def __init__(self, *args: object, today: date, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.today = today

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", "The ‘to’ date must be the same as or after the ‘from’ date")
        elif start and ((end or self.today) - start).days >= MAX_RANGE_DAYS:
            self.add_error("start", f"Choose a range of at most {MAX_RANGE_DAYS} days")
        return data

    def period(self) -> Period:
        """The chosen period; the last 90 days when nothing (valid) is chosen."""
        data = self.cleaned_data if self.is_valid() else {}
        end = data.get("end") or self.today
        start = data.get("start") or end - timedelta(days=89)
        return Period(start, end)


class FeedbackForm(forms.Form):
    kind = forms.ChoiceField(
        label="What are you sending?",
        choices=FeedbackKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a reminder or feedback"},
    )
    message = forms.CharField(
        label="Message to the officer",
        help_text="The officer reads it on My referrals; the e-mail tells them it is there.",
        max_length=MESSAGE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": "Write what you want to tell the officer",
            "max_length": f"Write at most {MESSAGE_LIMIT} characters",
        },
    )


def _score(label: str, help_text: str, missing: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        help_text=help_text,
        choices=RubricScore.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": missing},
    )


class OfficerRubricForm(forms.Form):
    """The rubric for an officer's initial assessment (docs/frontline.md)."""

    completeness = _score(
        "Completeness",
        "Did the officer give a grade, their reasons and every child's details?",
        "Score the completeness of the officer's assessment",
    )
    voice_of_child = _score(
        "Voice of the child",
        "Is the child's voice captured in their own words or behaviour (a reason it was not "
        "scores lower)?",
        "Score how the officer captured the voice of the child",
    )
    factors = _score(
        "Factors identified",
        "Compared with the hub's final assessment, did the officer identify the risk factors?",
        "Score the factors the officer identified",
    )
    comments = forms.CharField(
        label="Comments",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
