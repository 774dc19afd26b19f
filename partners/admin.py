from django.contrib import admin

from partners.models import Agency


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "area", "is_active")
    list_filter = ("kind", "is_active")
    readonly_fields = ("group",)
