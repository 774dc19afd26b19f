"""Teams channels in the admin site: configuration, every change on the audit trail."""

from django import forms
from django.contrib import admin

from audit.admin import AuditedModelAdmin
from dashboards.models import TeamsChannel
from vhub.outbound import OutboundURLError, check_outbound_url


class TeamsChannelForm(forms.ModelForm):
    url = forms.URLField(
        label="Workflow URL",
        max_length=1000,
        assume_scheme="https",
        help_text="The HTTP POST URL of the Teams workflow that posts to the channel.",
    )

    class Meta:
        model = TeamsChannel
        fields = ["name", "url", "daily_summary", "capacity_alerts", "breaches", "is_active"]

    def clean_url(self) -> str:
        try:
            return check_outbound_url(self.cleaned_data["url"])
        except OutboundURLError as exc:
            raise forms.ValidationError(str(exc)) from exc


@admin.register(TeamsChannel)
class TeamsChannelAdmin(AuditedModelAdmin):
    """The URL is the Teams workflow's "When a Teams webhook request is received" address."""

    form = TeamsChannelForm
    list_display = ("name", "daily_summary", "capacity_alerts", "breaches", "is_active")
