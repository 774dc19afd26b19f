"""Forms of the share page that the partner portal and VHub both use."""

from django import forms


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label="Why are you withdrawing this share?",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say why the share is being withdrawn"},
    )
