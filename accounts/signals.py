"""Account events: start the session clocks at sign-in, audit lockouts, end the sessions a
removed second-factor device verified."""

from typing import TYPE_CHECKING, Any

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in
from django.db.models import F
from django.db.models.signals import post_delete, pre_save
from django.dispatch import receiver
from django.http import HttpRequest
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.middleware import start_session
from accounts.models import User
from audit.actions import record_event

if TYPE_CHECKING:
    from accounts.models import User


@receiver(user_logged_in)
def _start_session_clocks(sender: Any, request: HttpRequest, user: "User", **kwargs: Any) -> None:
    if request is not None and hasattr(request, "session"):
        start_session(request, user)


@receiver(user_locked_out)
def _locked_out(
    sender: Any,
    request: HttpRequest,
    username: str | None = None,
    ip_address: Any = None,
    **kwargs: Any,
) -> None:
    record_event(
        "auth.locked_out",
        actor=None,
        details={"username": str(username or "")[:150], "ip_address": ip_address or ""},
    )


# Sessions trust the device that verified them until the owner's session generation changes
# (accounts.middleware.SessionOTPMiddleware): whatever removes a device, or takes it from its
# owner's confirmed devices, ends the owner's sessions, so none stays verified by it.
DEVICE_MODELS = (TOTPDevice, StaticDevice)


def _end_sessions_of(user_id: int | None) -> None:
    if user_id is not None:
        User.objects.filter(pk=user_id).update(session_generation=F("session_generation") + 1)


def _device_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    _end_sessions_of(instance.user_id)


def _device_saving(sender: Any, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    """A confirmed device unconfirmed or given to someone else (its row as it was is read: a
    device is saved only at enrolment and at each code checked)."""
    if raw or instance.pk is None:
        return  # a new device has verified nothing yet
    before = sender.objects.filter(pk=instance.pk).values("user_id", "confirmed").first()
    if before is None or not before["confirmed"]:
        return
    if not instance.confirmed or before["user_id"] != instance.user_id:
        _end_sessions_of(before["user_id"])


for _model in DEVICE_MODELS:
    post_delete.connect(_device_deleted, sender=_model, dispatch_uid=f"end-sessions-{_model}")
    pre_save.connect(_device_saving, sender=_model, dispatch_uid=f"device-saving-{_model}")
