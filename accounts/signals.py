"""Account events: start the session clocks at sign-in, audit lockouts."""

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from accounts.middleware import start_session
from audit.actions import record_event


@receiver(user_logged_in)
def _start_session_clocks(sender, request, user, **kwargs):  # type: ignore[no-untyped-def]
    if request is not None and hasattr(request, "session"):
        start_session(request, user)


@receiver(user_locked_out)
def _locked_out(sender, request, username=None, ip_address=None, **kwargs):  # type: ignore[no-untyped-def]
    record_event(
        "auth.locked_out",
        actor=None,
        details={"username": str(username or "")[:150], "ip_address": ip_address or ""},
    )
