"""Session limits: an idle timeout, an absolute lifetime, and "sign out everywhere"."""

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.middleware import OTPMiddleware

from accounts.two_factor import has_confirmed_app
from audit.actions import record_denial, record_event
from vhub.clock import now

if TYPE_CHECKING:
    from accounts.models import User

STARTED = "vhub_session_started"
SEEN = "vhub_session_seen"
GENERATION = "vhub_session_generation"

_MESSAGES = {
    "idle": "You were signed out because VHub had not been used for {idle} minutes. Sign in "
    "again to carry on: anything you had saved is kept.",
    "absolute": "You were signed out because you had been signed in for {hours} hours. Sign in "
    "again to carry on.",
    "everywhere": "You were signed out because your sessions were ended on request. Sign in "
    "again to carry on.",
}


def start_session(request: HttpRequest, user: "User") -> None:
    """Called at sign-in (accounts.signals): the clocks of a new session."""
    stamp = now().timestamp()
    request.session[STARTED] = stamp
    request.session[SEEN] = stamp
    request.session[GENERATION] = user.session_generation


def _expiry_reason(request: HttpRequest, user: "User") -> str | None:
    session = request.session
    if STARTED not in session:
        start_session(request, user)
        return None
    current = now().timestamp()
    if session.get(GENERATION) != user.session_generation:
        return "everywhere"
    if current - session[STARTED] > settings.SESSION_ABSOLUTE_HOURS * 3600:
        return "absolute"
    if current - session.get(SEEN, 0) > settings.SESSION_IDLE_MINUTES * 60:
        return "idle"
    return None


def idle_seconds() -> int:
    """The idle time a page can count on from its own request: the limit less the resolution of
    the activity note (the page warns two minutes before this)."""
    return max(settings.SESSION_IDLE_MINUTES * 60 - settings.SESSION_SEEN_RESOLUTION_SECONDS, 0)


def _mark_seen(request: HttpRequest) -> None:
    """Note the activity. A changed session is written back (a database row and the cache), so
    a GET notes it only when the last note is SESSION_SEEN_RESOLUTION_SECONDS old: a page and
    the requests it makes in the next minute cost no write. Every other method ("Stay signed
    in" among them) notes it at once. The idle limit is counted from the note, so it can end a
    session up to that resolution early, never late (the page's warning allows for it)."""
    current = now().timestamp()
    stale = current - request.session.get(SEEN, 0) >= settings.SESSION_SEEN_RESOLUTION_SECONDS
    if stale or request.method not in ("GET", "HEAD"):
        request.session[SEEN] = current


class SessionLimitsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and hasattr(request, "session"):
            reason = _expiry_reason(request, user)
            if reason is not None:
                return self._sign_out(request, user, reason)
            _mark_seen(request)
        return self.get_response(request)

    def _sign_out(self, request: HttpRequest, user: "User", reason: str) -> HttpResponse:
        record_event("auth.session_expired", actor=user, details={"reason": reason})
        logout(request)
        if request.path.startswith("/api/"):
            return self.get_response(request)  # DRF refuses the now-anonymous caller
        messages.info(
            request,
            _MESSAGES[reason].format(
                idle=settings.SESSION_IDLE_MINUTES, hours=settings.SESSION_ABSOLUTE_HOURS
            ),
        )
        target = reverse("login")
        is_htmx = bool(request.headers.get("HX-Request"))
        if request.method == "GET" and not is_htmx:
            target += "?" + urlencode({"next": request.get_full_path()})
        response = redirect(target)
        if is_htmx:
            response["HX-Redirect"] = target
        return response


# The device that verified this session, and the person's session generation when it was last
# read from the database: [persistent id, generation].
OTP_CHECKED = "vhub_otp_checked"


class SessionOTPMiddleware(OTPMiddleware):
    """django-otp's middleware without its device query on every request.

    The device named in the session is read and checked (the person's own, confirmed) once;
    the session then remembers it with the person's session generation, and later requests of
    the session trust it while the generation is unchanged. The person's row is read on every
    request anyway (AuthenticationMiddleware), so this costs nothing. Deleting a device, or
    unconfirming it or giving it to someone else, ends its owner's sessions by raising the
    generation (accounts.signals), as an administrator's reset does: no session stays verified
    by a device that is gone. `user.otp_device` is then the device, read only if used."""

    def _verify_user_sync(self, request: HttpRequest, user: Any) -> Any:
        session = request.session
        persistent_id = session.get(DEVICE_ID_SESSION_KEY) if user.is_authenticated else None
        if persistent_id and session.get(OTP_CHECKED) == [
            persistent_id,
            user.session_generation,
        ]:
            self._init_user_fields(user)
            user.otp_device = SimpleLazyObject(
                functools.partial(self._device_from_persistent_id, persistent_id)
            )
            return user
        user = super()._verify_user_sync(request, user)
        if user.is_authenticated and user.otp_device is not None:
            request.session[OTP_CHECKED] = [persistent_id, user.session_generation]
        else:
            request.session.pop(OTP_CHECKED, None)
        return user


IDP_MFA_SESSION_KEY = "vhub_idp_mfa"  # set by accounts.oidc at a single sign-on
IDP_VERIFIED = "identity provider"  # stands in for a django-otp device in user.otp_device

# Pages an unverified person may reach: signing in and out, and the two-factor pages themselves.
TWO_FACTOR_EXEMPT = (
    "/login/",
    "/logout/",
    "/account/two-factor/",
    "/accessibility/",
    "/static/",
    "/healthz",
    "/readyz",
    # For Prometheus, by network (project/metrics.py); it shows no case data.
    "/metrics",
)


class RequireTwoFactorMiddleware:
    """No page or API call with a session behind it is served until the second factor is
    passed; a person with no authenticator app yet is sent to set one up. Integration clients
    authenticate per request with a token (DRF), so they never reach this with a session."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not user.is_verified()
            and request.session.get(IDP_MFA_SESSION_KEY)
        ):
            # The force's identity provider checked a second factor at this sign-in.
            user.otp_device = IDP_VERIFIED
        if (
            user is not None
            and user.is_authenticated
            and not user.is_verified()
            and not request.path.startswith(TWO_FACTOR_EXEMPT)
        ):
            if request.path.startswith("/api/"):
                record_denial(
                    user,
                    object_type="page",
                    object_id=request.path[:200],
                    reason="two-factor sign-in not done",
                )
                return JsonResponse(
                    {"detail": "Two-factor sign-in is required before using the API."},
                    status=403,
                )

            name = (
                "accounts:two_factor_verify"
                if has_confirmed_app(user)
                else "accounts:two_factor_setup"
            )
            target = reverse(name)
            if request.method == "GET" and not request.headers.get("HX-Request"):
                target += "?" + urlencode({"next": request.get_full_path()})
            response = redirect(target)
            if request.headers.get("HX-Request"):
                response["HX-Redirect"] = target
            return response
        return self.get_response(request)
