"""Reads of the audit trail: the auditor's search, access logs, retention queue, subject access."""

from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from audit.actions import LIST_VIEW
from audit.models import AuditEvent, RetentionReview, RetentionStatus

PAGE_SIZE = 50
# Reads of case data: what "who has seen this child" highlights.
READ_ACTIONS = (
    "referral.view",
    "person.view",
    "assessment.view",
    "share.view",
    "share.download",
    "flag.view",
    "audit.person_log_view",
    "audit.referral_log_view",
    "person.subject_access",
    "quality_audit.view",
    "referral.history_view",
    "assessment.history_view",
    "share.history_view",
    "referral_draft.view",
    "isr.view",
    "isr.download",
    "encompass.view",
    "retention.view",
    "disclosures.export",
    "import_scan.export",
    # Lists (audit.actions.record_list_view); risk.list_view is what the approvals and review
    # lists wrote before every list used case_list.view.
    LIST_VIEW,
    "risk.list_view",
    "marac.list_view",
    "retention.queue_view",
    "quality_audit.feedback_view",
    "dashboard.view",
    "dashboard.export",
)


@dataclass(frozen=True)
class EventFilters:
    actor: str = ""
    agency: int | None = None
    action: str = ""
    object_type: str = ""
    object_id: str = ""
    referral: str = ""  # a reference, VH-2026-000123
    date_from: date | None = None
    date_to: date | None = None

    def as_details(self) -> dict[str, Any]:
        """The filters as they go into the audit event of the search itself."""
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(self).items()}


def _day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def search_events(filters: EventFilters, *, before: int | None = None) -> QuerySet[AuditEvent]:
    """Events matching every filter, newest first; `before` is the keyset cursor (an event id),
    so page 500 costs what page 1 costs."""
    f = filters
    events = AuditEvent.objects.select_related("referral", "agency").order_by("-id")
    if f.actor:
        events = events.filter(actor_label__iexact=f.actor.strip())
    if f.agency:
        events = events.filter(agency_id=f.agency)
    if f.action:
        events = events.filter(action=f.action)
    if f.object_type:
        events = events.filter(object_type=f.object_type)
    if f.object_id:
        events = events.filter(object_id=f.object_id.strip())
    if f.referral:
        events = events.filter(referral__reference=f.referral.strip().upper())
    if f.date_from:
        events = events.filter(occurred_at__gte=_day_start(f.date_from))
    if f.date_to:
        events = events.filter(occurred_at__lt=_day_start(f.date_to + timedelta(days=1)))
    if before is not None:
        events = events.filter(id__lt=before)
    return events


def retention_queue(*, today: date) -> QuerySet[RetentionReview]:
    """Referrals whose retention review is due, oldest due first."""
    return (
        RetentionReview.objects.filter(review_due__lte=today)
        .exclude(status=RetentionStatus.MARKED_FOR_DISPOSAL)
        .select_related("referral__incident_type", "decided_by")
        .order_by("review_due", "id")
    )


def marked_for_disposal() -> QuerySet[RetentionReview]:
    return (
        RetentionReview.objects.filter(status=RetentionStatus.MARKED_FOR_DISPOSAL)
        .select_related("referral", "decided_by")
        .order_by("decided_at", "id")
    )


def page_of(events: QuerySet[AuditEvent]) -> tuple[list[AuditEvent], int | None]:
    """One page and the cursor for the next (None on the last page)."""
    rows = list(events[: PAGE_SIZE + 1])
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    return rows, (rows[-1].pk if more else None)
