"""The start page, which sends each person to where their work is, and the accessibility
statement."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from vhub.roles import Role


@login_required
def home(request):  # type: ignore[no-untyped-def]
    user = request.user
    if user.has_role(Role.SUPERVISOR):
        return redirect("risk:approvals")
    if user.is_vhub_case_reader:
        return redirect("referrals:queue")
    if user.has_role(Role.AREA_SPOC):
        return redirect("dashboards:frontline")
    if user.has_role(Role.OFFICER):
        return redirect("referrals:mine")
    if user.is_partner:
        return redirect("partners:inbox")
    if user.has_role(Role.AUDITOR):
        return redirect("audit:events")
    if user.is_staff:
        return redirect("admin:index")
    return render(request, "vhub/no_role.html", status=403)


def accessibility(request):  # type: ignore[no-untyped-def]
    """The accessibility statement (GOV.UK's model): for everyone, signed in or not."""
    return render(
        request,
        "vhub/accessibility.html",
        {"site_url": settings.SITE_URL, "contact_email": settings.ACCESSIBILITY_CONTACT_EMAIL},
    )
