"""The audit pages: the auditor's search and CSV export, "who has seen this child", a referral's
access log, the retention review queue and subject-access exports (docs/audit.md)."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from audit.access import (
    ACCESS_LOG_ROLES,
    RETENTION_ROLES,
    SUBJECT_ACCESS_ROLES,
    access_person_for,
    access_referral_log,
)
from audit.actions import (
    do_mark_for_disposal,
    do_retain_referral,
    record_denial,
    record_event,
    record_list_view,
)
from audit.forms import EventSearchForm, RetentionDecisionForm
from audit.labels import action_label
from audit.models import RetentionReview
from audit.retention import retention_holdings
from audit.selectors import (
    READ_ACTIONS,
    marked_for_disposal,
    page_of,
    person_access_log,
    person_ids,
    referral_access_log,
    retention_queue,
    search_events,
)
from audit.subject_access import subject_access_data, subject_access_pdf
from vhub.clock import now
from vhub.csv_export import csv_response
from vhub.errors import ActionError
from vhub.http import int_or_none, require_role, show_action_error
from vhub.roles import Role

CSV_EXPORT_LIMIT = 100_000


def _paging(request, cursor: int | None) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Links to the next (older) page and back to the first, keeping the search."""
    first = request.GET.copy()
    first.pop("before", None)
    following = None
    if cursor is not None:
        params = first.copy()
        params["before"] = str(cursor)
        following = params.urlencode()
    return {
        "next_page": following,
        "first_page": first.urlencode(),
        "paged": "before" in request.GET,
    }


@login_required
def events(request):  # type: ignore[no-untyped-def]
    require_role(request.user, Role.AUDITOR)
    form = EventSearchForm(request.GET or None)
    filters = form.to_filters()
    rows, cursor = page_of(search_events(filters, before=int_or_none(request.GET.get("before"))))
    record_event("audit.view", actor=request.user, details=filters.as_details())
    return render(
        request,
        "audit/events.html",
        {
            "form": form,
            "events": rows,
            **_paging(request, cursor),
        },
    )


@login_required
def events_csv(request):  # type: ignore[no-untyped-def]
    """The search's results as CSV, streamed; the export itself is an audit event."""
    require_role(request.user, Role.AUDITOR)
    form = EventSearchForm(request.GET or None)
    filters = form.to_filters()
    record_event(
        "audit.export", actor=request.user, details={**filters.as_details(), "format": "csv"}
    )
    rows = search_events(filters)[:CSV_EXPORT_LIMIT]
    header = [
        "event",
        "occurred_at",
        "actor",
        "agency",
        "action",
        "what",
        "object_type",
        "object_id",
        "referral",
        "ip",
        "user_agent",
        "details",
        "hash",
    ]
    lines = (
        (
            e.pk,
            timezone.localtime(e.occurred_at).isoformat(),
            e.actor_label,
            e.agency.name if e.agency else "",
            e.action,
            action_label(e.action),
            e.object_type,
            e.object_id,
            e.referral.reference if e.referral else "",
            e.ip or "",
            e.user_agent,
            json.dumps(e.details, ensure_ascii=False, sort_keys=True),
            e.hash,
        )
        for e in rows.iterator(chunk_size=2000)
    )
    stamp = timezone.localtime(now()).strftime("%Y%m%d-%H%M")
    return csv_response(header, lines, filename=f"audit-events-{stamp}.csv", stream=True)


@login_required
def person_log(request, person_id: int):  # type: ignore[no-untyped-def]
    """Who has seen this child: every event on the person or any referral they are part of."""
    person = access_person_for(request.user, person_id, ACCESS_LOG_ROLES)
    ids = person_ids(person)
    record_event("audit.person_log_view", actor=request.user, obj=person)
    rows, cursor = page_of(
        person_access_log(person, ids, before=int_or_none(request.GET.get("before")))
    )
    return render(
        request,
        "audit/person_log.html",
        {
            "person": person,
            "events": rows,
            "reads": READ_ACTIONS,
            **_paging(request, cursor),
            "can_export": request.user.has_role(*SUBJECT_ACCESS_ROLES),
        },
    )


