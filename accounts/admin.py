from typing import Any, cast

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.actions import do_reset_two_factor, do_sign_out_everywhere, do_unlock_sign_in
from accounts.models import User

# Devices are managed only through the audited reset action below: django-otp's own admin would
# show a person's secret key (enough to copy their second factor) and delete without a record.
for _device_model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(_device_model):
        admin.site.unregister(_device_model)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = (*(BaseUserAdmin.fieldsets or ()), ("Agency", {"fields": ("agency",)}))
    list_display = ("username", "first_name", "last_name", "agency", "is_active")
    list_filter = ("groups", "agency", "is_active")
    actions = ["unlock_sign_in", "sign_out_everywhere", "reset_two_factor"]

    @admin.action(description="Unlock sign-in after too many failed attempts")
    def unlock_sign_in(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for user in queryset:
            do_unlock_sign_in(username=user.username, actor=cast(User, request.user))
        self.message_user(request, f"Sign-in unlocked for {queryset.count()} account(s).")

    @admin.action(description="Sign out everywhere")
    def sign_out_everywhere(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for user in queryset:
            do_sign_out_everywhere(user, actor=cast(User, request.user))
        self.message_user(request, f"{queryset.count()} account(s) signed out everywhere.")

    @admin.action(description="Reset two-factor sign-in (lost phone)")
    def reset_two_factor(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for user in queryset:
            do_reset_two_factor(user, actor=cast(User, request.user))
        self.message_user(
            request,
            f"Two-factor sign-in reset for {queryset.count()} account(s): they set it up again "
            "at their next sign-in.",
        )
