"""The start page, which sends each person to where their work is, and the accessibility
statement."""

from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from vhub.roles import Role


@login_required
def home(request: HttpRequest) -> HttpResponse:
    # Any: the User model lives in accounts, above the kernel, so vhub cannot name it.
    user: Any = request.user
    if user.has_role(Role.SUPERVISOR):
        return redirect("risk:approvals")
    if user.is_vhub_case_reader:
        return redirect("referrals:queue")
    if user.has_role(Role.OFFICER):
        return redirect("referrals:mine")
    if user.is_partner:
        return redirect("partners:inbox")
    if user.has_role(Role.AUDITOR):
        return redirect("audit:events")
    if user.is_staff:
        return redirect("admin:index")
    return render(request, "vhub/no_role.html", status=403)


def accessibility(request: HttpRequest) -> HttpResponse:
    """The accessibility statement (GOV.UK's model): for everyone, signed in or not."""
    return render(
        request,
        "vhub/accessibility.html",
        {"site_url": settings.SITE_URL, "contact_email": settings.ACCESSIBILITY_CONTACT_EMAIL},
    )
