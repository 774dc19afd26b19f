"""Pages for referrals: the officer's form and list, the triage queue, the referral page."""

from dataclasses import asdict
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedHttpRequest
from audit.actions import record_event, record_list_view
from audit.denials import require_role
from referrals.access import (
    REFERENCE,
    access_import_job,
    access_person,
    access_referral,
    view_referral,
)
from referrals.actions.allocation import do_allocate_referrals, do_start_triage, do_take_next_case
from referrals.actions.closure import (
    closure_needs_sign_off,
    closure_refusal,
    do_close_referral,
    do_close_referrals,
    do_decide_closure,
    do_merge_referral,
    do_reopen_referral,
)
from referrals.actions.imports import do_start_import
from referrals.actions.matching import do_confirm_matches, do_decide_match, do_reject_matches
from referrals.actions.returns import do_return_to_officer
from referrals.actions.routing import do_route_referral
from referrals.actions.sla_policy import (
    do_add_closure_day,
    do_publish_sla_policy,
    do_remove_closure_day,
)
from referrals.bulk_views import allocation_preview
from referrals.forms import (
    BulkCloseForm,
    CloseReferralForm,
    ClosureForm,
    ImportUploadForm,
    MergeReferralForm,
    ReopenReferralForm,
    ReturnToOfficerForm,
    RouteForm,
    SignOffClosureForm,
    SlaPolicyForm,
)
from referrals.hooks import REFERRAL_PAGE_PANELS, current_repeat_rule
from referrals.lifecycle import can_move
from referrals.models import (
    ENDED_STATUSES,
    OPEN_STATUSES,
    ClosureDay,
    ClosureRequest,
    ClosureRequestState,
    ImportJob,
    MatchStatus,
    Notification,
    PersonMatch,
    Referral,
    ReferralSource,
    ReferralStatus,
    SlaPolicyVersion,
    SubjectRole,
)
from referrals.queue import PAGE_SIZE, AllocateForm, QueueFilterForm
from referrals.selectors import (
    MATCHES_PAGE,
    QueueCursor,
    bulk_close_referrals,
    closures_awaiting_sign_off,
    merged_and_closure,
    officer_drafts,
    officer_referrals,
    person_chronology,
    queue_page_rows,
    referral_detail,
    referral_timeline,
    serial_plans,
    suggested_matches,
)
from referrals.selectors import referral_history as referral_history_entries
from referrals.selectors import sla_policy_history as sla_policy_history_entries
from referrals.sla import current_policy, time_left_words
from referrals.workspace_views import person_workspace, referral_workspace
from vhub.clock import now
from vhub.errors import ActionError
from vhub.http import NOT_RUN, Done, form_action, int_or_none, post_action
from vhub.roles import ACCESS_LOG_ROLES, VHUB_CASE_ROLES, Role

if TYPE_CHECKING:
    from accounts.models import User
    from referrals.models import Referral


@login_required
def my_referrals(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.OFFICER)
    referrals = list(officer_referrals(user=request.user))
    returned = [r for r in referrals if r.status == ReferralStatus.RETURNED_TO_OFFICER]
    unsent = list(officer_drafts(user=request.user))
    record_list_view(
        request.user,
        "my_referrals",
        referrals=[r.pk for r in referrals],
        drafts=[d.pk for d in unsent],
    )
    return render(
        request,
        "referrals/mine.html",
        {
            "drafts": unsent,
            "returned": returned,
            "referrals": [r for r in referrals if r not in returned],
        },
    )


