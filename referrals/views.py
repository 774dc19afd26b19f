"""Pages for referrals: the officer's form and list, the triage queue, the referral page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from audit.actions import record_event
from partners.models import ShareStatus
from referrals.access import access_referral
from referrals.actions import (
    do_allocate_referrals,
    do_start_triage,
    do_submit_referral,
    do_take_next_case,
)
from referrals.forms import ReferralForm
from referrals.models import Notification, Referral, ReferralStatus
from referrals.queue import PAGE_SIZE, AllocateForm, QueueFilterForm
from referrals.selectors import (
    QueueCursor,
    officer_referrals,
    referral_detail,
    referral_timeline,
    triage_queue,
)
from referrals.sla import most_urgent_open, time_left_words
from risk.actions import is_officer_at_intake
from vhub.clock import now
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
    form = QueueFilterForm(request.GET or None)
    after = QueueCursor.decode(request.GET.get("after", ""))
    rows = list(
        triage_queue(user=request.user, filters=form.to_filters(), after=after)[: PAGE_SIZE + 1]
    )
    has_more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    at = now()
    for row in rows:
        row.urgent_clock = most_urgent_open(row.open_clocks)
        row.urgent_words = time_left_words(row.urgent_clock, at) if row.urgent_clock else ""
    next_page = None
    if has_more:
        params = request.GET.copy()
        last = rows[-1]
        params["after"] = QueueCursor(last.priority_score, last.received_at, last.pk).encode()
        next_page = params.urlencode()
    first_page = request.GET.copy()
    first_page.pop("after", None)
    context = {
        "form": form,
        "referrals": rows,
        "next_page": next_page,
        "first_page": first_page.urlencode(),
        "paged": after is not None,
        "can_allocate": request.user.has_role(Role.SUPERVISOR),
        "allocate_form": AllocateForm(choices=[(r.pk, r.reference) for r in rows]),
    }
    template = "referrals/_queue_results.html" if request.htmx else "referrals/queue.html"
    return render(request, template, context)


@login_required
@require_POST
def next_case(request):  # type: ignore[no-untyped-def]
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    referral = do_take_next_case(actor=request.user)
    if referral is None:
        messages.info(request, "There are no unallocated referrals waiting.")
        return redirect("referrals:queue")
    messages.success(
        request, f"{referral.reference} is allocated to you: it was the most urgent waiting"
    )
    return redirect("referrals:detail", reference=referral.reference)


@login_required
@require_POST
def allocate(request):  # type: ignore[no-untyped-def]
    require_role(request.user, Role.SUPERVISOR)
    chosen = request.POST.getlist("referrals")
    referrals = list(Referral.objects.filter(pk__in=[int(c) for c in chosen if c.isdigit()]))
    form = AllocateForm(request.POST, choices=[(str(r.pk), r.reference) for r in referrals])
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
        return redirect(request.POST.get("back") or "referrals:queue")
    try:
        count = do_allocate_referrals(
            referrals, actor=request.user, to=form.cleaned_data["allocate_to"]
        )
    except ActionError as exc:
        messages.error(request, exc.message)
    else:
        plural = "s" if count != 1 else ""
        to = form.cleaned_data["allocate_to"]
        messages.success(request, f"{count} referral{plural} allocated to {to}")
    back = request.POST.get("back", "")
    return redirect(f"{reverse('referrals:queue')}?{back}" if back else "referrals:queue")


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


@login_required
def notifications(request):  # type: ignore[no-untyped-def]
    """The person's own notices: escalations of clocks they are responsible for."""
    notices = list(Notification.objects.filter(user=request.user)[:100])
    return render(request, "referrals/notifications.html", {"notices": notices})


@login_required
@require_POST
def notifications_read(request):  # type: ignore[no-untyped-def]
    Notification.objects.filter(user=request.user, read_at__isnull=True).update(read_at=now())
    messages.success(request, "All notifications marked as read")
    return redirect("notifications")
