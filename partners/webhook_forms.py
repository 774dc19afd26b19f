"""The partner lead's form to subscribe their agency's system to events (partners/webhooks.py)."""

from django import forms

from partners.models import WebhookEventType


class WebhookForm(forms.Form):
    url = forms.CharField(
        label="Address of your system's receiver",
        help_text="VHub sends a signed POST here, starting https://",
        max_length=500,
        error_messages={"required": "Enter the address VHub should call"},
    )
    events = forms.MultipleChoiceField(
        label="Events",
        help_text="Each call names the event and the ids it is about, never case details.",
        choices=WebhookEventType.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one event to be told about"},
    )
    description = forms.CharField(
        label="Description (optional)",
        help_text="For example the name of the system, so your colleagues know what it is.",
        max_length=200,
        required=False,
    )
