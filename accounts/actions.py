"""State changes of accounts: two-factor sign-in, sessions, and unlocking a locked sign-in."""

from typing import Any

from axes.utils import reset as axes_reset
from django.db import transaction
from django.db.models import F
from django.http import HttpRequest
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import two_factor
from accounts.models import User
from audit.actions import record_event
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role


def _may_manage_accounts(actor: User) -> bool:
    return bool(actor.is_superuser or actor.has_role(Role.ADMIN))


@transaction.atomic
def do_sign_out_everywhere(user: User, *, actor: User) -> None:
    """End every session of `user` (the person themself, or an administrator for them)."""
    if actor.pk != user.pk and not _may_manage_accounts(actor):
        raise ActionPermissionError("Only an administrator can sign someone else out.")
    User.objects.filter(pk=user.pk).update(session_generation=F("session_generation") + 1)
    user.refresh_from_db(fields=["session_generation"])
    record_event("auth.sign_out_everywhere", actor=actor, obj=user)


@transaction.atomic
def do_unlock_sign_in(*, username: str = "", ip_address: str = "", actor: User) -> int:
    """Lift a brute-force lockout on an account or an address before its cool-off ends."""
    if not _may_manage_accounts(actor):
        raise ActionPermissionError("Only an administrator can unlock a sign-in.")
    if not (username or ip_address):
        raise ValueError("Say which account or address to unlock.")
    cleared: int = axes_reset(username=username or None, ip=ip_address or None)
    record_event(
        "auth.unlock",
        actor=actor,
        details={"username": username, "ip_address": ip_address, "attempts_cleared": cleared},
    )
    return cleared


def do_enrol_two_factor(user: User, *, token: str, actor: User) -> list[str]:
    """Confirm the authenticator app a person has just scanned; return their recovery codes.

    A wrong code is audited and counted by django-otp's throttle outside any transaction, so
    refusing it does not roll the record back."""
    if actor.pk != user.pk:
        raise ActionPermissionError("People set up their own two-factor sign-in.")
    device = two_factor.pending_app(user)
    _refuse_while_throttled(device, user)
    if not device.verify_token(_clean(token)):
        record_event("auth.two_factor_failed", actor=user, details={"stage": "enrolment"})
        raise ActionError(
            "That code is not right. Enter the 6-digit code your authenticator app shows now "
            "for VHub.",
            field="token",
        )
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = two_factor.replace_recovery_codes(user)
        record_event("auth.two_factor_enrol", actor=user, obj=user)
    return codes


def do_verify_two_factor(request: HttpRequest, *, token: str, actor: User) -> None:
    """The second step of signing in: an app code or a recovery code. On success the session
    is marked verified and its key rotated."""
    token = _clean(token)
    _refuse_while_throttled(TOTPDevice.objects.filter(user=actor, confirmed=True).first(), actor)
    device = match_token(actor, token) if token else None
    if device is None:
        record_event("auth.two_factor_failed", actor=actor, details={"stage": "sign-in"})
        raise ActionError(WRONG_CODE, field="token")
    request.session.cycle_key()
    otp_login(request, device)
    record_event(
        "auth.two_factor_verified",
        actor=actor,
        details={"method": "recovery code" if isinstance(device, StaticDevice) else "app"},
    )


def _clean(token: str) -> str:
    return "".join(token.split()).replace("-", "")


WRONG_CODE = (
    "That code is not right. Enter the 6-digit code your authenticator app shows now, or one of "
    "your recovery codes."
)


def _refuse_while_throttled(device: Any, user: User) -> None:
    """django-otp doubles the wait after each wrong code (1 s, 2 s, 4 s…); a code typed during
    the wait is not even tried."""
    if device is not None and not device.verify_is_allowed()[0]:
        record_event("auth.two_factor_failed", actor=user, details={"stage": "throttled"})
        raise ActionError(
            "Too many wrong codes. Wait a minute, then enter the code your authenticator app "
            "shows at that time, or a recovery code.",
            field="token",
        )


@transaction.atomic
def do_new_recovery_codes(user: User, *, actor: User) -> list[str]:
    if actor.pk != user.pk:
        raise ActionPermissionError("People make their own recovery codes.")
    codes = two_factor.replace_recovery_codes(user)
    record_event("auth.recovery_codes", actor=user, obj=user)
    return codes


@transaction.atomic
def do_reset_two_factor(user: User, *, actor: User) -> None:
    """An administrator clears a person's devices (a lost phone): they enrol again at their next
    sign-in, and every session they have is ended, in case the phone is in other hands."""
    if not _may_manage_accounts(actor):
        raise ActionPermissionError("Only an administrator can reset two-factor sign-in.")
    removed = two_factor.delete_devices(user)
    User.objects.filter(pk=user.pk).update(session_generation=F("session_generation") + 1)
    record_event(
        "auth.two_factor_reset", actor=actor, obj=user, details={"devices_removed": removed}
    )
