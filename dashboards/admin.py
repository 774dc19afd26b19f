"""Teams channels in the admin site: configuration, every change on the audit trail."""

from django import forms
from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from audit.admin import AuditedModelAdmin
from dashboards.models import TeamsChannel, TeamsPost
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


@admin.register(TeamsPost)
class TeamsPostAdmin(admin.ModelAdmin):
    """What was posted to each channel, and whether it went: read only (the outbox sends)."""

    list_display = ("key", "channel", "created_at", "sent_at", "status_code", "last_error")
    list_filter = ("channel",)
    readonly_fields = ("channel", "key", "card", "outbox", "created_at", "sent_at", "status_code")

    @admin.display(description="Last error")
    def last_error(self, post: TeamsPost) -> str:
        return post.outbox.last_error

    def get_queryset(self, request: HttpRequest) -> QuerySet[TeamsPost]:
        return super().get_queryset(request).select_related("channel", "outbox")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: TeamsPost | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: TeamsPost | None = None) -> bool:
        return False
