"""The signed-in person's own account: two-factor sign-in and sessions."""

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import two_factor
from accounts.actions import (
    do_enrol_two_factor,
    do_new_recovery_codes,
    do_sign_out_everywhere,
    do_verify_two_factor,
)
from accounts.forms import TokenForm
from accounts.http import AuthenticatedHttpRequest
from accounts.ratelimits import limit_sign_in, limit_two_factor
from vhub.http import form_action


@method_decorator(limit_sign_in, name="dispatch")
class SignInView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["sso_enabled"] = settings.OIDC_ENABLED
        context["sso_failed"] = self.request.GET.get("sso") == "failed"
        return context


@login_required
def account(request: AuthenticatedHttpRequest) -> HttpResponse:
    return render(
        request,
        "accounts/account.html",
        {"recovery_codes_left": two_factor.remaining_recovery_codes(request.user)},
    )


@require_POST
@login_required
def sign_out_everywhere(request: AuthenticatedHttpRequest) -> HttpResponse:
    do_sign_out_everywhere(request.user, actor=request.user)
    logout(request)
    messages.success(request, "You have been signed out on every device and browser.")
    return redirect("login")


@require_POST
@login_required
def keep_alive(request: AuthenticatedHttpRequest) -> HttpResponse:
    """ "Stay signed in": the middleware has already counted this request as activity."""
    if request.headers.get("X-Requested-With") == "fetch":
        return HttpResponse(status=204)
    back = request.headers.get("Referer", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = "home"
    return redirect(back)


def _next_url(request: AuthenticatedHttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(candidate, {request.get_host()}, request.is_secure()):
        return candidate
    return reverse("home")


@login_required
@limit_two_factor
def two_factor_setup(request: AuthenticatedHttpRequest) -> HttpResponse:
    """First sign-in: scan a QR code into an authenticator app and prove it works."""
    if request.user.is_verified():  # type: ignore[attr-defined]  # added by django-otp's middleware
        return redirect("accounts:account")
    if two_factor.has_confirmed_app(request.user):
        return redirect(f"{reverse('accounts:two_factor_verify')}?next={_next_url(request)}")
    form = TokenForm(request.POST or None)

    def enrol() -> HttpResponse:
        codes = do_enrol_two_factor(
            request.user, token=form.cleaned_data["token"], actor=request.user
        )
        _verify_session_after_enrolment(request)
        return render(
            request,
            "accounts/recovery_codes.html",
            {"codes": codes, "next": _next_url(request), "first_time": True},
        )

    # A refusal is about the code: it is shown on its field (the page has no summary).
    if (posted := form_action(request, form, enrol)).response is not None:
        return posted.response
    device = two_factor.pending_app(request.user)
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "qr_code": two_factor.qr_code_data_uri(device),
            "secret": two_factor.secret_for_people(device),
            "next": _next_url(request),
        },
    )


def _verify_session_after_enrolment(request: AuthenticatedHttpRequest) -> None:
    """The code that confirmed the app also verifies this session (rotating its key)."""
    request.session.cycle_key()
    otp_login(request, TOTPDevice.objects.get(user=request.user, confirmed=True))


@login_required
@limit_two_factor
def two_factor_verify(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Second step of every sign-in."""
    if request.user.is_verified():  # type: ignore[attr-defined]  # added by django-otp's middleware
        return redirect(_next_url(request))
    if not two_factor.has_confirmed_app(request.user):
        return redirect(f"{reverse('accounts:two_factor_setup')}?next={_next_url(request)}")
    form = TokenForm(request.POST or None)

    def verify() -> HttpResponse:
        do_verify_two_factor(request, token=form.cleaned_data["token"], actor=request.user)
        left = two_factor.remaining_recovery_codes(request.user)
        if left <= 3:
            messages.warning(
                request,
                f"You have {left} recovery code{'s' if left != 1 else ''} left. Make a new "
                "set on Your account.",
            )
        return redirect(_next_url(request))

    # As above: a refusal is shown on the code's field.
    if (posted := form_action(request, form, verify)).response is not None:
        return posted.response
    return render(
        request, "accounts/two_factor_verify.html", {"form": form, "next": _next_url(request)}
    )


@require_POST
@login_required
def new_recovery_codes(request: AuthenticatedHttpRequest) -> HttpResponse:
    codes = do_new_recovery_codes(request.user, actor=request.user)
    return render(
        request,
        "accounts/recovery_codes.html",
        {"codes": codes, "next": reverse("accounts:account"), "first_time": False},
    )
