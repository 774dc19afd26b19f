"""Pages for referrals: the officer's form and list, the triage queue, the referral page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from audit.actions import record_event
from partners.models import ShareStatus
from referrals.access import access_referral
from referrals.actions import do_start_triage, do_submit_referral
from referrals.forms import ReferralForm
from referrals.models import ReferralStatus
from referrals.selectors import officer_referrals, referral_detail, referral_timeline, triage_queue
from risk.actions import is_officer_at_intake
from vhub.errors import ActionError
from vhub.http import int_or_none, require_role, show_action_error
from vhub.roles import Role


@login_required
def my_referrals(request):  # type: ignore[no-untyped-def]
    require_role(request.user, Role.OFFICER)
    referrals = officer_referrals(user=request.user)
    return render(request, "referrals/mine.html", {"referrals": referrals})


@login_required
def new_referral(request):  # type: ignore[no-untyped-def]
    require_role(request.user, Role.OFFICER)
    form = ReferralForm(request.POST or None)
    action_error = None
    if request.method == "POST" and form.is_valid():
        try:
            referral = do_submit_referral(form.to_details(), actor=request.user)
        except ActionError as exc:
            action_error = show_action_error(form, exc)
        else:
            messages.success(
                request, f"Referral {referral.reference} sent to the Vulnerability Hub"
            )
            return redirect("referrals:detail", reference=referral.reference)
    return render(request, "referrals/new.html", {"form": form, "action_error": action_error})


@login_required
def queue(request):  # type: ignore[no-untyped-def]
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR, Role.MANAGER)
    referrals = list(triage_queue(user=request.user)[:100])
    return render(request, "referrals/queue.html", {"referrals": referrals})


@login_required
def detail(request, reference: str):  # type: ignore[no-untyped-def]
    referral = access_referral(request.user, reference, "view")
    record_event("referral.view", actor=request.user, obj=referral, referral=referral)
    referral_detail(referral)
    user = request.user
    context = {
        "referral": referral,
        "timeline": referral_timeline(referral),
        "shares": referral.shares.select_related("agency").order_by("-created_at"),
        "can_triage": user.is_vhub_caseworker and referral.status == ReferralStatus.SUBMITTED,
        "can_assess": (
            user.is_vhub_caseworker
            and referral.status
            in (ReferralStatus.SUBMITTED, ReferralStatus.IN_TRIAGE, ReferralStatus.RETURNED)
        )
        or is_officer_at_intake(user, referral),
        "can_share": user.is_vhub_caseworker
        and referral.status in (ReferralStatus.APPROVED, ReferralStatus.SHARED),
        "share_active": ShareStatus.ACTIVE,
        "perms_review": user.has_role(Role.SUPERVISOR),
    }
    return render(request, "referrals/detail.html", context)


@login_required
@require_POST
def start_triage(request, reference: str):  # type: ignore[no-untyped-def]
    referral = access_referral(request.user, reference, "change")
    try:
        do_start_triage(
            referral, actor=request.user, expected_version=int_or_none(request.POST.get("version"))
        )
    except ActionError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"{referral.reference} is in triage and allocated to you")
    return redirect("referrals:detail", reference=reference)
