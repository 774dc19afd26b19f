"""Reads of the audit trail: the auditor's search, access logs, retention queue, subject access."""

from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from audit.models import AuditEvent, RetentionReview, RetentionStatus
from referrals.models import Person, Referral, ReferralSubject

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


def person_ids(person: Person) -> list[int]:
    """The person and every duplicate record merged into them."""
    return [person.pk, *Person.objects.filter(merged_into=person).values_list("pk", flat=True)]


def _denied(object_type: str, object_ids: list[str]) -> Q:
    """Refused attempts on these records: a denial names what was asked for in its details,
    because a refused reader must not learn (and the event cannot link) the record itself."""
    return Q(
        action="access.denied",
        details__object_type=object_type,
        details__object_id__in=object_ids,
    )


def person_access_log(person: Person, ids: list[int], *, before: int | None = None):  # type: ignore[no-untyped-def]
    """Every event touching the person record (or a duplicate merged into it) or any referral
    the person is a subject of, refused attempts included, newest first."""
    subjects = ReferralSubject.objects.filter(person_id__in=ids)
    references = list(subjects.values_list("referral__reference", flat=True))
    person_keys = [str(i) for i in ids]
    events = (
        AuditEvent.objects.filter(
            Q(referral_id__in=subjects.values("referral_id"))
            | Q(object_type="referrals.person", object_id__in=person_keys)
            | _denied("referrals.person", person_keys)
            | _denied("referrals.referral", references)
        )
        .select_related("referral", "agency")
        .order_by("-id")
    )
    if before is not None:
        events = events.filter(id__lt=before)
    return events


def referral_access_log(referral: Referral, *, before: int | None = None) -> QuerySet[AuditEvent]:
    events = (
        AuditEvent.objects.filter(
            Q(referral=referral) | _denied("referrals.referral", [referral.reference])
        )
        .select_related("agency")
        .order_by("-id")
    )
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
