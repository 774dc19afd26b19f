"""Forms for the child risk assessment, the supervisor's decisions and the risk model."""

from typing import Any, cast

from django import forms

from risk.actions import AssessmentInput
from risk.models import Decision, FactorGroup, RiskModelVersion, RubricScore
from risk.scoring import LoadedModel, Suggestion, suggest_grade
from vhub.grades import Grade


class AssessmentForm(forms.Form):
    factors = forms.MultipleChoiceField(
        label="Risk factors", required=False, widget=forms.CheckboxSelectMultiple
    )
    da_yes = forms.MultipleChoiceField(
        label="Domestic-abuse risk checklist", required=False, widget=forms.CheckboxSelectMultiple
    )
    proposed_grade = forms.ChoiceField(
        label="Proposed risk grade",
        choices=Grade.choices,
        widget=forms.RadioSelect,
        required=False,
        help_text="You may propose a grade above the suggestion (say why in the rationale), "
        "never below it.",
    )
    voice_of_child = forms.CharField(
        label="Voice of the child",
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text="The child's words, feelings or behaviour. For a baby, what was observed.",
    )
    voice_not_captured_reason = forms.CharField(
        label="If the voice of the child was not captured, say why",
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    rationale = forms.CharField(
        label="Rationale for the grade",
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        help_text="What in the referral and your research supports this grade.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(
        self, *args: Any, model: LoadedModel, with_da: bool, proposals: Any = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.model = model
        self.with_da = with_da
        # factor code -> the risk reader's evidence for it; shown, never ticked for the assessor
        self.proposals = proposals or {}
        cast(forms.ChoiceField, self.fields["factors"]).choices = [
            (f.code, f.label) for f in model.factors.values()
        ]
        if with_da:
            cast(forms.ChoiceField, self.fields["da_yes"]).choices = [
                (c, q[0]) for c, q in model.da_questions.items()
            ]
        else:
            del self.fields["da_yes"]

    def chosen(self, name: str) -> set[str]:
        """The ticked codes, from posted data if any, else from the initial values."""
        if self.is_bound:
            # A bound form's data is the request's QueryDict.
            return set(self.data.getlist(name))  # type: ignore[attr-defined]
        return set(self.initial.get(name) or [])

    def suggestion(self) -> Suggestion:
        """The suggested grade for the ticked factors (and checklist answers): the panel beside
        the form, drawn on load and again, through htmx, as boxes are ticked."""
        da = self.chosen("da_yes") if self.with_da else None
        return suggest_grade(self.model, self.chosen("factors"), da)

    def factor_groups(self) -> list[dict[str, object]]:
        """Factors grouped for display, each with its guidance and whether it is ticked."""
        ticked = self.chosen("factors")
        rows = list(self.model.version.factors.all())
        groups: list[dict[str, object]] = []
        for value, label in FactorGroup.choices:
            items = [
                {
                    "factor": f,
                    "checked": f.code in ticked,
                    "id": f"factor-{f.code}",
                    "proposed": self.proposals.get(f.code, []),
                }
                for f in rows
                if f.group == value
            ]
            if items:
                groups.append({"label": label, "items": items})
        return groups

    def da_items(self) -> list[dict[str, object]]:
        ticked = self.chosen("da_yes")
        return [
            {"question": q, "checked": q.code in ticked, "id": f"da-{q.code}"}
            for q in self.model.version.da_questions.all()
        ]

    def to_input(self) -> AssessmentInput:
        c = self.cleaned_data
        return AssessmentInput(
            proposed_grade=c["proposed_grade"] or "",
            voice_of_child=c["voice_of_child"],
            voice_not_captured_reason=c["voice_not_captured_reason"],
            rationale=c["rationale"],
            factor_codes=list(c["factors"]),
            da_yes_codes=list(c["da_yes"]) if self.with_da else None,
        )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label="Your decision",
        choices=[(d.value, d.label) for d in (Decision.APPROVE, Decision.CHANGE, Decision.RETURN)],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose approve, approve with a different grade, or return"},
    )
    grade = forms.ChoiceField(
        label="Grade (if approving with a different grade)",
        choices=[("", "Choose a grade"), *Grade.choices],
        required=False,
        help_text="You may set a grade below the suggestion; your rationale is then required.",
    )
    rationale = forms.CharField(
        label="Rationale or reasons for returning",
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text="Required when you change the grade or return the assessment.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput)


class FlagReviewForm(forms.Form):
    """A supervisor's decision on a flag. A referral nobody has graded has no grade to confirm:
    the supervisor grades it now, or dismisses the flag as not high risk."""

    outcome = forms.ChoiceField(
        label="Your decision",
        choices=[("confirm", "Confirm the current grade"), ("regrade", "Regrade the referral")],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what to do with the flag"},
    )

    def __init__(self, *args: Any, graded: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not graded:
            cast(forms.ChoiceField, self.fields["outcome"]).choices = [
                ("regrade", "Grade the referral now"),
                ("dismiss", "Not high risk: dismiss the flag"),
            ]
            self.fields["grade"].label = "Grade (if grading now)"

    grade = forms.ChoiceField(
        label="New grade (if regrading)",
        choices=[("", "Choose a grade"), *Grade.choices],
        required=False,
    )
    rationale = forms.CharField(
        label="Rationale",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Explain your decision"},
    )


class RubricForm(forms.Form):
    """The quality-audit rubric (docs/audit.md)."""

    completeness = forms.TypedChoiceField(
        label="Completeness",
        help_text="Are the child's details, the factors and the checklist fully recorded?",
        choices=RubricScore.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Score the completeness of the assessment"},
    )
    voice_of_child = forms.TypedChoiceField(
        label="Voice of the child",
        help_text="Are the child's words, feelings or behaviour captured, or why they could "
        "not be?",
        choices=RubricScore.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Score how well the voice of the child is captured"},
    )
    rationale = forms.TypedChoiceField(
        label="Rationale",
        help_text="Does the rationale explain the grade from the facts and factors?",
        choices=RubricScore.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Score the rationale"},
    )
    grade_agreed = forms.TypedChoiceField(
        label="Do you agree with the grade?",
        choices=[("yes", "Yes"), ("no", "No")],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": "Say whether you agree with the grade"},
    )
    comments = forms.CharField(
        label="Comments for the assessor",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="What was done well and what to improve. Needed when you do not agree with "
        "the grade.",
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("grade_agreed") is False and not (data.get("comments") or "").strip():
            self.add_error("comments", "Say why you do not agree with the grade")
        return data


class CatalogueForm(forms.Form):
    """The risk reader's catalogue as text (risk/catalogue.py says the shape of each line)."""

    indicators = forms.CharField(
        label="Indicators",
        help_text="One a line: code | label | CRA factor codes it proposes.",
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}),
        error_messages={"required": "Enter at least one indicator"},
    )
    patterns = forms.CharField(
        label="Patterns",
        help_text="One a line: indicator | pattern code | pattern.",
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "false"}),
        error_messages={"required": "Enter at least one pattern"},
    )
    exclusions = forms.CharField(
        label="Exclusions",
        required=False,
        help_text="One a line: indicator | pattern, and | ends to remove a match it holds "
        "either end of.",
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "false"}),
    )
    cues = forms.CharField(
        label="Certainty cues",
        required=False,
        help_text="One a line: negated, historical, hypothetical, reported, pseudo or terminate "
        "| forward or backward | window in words | phrase.",
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
    )
    note = forms.CharField(
        label="What you changed and why",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say what you changed and why"},
    )


