"""A partner lead's page of their agency's case systems on the partner API: register one (its
token is shown on the next page, once) and revoke one (docs/partner-api.md)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedHttpRequest
from accounts.models import User
from audit.actions import record_event
from audit.denials import require_role
from partners.access import access_agency_system
from partners.portal_forms import SystemForm
from partners.systems import (
    agency_systems,
    do_register_partner_system,
    do_revoke_partner_system,
)
from vhub.http import form_action, post_action
from vhub.models import Agency
from vhub.roles import Role


def _lead(request: AuthenticatedHttpRequest) -> tuple[User, Agency]:
    """The signed-in partner lead and their agency; 403 (audited) for anyone else."""
    lead = request.user
    require_role(lead, Role.PARTNER_LEAD)
    if lead.agency is None:  # a lead with no agency has no systems to manage
        raise PermissionDenied
    return lead, lead.agency


@login_required
def systems(request: AuthenticatedHttpRequest) -> HttpResponse:
    lead, agency = _lead(request)
    rows = list(agency_systems(agency.pk))
    record_event("partner_systems.view", actor=lead, obj=agency, details={"systems": len(rows)})
    return render(request, "partners/systems.html", {"agency": agency, "systems": rows})


@login_required
def system_new(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Register a system. The token is on the answer to the POST, never stored in a session or
    a redirect, so it is shown this once; the page is not cached."""
    lead, agency = _lead(request)
    form = SystemForm(request.POST if request.method == "POST" else None)

    def register() -> HttpResponse:
        system, token = do_register_partner_system(
            actor=lead, agency=agency, name=form.cleaned_data["name"]
        )
        response = render(request, "partners/system_token.html", {"system": system, "token": token})
        response["Cache-Control"] = "no-store"
        return response

    if (posted := form_action(request, form, register)).response is not None:
        return posted.response
    return render(
        request,
        "partners/system_new.html",
        {"form": form, "agency": agency, "action_error": posted.action_error},
    )


@login_required
@require_POST
def system_revoke(request: AuthenticatedHttpRequest, system_id: int) -> HttpResponse:
    lead, agency = _lead(request)
    system = access_agency_system(lead, agency, system_id)

    def revoke() -> str:
        do_revoke_partner_system(system, actor=lead)
        return f"{system.name}'s token is revoked: it can no longer connect"

    return post_action(request, revoke, reverse("partners:systems"))