@login_required
@require_POST
def return_to_officer(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    def act(referral: "Referral", data: Any) -> str:
        do_return_to_officer(
            referral, actor=request.user, reason=data["reason"], expected_version=data["version"]
        )
        return f"{reference} returned to {referral.submitted_by}"

    return _caseworker_form_post(request, reference, ReturnToOfficerForm, act)


def _caseworker_form_post(
    request: AuthenticatedHttpRequest, reference: str, form_class: Any, act: Any
) -> HttpResponse:
    """A small form posted from the referral page by hub staff (`post_action`): back to the
    page with the outcome, or the problem, as a message."""
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    referral = access_referral(request.user, reference, "change")
    form = form_class(request.POST)
    return post_action(
        request,
        lambda: act(referral, form.cleaned_data),
        reverse("referrals:detail", args=[reference]),
        form,
    )


@login_required
def queue(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR, Role.MANAGER)
    form = QueueFilterForm(request.GET or None)
    filters = form.to_filters()
    after = QueueCursor.decode(request.GET.get("after", ""))
    # The page's audit event is appended in the read's transaction (two statements fewer than
    # a transaction of its own: its BEGIN and COMMIT); the chain's lock is taken last, as ever.
    with serial_plans():
        rows = queue_page_rows(user=request.user, filters=filters, after=after, limit=PAGE_SIZE + 1)
        has_more = len(rows) > PAGE_SIZE
        rows = rows[:PAGE_SIZE]
        record_list_view(
            request.user,
            "triage_queue",
            referrals=[r.pk for r in rows],
            filters={k: v for k, v in asdict(filters).items() if v},
            after=request.GET.get("after", "") if after is not None else "",
        )
    at = now()
    for row in rows:
        if row.urgent_clock:
            row.urgent_words = time_left_words(row.urgent_clock, at)
    next_page = None
    if has_more:
        params = request.GET.copy()
        last = rows[-1]
        params["after"] = QueueCursor(last.priority_score, last.received_at, last.pk).encode()
        next_page = params.urlencode()
    first_page = request.GET.copy()
    first_page.pop("after", None)
    status = filters.status
    # Selecting (to allocate or close) is for open referrals only.
    can_allocate = request.user.has_role(Role.SUPERVISOR) and status not in ENDED_STATUSES
    context = {
        "form": form,
        "referrals": rows,
        # Filtered to referrals whose work is over: the page says which.
        "ended": ReferralStatus(status).label if status in ENDED_STATUSES else "",
        "next_page": next_page,
        "first_page": first_page.urlencode(),
        "paged": after is not None,
        "can_allocate": can_allocate,
        # Only a supervisor's page shows its choices (referrals/_queue_results.html).
        "allocate_form": (
            AllocateForm(choices=[(r.pk, r.reference) for r in rows]) if can_allocate else None
        ),
    }
    template = "referrals/_queue_results.html" if request.htmx else "referrals/queue.html"
    return render(request, template, context)


@login_required
@require_POST
def next_case(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    referral = do_take_next_case(actor=request.user)
    if referral is None:
        messages.info(request, "There are no unallocated referrals waiting.")
        return redirect("referrals:queue")
    messages.success(
        request,
        f"{referral.reference} is allocated to you. It was the most urgent referral waiting.",
    )
    return redirect("referrals:detail", reference=referral.reference)


@login_required
@require_POST
def allocate(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.SUPERVISOR)
    chosen = request.POST.getlist("referrals")
    referrals = list(Referral.objects.filter(pk__in=[int(c) for c in chosen if c.isdigit()]))
    form = AllocateForm(request.POST, choices=[(str(r.pk), r.reference) for r in referrals])
    if form.is_valid() and request.POST.get("step") != "confirm":
        # First the preview (referrals/bulk_views.py).
        to = form.cleaned_data["allocate_to"]
        return allocation_preview(request, request.user, [r.pk for r in referrals], to)

    def act() -> str:
        to = form.cleaned_data["allocate_to"]
        count = do_allocate_referrals(referrals, actor=request.user, to=to)
        return f"{count} referral{'s' if count != 1 else ''} allocated to {to}"

    back = request.POST.get("back", "")
    queue_url = reverse("referrals:queue")
    return post_action(request, act, f"{queue_url}?{back}" if back else queue_url, form)


@login_required
def detail(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    referral = view_referral(request.user, reference, "view")
    referral_detail(referral)
    merged_duplicates, closure_pending = merged_and_closure(referral)
    user = request.user
    context = {
        "referral": referral,
        "timeline": referral_timeline(referral),
        "can_triage": user.is_vhub_caseworker and referral.status == ReferralStatus.SUBMITTED,
        # The hub only: the officer's initial assessment was sent with the referral.
        "can_assess": user.is_vhub_caseworker
        and referral.status
        in (
            ReferralStatus.SUBMITTED,
            ReferralStatus.IN_TRIAGE,
            ReferralStatus.RETURNED_TO_OFFICER,
            ReferralStatus.RETURNED,
        ),
        "can_share": user.is_vhub_caseworker
        and referral.status in (ReferralStatus.APPROVED, ReferralStatus.SHARED),
        "perms_review": user.has_role(Role.SUPERVISOR),
        "route_form": RouteForm(initial={"agency": referral.local_authority_id}),
        "can_message": user.is_vhub_caseworker,
        **referral_workspace(user, referral),
        "can_return": user.is_vhub_caseworker
        and referral.source == ReferralSource.WEB
        and referral.status in (ReferralStatus.SUBMITTED, ReferralStatus.IN_TRIAGE),
        "return_form": ReturnToOfficerForm(initial={"version": referral.version}),
        "can_close": user.is_vhub_caseworker
        and referral.status in (*OPEN_STATUSES, ReferralStatus.SHARED)
        and referral.status != ReferralStatus.AWAITING_APPROVAL,
        "closure_pending": user.is_vhub_caseworker and closure_pending,
        "can_merge": user.is_vhub_caseworker and can_move(referral.status, ReferralStatus.MERGED),
        "merged_duplicates": merged_duplicates,
        "can_reopen": user.is_vhub_caseworker
        and referral.status in (ReferralStatus.CLOSED, ReferralStatus.NO_FURTHER_ACTION),
        "can_correct": referral.status == ReferralStatus.RETURNED_TO_OFFICER
        and referral.submitted_by_id == user.pk,
        # subject_list is attached by referral_detail (referrals.selectors).
        "adults": [s for s in referral.subject_list if s.role != SubjectRole.CHILD],  # type: ignore[attr-defined]
    }
    # Risk's panel (grades, decisions, flags, signals) and partners' (shares, threads, notices,
    # MARAC, disclosures): referrals/hooks.py.
    for panel in REFERRAL_PAGE_PANELS:
        context.update(panel(referral, user))
    context["more_actions"] = _more_actions(referral, user, context)
    return render(request, "referrals/detail.html", context)


def _more_actions(
    referral: Referral, user: "User", can: dict[str, object]
) -> list[tuple[str, str]]:
    """The referral page's secondary actions, (label, URL), for its "More actions" menu."""
    ref = referral.reference
    actions = []
    if can["can_close"]:
        label = "Closure waiting for sign-off" if can["closure_pending"] else "Close this referral"
        actions.append((label, reverse("referrals:close", args=[ref])))
    elif can["can_reopen"]:
        actions.append(("Reopen this referral", reverse("referrals:reopen", args=[ref])))
    if can["can_merge"] and not can["closure_pending"]:
        label = "Merge into another referral (a duplicate)"
        actions.append((label, reverse("referrals:merge", args=[ref])))
    if user.is_vhub_case_reader:
        history = reverse("referrals:history", args=[ref])
        actions.append(("Change history of this referral", history))
    if user.has_role(*ACCESS_LOG_ROLES):
        log = reverse("audit:referral_log", args=[ref])
        actions.append(("Access log of this referral", log))
    return actions


@login_required
def referral_history(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    """Field-level change history of the referral and its people: VHub case staff only (an
    officer sees their referral, not the hub's working changes to it)."""
    require_role(request.user, *VHUB_CASE_ROLES)
    referral = access_referral(request.user, reference, "view")
    record_event("referral.history_view", actor=request.user, obj=referral, referral=referral)
    return render(
        request,
        "referrals/history.html",
        {"referral": referral, "entries": referral_history_entries(referral)},
    )


@login_required
@require_POST
def start_triage(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    referral = access_referral(request.user, reference, "change")

    def act() -> str:
        version = int_or_none(request.POST.get("version"))
        do_start_triage(referral, actor=request.user, expected_version=version)
        return f"{referral.reference} is in triage and allocated to you"

    return post_action(request, act, reverse("referrals:detail", args=[reference]))


@login_required
def notifications(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The person's own notices: escalations of clocks they are responsible for."""
    notices = list(Notification.objects.filter(user=request.user)[:100])
    # A notice names its referral in its words and link; its references are looked up so the
    # read shows in the referral's access log.
    references = {m for n in notices for m in REFERENCE.findall(f"{n.title} {n.url}")}
    record_list_view(
        request.user,
        "notifications",
        referrals=Referral.objects.filter(reference__in=references).values_list("pk", flat=True)
        if references
        else (),
        notifications=[n.pk for n in notices],
    )
    return render(request, "referrals/notifications.html", {"notices": notices})


@login_required
@require_POST
def notifications_read(request: AuthenticatedHttpRequest) -> HttpResponse:
    Notification.objects.filter(user=request.user, read_at__isnull=True).update(read_at=now())
    messages.success(request, "All notifications marked as read")
    return redirect("notifications")


@login_required
def sla_policy(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.MANAGER)
    policy = current_policy()
    form = SlaPolicyForm(
        request.POST if request.POST.get("form") == "policy" else None, policy=policy
    )
    closure_form = ClosureForm(request.POST if request.POST.get("form") == "closure" else None)

    def publish() -> Done:
        new = do_publish_sla_policy(
            actor=request.user, targets=form.targets(), note=form.cleaned_data["note"]
        )
        return Done(
            f"SLA policy version {new.number} published; open clocks recomputed", "referrals:sla"
        )

    def add_closure_day() -> Done:
        do_add_closure_day(
            actor=request.user,
            day=closure_form.cleaned_data["day"],
            reason=closure_form.cleaned_data["reason"],
        )
        return Done("Closure day added; working-hours clocks recomputed", "referrals:sla")

    posted = NOT_RUN  # at most one of the two forms is posted
    if form.is_bound:
        posted = form_action(request, form, publish)
    elif closure_form.is_bound:
        posted = form_action(request, closure_form, add_closure_day)
    if posted.response is not None:
        return posted.response
    return render(
        request,
        "referrals/sla.html",
        {
            "form": form,
            "closure_form": closure_form,
            "policy": policy,
            "closures": ClosureDay.objects.all(),
            "versions": SlaPolicyVersion.objects.select_related("created_by")[:20],
            "action_error": posted.action_error,
        },
    )


@login_required
def sla_policy_history(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.MANAGER)
    record_event("config.history_view", actor=request.user, details={"config": "sla_policy"})
    history = sla_policy_history_entries()
    return render(
        request,
        "audit/config_history.html",
        {
            "title": "SLA policy",
            "back_url": reverse("referrals:sla"),
            "published": history["published"],
            "edits": history["edits"],
            "edits_heading": "Closure days and other changes",
            "edits_empty": "No closure day has been added or removed.",
        },
    )


@login_required
@require_POST
def sla_closure_remove(request: AuthenticatedHttpRequest, closure_id: int) -> HttpResponse:
    require_role(request.user, Role.MANAGER)
    closure = ClosureDay.objects.filter(pk=closure_id).first()
    if closure is not None:
        do_remove_closure_day(closure, actor=request.user)
        messages.success(request, "Closure day removed; working-hours clocks recomputed")
    return redirect("referrals:sla")


@login_required
def person_detail(request: AuthenticatedHttpRequest, person_id: int) -> HttpResponse:
    """One child's chronology: every referral about them, and whether they are a repeat child."""
    person = access_person(request.user, person_id)
    record_event("person.view", actor=request.user, obj=person)
    chronology = person_chronology(person)
    policy = current_repeat_rule()
    at = now()
    # The repeat-child rule counts incident dates, never when a referral arrived.
    dates = [s.referral.incident_at for s in chronology]
    short = sum(1 for d in dates if d >= at - timedelta(days=policy.repeat_short_days))
    long = sum(1 for d in dates if d >= at - timedelta(days=policy.repeat_long_days))
    return render(
        request,
        "referrals/person.html",
        {
            "person": person,
            "chronology": chronology,
            "merged": list(person.merged_records.all()),
            "short": short,
            "long": long,
            "policy": policy,
            "repeat": short >= policy.repeat_short_count or long >= policy.repeat_long_count,
            **person_workspace(request.user, person),
        },
    )


@login_required
@require_POST
def decide_match(request: AuthenticatedHttpRequest, match_id: int) -> HttpResponse:
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    match = PersonMatch.objects.select_related("subject__referral").filter(pk=match_id).first()
    if match is None:
        raise Http404("No such match")
    reference = match.subject.referral.reference
    access_referral(request.user, reference, "change")
    confirm = request.POST.get("decision") == "confirm"

    def act() -> str:
        do_decide_match(match, actor=request.user, confirm=confirm)
        if confirm:
            return f"Linked to the known record of {match.candidate.full_name}"
        return "Possible match rejected"

    return post_action(request, act, reverse("referrals:detail", args=[reference]))


def _match_filters(params: Any) -> dict[str, Any]:
    return {
        "import_job": int_or_none(params.get("import")),
        "probable_only": params.get("probable") == "1",
    }


def _matches_url(filters: dict[str, object]) -> str:
    query = []
    if filters["import_job"] is not None:
        query.append(f"import={filters['import_job']}")
    if filters["probable_only"]:
        query.append("probable=1")
    return reverse("referrals:matches") + (f"?{'&'.join(query)}" if query else "")


@login_required
def matches(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Suggested matches waiting for a decision (all, or one import's), to confirm in bulk."""
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    filters = _match_filters(request.GET)
    job = (
        ImportJob.objects.filter(pk=filters["import_job"]).first()
        if filters["import_job"] is not None
        else None
    )
    rows = list(suggested_matches(**filters)[:MATCHES_PAGE])
    record_list_view(
        request.user,
        "matches",
        referrals=[m.subject.referral_id for m in rows],
        people=[p for m in rows for p in (m.subject.person_id, m.candidate_id)],
    )
    return render(
        request,
        "referrals/matches.html",
        {
            "matches": rows,
            "job": job,
            "filters": filters,
            "page_size": MATCHES_PAGE,
            "all_url": _matches_url({**filters, "probable_only": False}),
            "probable_url": _matches_url({**filters, "probable_only": True}),
        },
    )


@login_required
@require_POST
def confirm_matches(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Bulk confirmation in two steps: the selected matches are shown (the preview), then
    confirmed with a second press; each decision is audited by the action."""
    return _decide_matches(request, confirm=True)


@login_required
@require_POST
def reject_matches(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Bulk rejection, the same two steps: the preview, then the rejection; each decision is
    audited by the action."""
    return _decide_matches(request, confirm=False)


def _decide_matches(request: AuthenticatedHttpRequest, *, confirm: bool) -> HttpResponse:
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    verb = "confirm" if confirm else "reject"
    filters = _match_filters(request.POST)
    back = _matches_url(filters)
    ids = [i for i in (int_or_none(v) for v in request.POST.getlist("match")) if i is not None]
    selected = list(suggested_matches(ids=ids)) if ids else []
    if not selected:
        messages.error(request, f"Select the matches to {verb}")
        return redirect(back)
    if request.POST.get("decision") != verb:
        record_list_view(
            request.user,
            "matches_preview",
            referrals=[m.subject.referral_id for m in selected],
            people=[p for m in selected for p in (m.subject.person_id, m.candidate_id)],
        )
        return render(
            request,
            "referrals/matches_confirm.html",
            {"matches": selected, "filters": filters, "back": back, "confirm": confirm},
        )
    action = do_confirm_matches if confirm else do_reject_matches
    decided, skipped = action(selected, actor=request.user)
    text = f"{len(decided)} match{'es' if len(decided) != 1 else ''} {verb}ed"
    if skipped:
        text += f"; {len(skipped)} skipped: " + "; ".join(
            f"{m.subject.person.full_name} and {m.candidate.full_name}: {reason}"
            for m, reason in skipped
        )
    messages.success(request, text)
    return redirect(back)


@login_required
@require_POST
def route_referral(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    def act(referral: "Referral", data: Any) -> str:
        do_route_referral(
            referral, actor=request.user, agency=data["agency"], reason=data["reason"]
        )
        return f"{reference} now goes to {data['agency']}"

    return _caseworker_form_post(request, reference, RouteForm, act)


@login_required
def imports(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.MANAGER)
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        job = do_start_import(actor=request.user, upload=form.cleaned_data["file"])
        messages.success(request, f"{job.original_name} uploaded: the import has started")
        return redirect("referrals:import_job", job_id=job.pk)
    jobs = list(ImportJob.objects.select_related("uploaded_by")[:20])
    record_list_view(request.user, "imports", imports=[j.pk for j in jobs])
    return render(request, "referrals/imports.html", {"form": form, "jobs": jobs})


@login_required
def import_job(request: AuthenticatedHttpRequest, job_id: int) -> HttpResponse:
    job = access_import_job(request.user, job_id)
    # The rows to fix quote what the file held; the page polls while the import runs, and each
    # answer is a read of what it shows then.
    record_list_view(request.user, "import_job", obj=job, rows_to_fix=len(job.errors))
    if request.htmx:
        return render(request, "referrals/_import_progress.html", {"job": job})
    # The possible matches among its referrals, to confirm in bulk from the matches list.
    waiting = PersonMatch.objects.filter(
        status=MatchStatus.SUGGESTED,
        subject__referral__import_job=job,
        subject__referral__status__in=OPEN_STATUSES,
    ).aggregate(total=Count("id"), probable=Count("id", filter=Q(probable=True)))
    return render(request, "referrals/import_job.html", {"job": job, "matches": waiting})


@login_required
def close_referral(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    """Close a referral with an outcome and a rationale; or, when a closure is waiting for
    sign-off, show it, and let a supervisor other than the one who asked decide on it."""
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    referral = view_referral(request.user, reference, "change")
    pending = (
        referral.closure_requests.filter(state=ClosureRequestState.PENDING)
        .select_related("outcome", "requested_by")
        .first()
    )
    back = reverse("referrals:detail", args=[reference])

    def close() -> Done:
        closure = do_close_referral(
            referral,
            actor=request.user,
            outcome=form.cleaned_data["outcome"],
            rationale=form.cleaned_data["rationale"],
            expected_version=form.cleaned_data["version"],
        )
        if closure.state == ClosureRequestState.CLOSED:
            return Done(f"{reference} closed: {closure.outcome.label}", back)
        return Done(f"Closure of {reference} sent to a supervisor for sign-off", back)

    def sign_off(pending: ClosureRequest) -> Done:
        approve = form.cleaned_data["decision"] == "approve"
        do_decide_closure(
            pending, actor=request.user, approve=approve, note=form.cleaned_data["note"]
        )
        if approve:
            return Done(f"Closure of {reference} signed off", back)
        return Done(f"Closure of {reference} refused: the referral stays open", back)

    if pending is None:
        form: forms.Form = CloseReferralForm(
            request.POST or None, initial={"version": referral.version}
        )
        posted = form_action(request, form, close)
    else:
        form = SignOffClosureForm(request.POST or None)
        waiting = pending
        posted = form_action(request, form, lambda: sign_off(waiting))
    if posted.response is not None:
        return posted.response
    return render(
        request,
        "referrals/close.html",
        {
            "referral": referral,
            "pending": pending,
            "form": form,
            "action_error": posted.action_error,
            "needs_sign_off": pending is None and closure_needs_sign_off(referral),
            "can_sign_off": pending is not None
            and request.user.has_role(Role.SUPERVISOR)
            and pending.requested_by_id != request.user.pk,
        },
    )


BULK_CLOSE_MOST = 200  # four pages of the queue


@login_required
@require_POST
def bulk_close(request: AuthenticatedHttpRequest) -> HttpResponse:
    """A supervisor closes the referrals selected in the queue: one outcome and rationale, then
    a preview of each (what it is, whether it needs sign-off, or why it cannot close), then
    the confirmation. Each closure is do_close_referral's, audited on its own."""
    require_role(request.user, Role.SUPERVISOR)
    back = request.POST.get("back", "")
    queue_url = f"{reverse('referrals:queue')}?{back}" if back else reverse("referrals:queue")
    ids = [i for i in (int_or_none(v) for v in request.POST.getlist("referrals")) if i]
    # Each row is annotated (closure_pending, shared) and gets the preview's verdicts.
    rows: list[Any] = list(bulk_close_referrals(ids[:BULK_CLOSE_MOST])) if ids else []
    if not rows:
        messages.error(request, "Select the referrals to close")
        return redirect(queue_url)
    if len(ids) > BULK_CLOSE_MOST:
        messages.error(request, f"Close at most {BULK_CLOSE_MOST} referrals at a time")
        return redirect(queue_url)
    step = request.POST.get("step", "")
    if step in ("preview", "confirm"):
        form = BulkCloseForm(request.POST)
    else:  # from the queue, or back from the preview to change the outcome or rationale
        chosen = {k: request.POST.get(k) for k in ("outcome", "rationale") if request.POST.get(k)}
        form = BulkCloseForm(initial=chosen)
    if not form.is_valid():
        record_list_view(request.user, "bulk_close", referrals=[r.pk for r in rows])
        return render(
            request,
            "referrals/bulk_close.html",
            {"rows": rows, "form": form, "back": back, "list_url": queue_url},
        )
    outcome, rationale = form.cleaned_data["outcome"], form.cleaned_data["rationale"]
    for r in rows:
        r.refusal = closure_refusal(r, outcome, pending=r.closure_pending)
        r.needs_sign_off = not r.refusal and closure_needs_sign_off(r, shared=r.shared)
    closing = [r for r in rows if not r.refusal]
    # The confirmation tries those the preview said would close (it sent their versions);
    # one that cannot close now, or changed since, is skipped and named.
    confirmed = [r for r in rows if f"version-{r.pk}" in request.POST]
    if step == "confirm" and confirmed:
        versions = {r.pk: int_or_none(request.POST[f"version-{r.pk}"]) for r in confirmed}
        closures, skipped = do_close_referrals(
            confirmed, actor=request.user, outcome=outcome, rationale=rationale, versions=versions
        )
        closed = [c for c in closures if c.state == ClosureRequestState.CLOSED]
        waiting = len(closures) - len(closed)
        text = f"{len(closed)} referral{'s' if len(closed) != 1 else ''} closed: {outcome.label}"
        if waiting:
            text += f"; {waiting} sent to another supervisor for sign-off"
        messages.success(request, text)
        for referral, reason in skipped:
            messages.error(request, f"{referral.reference} was not closed: {reason}")
        return redirect(queue_url)
    record_list_view(request.user, "bulk_close_preview", referrals=[r.pk for r in rows])
    return render(
        request,
        "referrals/bulk_close.html",
        {
            "rows": rows,
            "form": form,
            "back": back,
            "list_url": queue_url,
            "preview": True,
            "outcome": outcome,
            "applying": closing,
        },
    )


@login_required
def reopen_referral(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    referral = view_referral(request.user, reference, "change")
    form = ReopenReferralForm(request.POST or None, initial={"version": referral.version})

    def reopen() -> Done:
        do_reopen_referral(
            referral,
            actor=request.user,
            reason=form.cleaned_data["reason"],
            expected_version=form.cleaned_data["version"],
        )
        return Done(
            f"{reference} reopened and back in triage",
            reverse("referrals:detail", args=[reference]),
        )

    if (posted := form_action(request, form, reopen)).response is not None:
        return posted.response
    return render(
        request,
        "referrals/reopen.html",
        {"referral": referral, "form": form, "action_error": posted.action_error},
    )


@login_required
def closures_waiting(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Closures waiting for a supervisor's sign-off, oldest first."""
    require_role(request.user, Role.SUPERVISOR)
    rows = list(closures_awaiting_sign_off()[:200])
    record_list_view(request.user, "closures", referrals=[c.referral_id for c in rows])
    return render(request, "referrals/closures.html", {"closures": rows})


@login_required
def merge_referral(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    """Merge this referral, a duplicate, into the one it duplicates."""
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    referral = view_referral(request.user, reference, "change")
    form = MergeReferralForm(request.POST or None, initial={"version": referral.version})

    def merge() -> Done:
        wanted = form.cleaned_data["survivor"]
        try:
            # The same lookup (and audited refusal) as opening that referral's page.
            survivor = access_referral(request.user, wanted, "view")
        except Http404:
            raise ActionError(
                f"No referral {wanted} was found: check the reference, like VH-2026-000123",
                field="survivor",
            ) from None
        do_merge_referral(
            referral,
            actor=request.user,
            survivor=survivor,
            reason=form.cleaned_data["reason"],
            expected_version=form.cleaned_data["version"],
        )
        return Done(
            f"{reference} merged into {survivor.reference}",
            reverse("referrals:detail", args=[survivor.reference]),
        )

    if (posted := form_action(request, form, merge)).response is not None:
        return posted.response
    return render(
        request,
        "referrals/merge.html",
        {"referral": referral, "form": form, "action_error": posted.action_error},
    )