class RiskModelForm(forms.Form):
    """Thresholds; each factor's weight, force and guidance; the checklist's single indicators."""

    medium_threshold = forms.IntegerField(label="Medium from score", min_value=1, max_value=10000)
    high_threshold = forms.IntegerField(label="High from score", min_value=1, max_value=10000)
    da_medium_min = forms.IntegerField(
        label="Checklist: medium from this many indicators", min_value=1, max_value=10000
    )
    da_high_min = forms.IntegerField(
        label="Checklist: high from this many indicators", min_value=1, max_value=10000
    )
    supervision_sample_percent = forms.IntegerField(
        label="Matching standard and medium grades sent to a supervisor (%)",
        min_value=0,
        max_value=100,
    )
    repeat_short_count = forms.IntegerField(
        label="Repeat child: referrals", min_value=2, max_value=100
    )
    repeat_short_days = forms.IntegerField(label="…within days", min_value=1, max_value=10000)
    repeat_long_count = forms.IntegerField(label="Or referrals", min_value=2, max_value=100)
    repeat_long_days = forms.IntegerField(label="…within days", min_value=1, max_value=10000)
    note = forms.CharField(
        label="What you changed and why",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say what you changed and why"},
    )

    THRESHOLDS = RiskModelVersion.THRESHOLDS

    def __init__(self, *args: Any, version: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {name: getattr(version, name) for name in self.THRESHOLDS})
        super().__init__(*args, **kwargs)
        self.version = version
        self.factor_rows = list(version.factors.all())
        self.question_rows = list(version.da_questions.all())
        for f in self.factor_rows:
            self.fields[f"weight_{f.code}"] = forms.IntegerField(
                label=f"Weight: {f.label}", initial=f.weight, min_value=-1000, max_value=1000
            )
            self.fields[f"forces_{f.code}"] = forms.BooleanField(
                label="Forces high", required=False, initial=f.forces_high
            )
            self.fields[f"guidance_{f.code}"] = forms.CharField(
                label="Guidance",
                required=False,
                initial=f.guidance,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        for q in self.question_rows:
            self.fields[f"alone_{q.code}"] = forms.BooleanField(
                label="High on its own", required=False, initial=q.high_on_its_own
            )

    def factor_fields(self) -> list[tuple[Any, ...]]:
        return [
            (f, self[f"weight_{f.code}"], self[f"forces_{f.code}"], self[f"guidance_{f.code}"])
            for f in self.factor_rows
        ]

    def question_fields(self) -> list[tuple[Any, Any]]:
        return [(q, self[f"alone_{q.code}"]) for q in self.question_rows]
