"""Sign-in events for the audit trail."""

from typing import TYPE_CHECKING, Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest

from audit.actions import record_event

if TYPE_CHECKING:
    from accounts.models import User


@receiver(user_logged_in)
def _logged_in(sender: Any, request: HttpRequest, user: "User", **kwargs: Any) -> None:
    record_event("auth.login", actor=user)


@receiver(user_logged_out)
def _logged_out(sender: Any, request: HttpRequest, user: "User", **kwargs: Any) -> None:
    if user is not None:
        record_event("auth.logout", actor=user)


@receiver(user_login_failed)
def _login_failed(
    sender: Any, credentials: Any, request: HttpRequest | None = None, **kwargs: Any
) -> None:
    # Only the user name tried: never the password.
    record_event(
        "auth.login_failed",
        actor=None,
        details={"username": str(credentials.get("username", ""))[:150]},
    )
