from typing import cast

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from accounts.models import User
from partners.models import PartnerSystem
from partners.systems import do_revoke_partner_system
from vhub.models import Agency


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "area", "is_active")
    list_filter = ("kind", "is_active")
    readonly_fields = ("group",)
    # A school's designated safeguarding leads (Operation Encompass notices reach them at once).
    filter_horizontal = ("safeguarding_leads",)


@admin.register(PartnerSystem)
class PartnerSystemAdmin(admin.ModelAdmin):
    """Registered with `manage.py create_partner_system` or by the agency's partner lead (the
    token is shown once); revoked here or by the lead."""

    list_display = ("name", "agency", "token_prefix", "created_at", "last_used_at", "revoked_at")
    list_filter = ("agency",)
    readonly_fields = (
        "agency",
        "name",
        "token_prefix",
        "service_user",
        "created_at",
        "created_by",
        "last_used_at",
        "revoked_at",
        "revoked_by",
    )
    exclude = ("token_hash",)
    actions = ["revoke"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: PartnerSystem | None = None) -> bool:
        return False

    @admin.action(description="Revoke the selected systems' tokens")
    def revoke(self, request: HttpRequest, queryset: QuerySet[PartnerSystem]) -> None:
        for system in queryset.filter(revoked_at__isnull=True):
            do_revoke_partner_system(system, actor=cast(User, request.user))
