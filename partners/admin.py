from django.contrib import admin

from vhub.models import Agency


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "area", "is_active")
    list_filter = ("kind", "is_active")
    readonly_fields = ("group",)
    # A school's designated safeguarding leads (Operation Encompass notices reach them at once).
    filter_horizontal = ("safeguarding_leads",)
