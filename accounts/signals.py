"""Account events: start the session clocks at sign-in, audit lockouts."""

from typing import TYPE_CHECKING, Any

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest

from accounts.middleware import start_session
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
