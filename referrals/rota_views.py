"""The managers' page for the duty rota of the area teams (referrals/rota.py)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedHttpRequest
from audit.denials import require_role
from referrals.forms import DutyRotaForm
from referrals.models import DutyRota
from referrals.rota import do_add_duty, do_remove_duty
from vhub.http import Done, form_action
from vhub.roles import Role


@login_required
def rota(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.MANAGER)
    form = DutyRotaForm(request.POST if request.method == "POST" else None)

    def add() -> Done:
        do_add_duty(actor=request.user, **form.cleaned_data)
        return Done("Added to the duty rota", "referrals:rota")

    if (posted := form_action(request, form, add)).response is not None:
        return posted.response
    entries = DutyRota.objects.select_related("area", "supervisor").order_by(
        "area__name", "weekday", "first_day", "id"
    )
    return render(
        request,
        "referrals/rota.html",
        {"form": form, "action_error": posted.action_error, "entries": entries},
    )


@login_required
@require_POST
def rota_remove(request: AuthenticatedHttpRequest, entry_id: int) -> HttpResponse:
    require_role(request.user, Role.MANAGER)
    # Configuration, not case data: a plain 404 for an unknown row.
    entry = DutyRota.objects.select_related("area", "supervisor").filter(pk=entry_id).first()
    if entry is None:
        raise Http404
    do_remove_duty(entry, actor=request.user)
    messages.success(request, "Removed from the duty rota")
    return redirect("referrals:rota")
