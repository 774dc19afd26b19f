"""Forms for the child risk assessment and the supervisor's decision."""

from django import forms

from risk.actions import AssessmentInput
from risk.grades import Grade
from risk.models import Decision


class AssessmentForm(forms.Form):
    proposed_grade = forms.ChoiceField(
        label="Proposed risk grade",
        choices=Grade.choices,
        widget=forms.RadioSelect,
        required=False,
        help_text="High: the child is at risk of significant harm now. Medium: harm is likely "
        "without support. Standard: no evidence of likely harm.",
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

    def to_input(self) -> AssessmentInput:
        c = self.cleaned_data
        return AssessmentInput(
            proposed_grade=c["proposed_grade"] or "",
            voice_of_child=c["voice_of_child"],
            voice_not_captured_reason=c["voice_not_captured_reason"],
            rationale=c["rationale"],
        )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label="Your decision",
        choices=Decision.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose approve, approve with a different grade, or return"},
    )
    grade = forms.ChoiceField(
        label="Grade (if approving with a different grade)",
        choices=[("", "Choose a grade"), *Grade.choices],
        required=False,
    )
    rationale = forms.CharField(
        label="Rationale or reasons for returning",
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text="Required when you change the grade or return the assessment.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput)