@login_required
def referral_log(request, reference: str):  # type: ignore[no-untyped-def]
    referral = access_referral_log(request.user, reference)
    record_event("audit.referral_log_view", actor=request.user, obj=referral, referral=referral)
    rows, cursor = page_of(
        referral_access_log(referral, before=int_or_none(request.GET.get("before")))
    )
    return render(
        request,
        "audit/referral_log.html",
        {
            "referral": referral,
            "retention": RetentionReview.objects.filter(referral=referral).first(),
            "events": rows,
            "reads": READ_ACTIONS,
            **_paging(request, cursor),
        },
    )


@login_required
def retention(request):  # type: ignore[no-untyped-def]
    require_role(request.user, *RETENTION_ROLES)
    due = list(retention_queue(today=timezone.localdate(now()))[:200])
    marked = list(marked_for_disposal()[:200])
    record_list_view(
        request.user,
        "retention",
        action="retention.queue_view",
        referrals=[r.referral_id for r in (*due, *marked)],
        due=len(due),
    )
    return render(request, "audit/retention.html", {"due": due, "marked": marked})


@login_required
def retention_decide(request, review_id: int):  # type: ignore[no-untyped-def]
    require_role(request.user, *RETENTION_ROLES)
    review = (
        RetentionReview.objects.select_related("referral__incident_type")
        .filter(pk=review_id)
        .first()
    )
    if review is None:
        record_denial(
            request.user,
            object_type="audit.retentionreview",
            object_id=review_id,
            reason="not found",
        )
        raise Http404("No such retention review")
    record_event("retention.view", actor=request.user, obj=review, referral=review.referral)
    form = RetentionDecisionForm(request.POST or None)
    action_error = None
    if request.method == "POST" and form.is_valid():
        c = form.cleaned_data
        try:
            if c["decision"] == "retain":
                do_retain_referral(
                    review, actor=request.user, reason=c["reason"], next_review=c["next_review"]
                )
                messages.success(
                    request,
                    f"{review.referral.reference} kept; next review {c['next_review']:%-d %B %Y}",
                )
            else:
                do_mark_for_disposal(review, actor=request.user, reason=c["reason"])
                messages.success(request, f"{review.referral.reference} marked for disposal")
        except ActionError as exc:
            action_error = show_action_error(form, exc)
        else:
            return redirect("audit:retention")
    return render(
        request,
        "audit/retention_decide.html",
        {
            "review": review,
            "holdings": retention_holdings(review.referral),
            "form": form,
            "action_error": action_error,
        },
    )


@login_required
def subject_access(request, person_id: int):  # type: ignore[no-untyped-def]
    """The subject-access page: what will be exported, and the two downloads."""
    person = access_person_for(request.user, person_id, SUBJECT_ACCESS_ROLES)
    record_event(
        "person.subject_access", actor=request.user, obj=person, details={"format": "page"}
    )
    data = subject_access_data(person)
    return render(request, "audit/subject_access.html", {"person": person, "data": data})


@login_required
def subject_access_export(request, person_id: int, fmt: str):  # type: ignore[no-untyped-def]
    person = access_person_for(request.user, person_id, SUBJECT_ACCESS_ROLES)
    if fmt not in ("pdf", "json"):
        raise Http404("Choose PDF or JSON")
    record_event("person.subject_access", actor=request.user, obj=person, details={"format": fmt})
    data = subject_access_data(person)
    stamp = timezone.localtime(now()).strftime("%Y%m%d")
    if fmt == "json":
        body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        response = HttpResponse(subject_access_pdf(person, data), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="subject-access-person-{person.pk}-{stamp}.{fmt}"'
    )
    return response
