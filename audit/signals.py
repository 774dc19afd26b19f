"""Sign-in events for the audit trail."""

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from audit.actions import record_event


@receiver(user_logged_in)
def _logged_in(sender, request, user, **kwargs):  # type: ignore[no-untyped-def]
    record_event("auth.login", actor=user)


@receiver(user_logged_out)
def _logged_out(sender, request, user, **kwargs):  # type: ignore[no-untyped-def]
    if user is not None:
        record_event("auth.logout", actor=user)


@receiver(user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):  # type: ignore[no-untyped-def]
    # Only the user name tried: never the password.
    record_event(
        "auth.login_failed",
        actor=None,
        details={"username": str(credentials.get("username", ""))[:150]},
    )
