"""The form for reviewing several under-grading flags with one decision."""

from django import forms


class BulkFlagReviewForm(forms.Form):
    outcome = forms.ChoiceField(
        label="Your decision for every selected flag",
        choices=[
            ("confirm", "Confirm the current grade"),
            ("dismiss", "Not high risk: dismiss the flag (referrals nobody has graded yet)"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what to do with the selected flags"},
    )
    rationale = forms.CharField(
        label="Rationale",
        help_text="Recorded on each flag, as if you had reviewed it on its own.",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        error_messages={"required": "Explain your decision"},
    )
