from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from accounts.models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = (*BaseUserAdmin.fieldsets, ("Agency", {"fields": ("agency",)}))
    list_display = ("username", "first_name", "last_name", "agency", "is_active")
    list_filter = ("groups", "agency", "is_active")
