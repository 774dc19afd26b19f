"""The audit pages: the auditor's search and CSV export, "who has seen this child", a referral's
access log, the retention review queue and subject-access exports (docs/audit.md)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.utils import timezone

if TYPE_CHECKING:  # annotations only: accounts sits above audit
    from accounts.http import AuthenticatedHttpRequest

from audit.actions import (
    do_mark_for_disposal,
    do_retain_referral,
    record_denial,
    record_event,
    record_list_view,
)
from audit.denials import require_role
from audit.forms import EventSearchForm, RetentionDecisionForm
from audit.labels import action_label
from audit.models import RetentionReview
from audit.retention_hooks import retention_holdings
from audit.selectors import (
    marked_for_disposal,
    page_of,
    retention_queue,
    search_events,
)
from vhub.clock import now
from vhub.csv_export import csv_response
from vhub.http import Done, form_action, int_or_none
from vhub.roles import RETENTION_ROLES, Role

CSV_EXPORT_LIMIT = 100_000


def _paging(request: AuthenticatedHttpRequest, cursor: int | None) -> dict[str, object]:
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
def events(request: AuthenticatedHttpRequest) -> HttpResponse:
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
def events_csv(request: AuthenticatedHttpRequest) -> HttpResponseBase:
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
def retention(request: AuthenticatedHttpRequest) -> HttpResponse:
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
def retention_decide(request: AuthenticatedHttpRequest, review_id: int) -> HttpResponse:
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

    def decide() -> Done:
        c = form.cleaned_data
        reference = review.referral.reference
        if c["decision"] == "retain":
            do_retain_referral(
                review, actor=request.user, reason=c["reason"], next_review=c["next_review"]
            )
            said = f"{reference} kept; next review {c['next_review']:%-d %B %Y}"
        else:
            do_mark_for_disposal(review, actor=request.user, reason=c["reason"])
            said = f"{reference} marked for disposal"
        return Done(said, "audit:retention")

    if (posted := form_action(request, form, decide)).response is not None:
        return posted.response
    return render(
        request,
        "audit/retention_decide.html",
        {
            "review": review,
            "holdings": retention_holdings(review.referral_id),
            "form": form,
            "action_error": posted.action_error,
        },
    )
