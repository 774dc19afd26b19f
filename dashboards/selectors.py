"""Every figure of the performance dashboard, each one SQL aggregation (DESIGN.md §8).

No function here loads referrals into Python: each returns grouped counts, a handful of rows
(the most overdue clocks, the top repeat children) or a single number. Definitions are in
docs/dashboards.md; the tests in tests/dashboards assert them on seeded data.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import (
    Aggregate,
    Case,
    CharField,
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    FloatField,
    Max,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Cast, Extract, TruncDate

from audit.models import AuditEvent
from partners.models import Share
from referrals.calendars import LONDON
from referrals.models import (
    OPEN_STATUSES,
    ClockKind,
    ClockState,
    Referral,
    ReferralStatus,
    ReferralSubject,
    SlaClock,
    SubjectRole,
)
from referrals.selectors import QueueFilters, triage_queue
from risk.grades import Grade
from risk.models import FlagStatus, UnderGradingFlag
from risk.selectors import review_list

# A referral leaves the backlog when it moves from an open status to one of these.
EXIT_STATUSES = (
    ReferralStatus.SHARED,
    ReferralStatus.NO_FURTHER_ACTION,
    ReferralStatus.CLOSED,
    ReferralStatus.MERGED,
)
GRADES = [Grade.HIGH.value, Grade.MEDIUM.value, Grade.STANDARD.value, ""]
GRADE_LABELS = {**{g.value: g.label for g in Grade}, "": "Not graded yet"}

# The backlog age buckets: (label, lower bound inclusive, upper bound exclusive), in real time
# since the referral was received.
AGE_BUCKETS: list[tuple[str, timedelta, timedelta | None]] = [
    ("Under 1 day", timedelta(0), timedelta(days=1)),
    ("1 to 3 days", timedelta(days=1), timedelta(days=3)),
    ("3 to 7 days", timedelta(days=3), timedelta(days=7)),
    ("7 to 14 days", timedelta(days=7), timedelta(days=14)),
    ("14 to 28 days", timedelta(days=14), timedelta(days=28)),
    ("28 days or more", timedelta(days=28), None),
]


@dataclass(frozen=True)
class DashboardFilters:
    """Local authority (None: every area) and an inclusive range of London dates."""

    start: date
    end: date
    local_authority: int | None = None

    @property
    def start_at(self) -> datetime:
        return london_midnight(self.start)

    @property
    def end_at(self) -> datetime:
        """Exclusive: midnight at the end of the last day."""
        return london_midnight(self.end + timedelta(days=1))

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]


def london_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=LONDON)


class Percentile(Aggregate):
    """PostgreSQL's percentile_cont, an ordered-set aggregate (continuous: interpolated)."""

    function = "percentile_cont"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression, fraction: float, **extra):  # type: ignore[no-untyped-def]
        super().__init__(expression, fraction=float(fraction), **extra)


def grade_expression(prefix: str = "") -> Case:
    """The referral's grade as the queue shows it: the approved grade, or the provisional grade
    until one is approved; '' when neither exists."""
    current, provisional = f"{prefix}current_grade", f"{prefix}provisional_grade"
    return Case(
        When(~Q(**{current: ""}), then=F(current)),
        default=F(provisional),
        output_field=CharField(),
    )


def _in_area(rows: QuerySet, f: DashboardFilters, path: str = "local_authority_id") -> QuerySet:  # type: ignore[type-arg]
    return rows.filter(**{path: f.local_authority}) if f.local_authority else rows


def open_referrals(f: DashboardFilters) -> QuerySet[Referral]:
    return _in_area(Referral.objects.filter(status__in=OPEN_STATUSES), f)


# --- 1. The backlog ------------------------------------------------------------------------------


def open_by_status_and_grade(f: DashboardFilters) -> dict[tuple[str, str], int]:
    """{(status, grade): count} of open referrals now (one query)."""
    rows = (
        open_referrals(f)
        .annotate(grade=grade_expression())
        .values("status", "grade")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {(r["status"], r["grade"]): r["n"] for r in rows}


def backlog_age_profile(f: DashboardFilters, at: datetime) -> dict[tuple[str, str], int]:
    """{(bucket label, grade): count} of open referrals by time since receipt (one query)."""
    whens = []
    for label, low, high in AGE_BUCKETS:
        condition = Q(received_at__lte=at - low)
        if high is not None:
            condition &= Q(received_at__gt=at - high)
        whens.append(When(condition, then=Value(label)))
    rows = (
        open_referrals(f)
        .annotate(
            bucket=Case(*whens, default=Value(AGE_BUCKETS[0][0]), output_field=CharField()),
            grade=grade_expression(),
        )
        .values("bucket", "grade")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {(r["bucket"], r["grade"]): r["n"] for r in rows}


# --- 2. Inflow and throughput --------------------------------------------------------------------


def exit_events() -> QuerySet[AuditEvent]:
    """The audit events of referrals leaving the backlog: a transition from an open status to
    shared, no further action, closed or merged. The audit trail is the record of when each
    status change happened."""
    return AuditEvent.objects.filter(
        action="referral.transition",
        details__from__in=[s.value for s in OPEN_STATUSES],
        details__to__in=[s.value for s in EXIT_STATUSES],
    )


def inflow_count(f: DashboardFilters, start: datetime, end: datetime) -> int:
    return _in_area(Referral.objects.filter(received_at__gte=start, received_at__lt=end), f).count()


def throughput_count(f: DashboardFilters, start: datetime, end: datetime) -> int:
    return _in_area(
        exit_events().filter(occurred_at__gte=start, occurred_at__lt=end),
        f,
        "referral__local_authority_id",
    ).count()


def flow_per_day(f: DashboardFilters) -> list[tuple[date, int, int]]:
    """[(London date, referrals received, referrals that left the backlog)] for every day of
    the range, zeros included (two queries)."""
    received = (
        _in_area(Referral.objects.filter(received_at__gte=f.start_at, received_at__lt=f.end_at), f)
        .annotate(day=TruncDate("received_at", tzinfo=LONDON))
        .values("day")
        .annotate(n=Count("id"))
        .order_by()
    )
    left = (
        _in_area(
            exit_events().filter(occurred_at__gte=f.start_at, occurred_at__lt=f.end_at),
            f,
            "referral__local_authority_id",
        )
        .annotate(day=TruncDate("occurred_at", tzinfo=LONDON))
        .values("day")
        .annotate(n=Count("id"))
        .order_by()
    )
    inflow = {r["day"]: r["n"] for r in received}
    outflow = {r["day"]: r["n"] for r in left}
    return [(day, inflow.get(day, 0), outflow.get(day, 0)) for day in f.days]


# --- 3. SLA compliance and breaches --------------------------------------------------------------


@dataclass(frozen=True)
class Compliance:
    key: str
    label: str
    closed: int
    within: int

    @property
    def late(self) -> int:
        return self.closed - self.within

    @property
    def percent(self) -> float | None:
        return round(100 * self.within / self.closed, 1) if self.closed else None


def closed_clocks(f: DashboardFilters) -> QuerySet[SlaClock]:
    """Clocks stopped as met (on time or late) in the period; cancelled clocks ('no longer
    needed') are left out, and so are clocks still running."""
    return _in_area(
        SlaClock.objects.filter(state=ClockState.MET, met_at__gte=f.start_at, met_at__lt=f.end_at),
        f,
        "referral__local_authority_id",
    )


_WITHIN = Count("id", filter=Q(breached_at__isnull=True))


def compliance_by(f: DashboardFilters, dimension: str) -> list[Compliance]:
    """Met within target / all closed clocks, by 'kind', 'grade' or 'agency' (one query)."""
    clocks = closed_clocks(f)
    if dimension == "agency":
        clocks = clocks.filter(share__isnull=False)
        field, labels = "share__agency__name", None
    elif dimension == "grade":
        field, labels = "grade_used", GRADE_LABELS
    else:
        field, labels = "kind", dict(ClockKind.choices)
    rows = clocks.values(field).annotate(closed=Count("id"), within=_WITHIN).order_by(field)
    result = [
        Compliance(r[field], (labels or {}).get(r[field], r[field]), r["closed"], r["within"])
        for r in rows
    ]
    if dimension != "agency":  # grades high first; clocks in the order of the pathway
        keys = GRADES if dimension == "grade" else list(ClockKind.values)
        order = {k: i for i, k in enumerate(keys)}
        result.sort(key=lambda c: order.get(c.key, len(order)))
    return result


def breaches_now(f: DashboardFilters) -> dict[tuple[str, str], int]:
    """{(clock kind, grade used): count} of clocks breached and still running (one query)."""
    rows = (
        _in_area(
            SlaClock.objects.filter(state=ClockState.BREACHED), f, "referral__local_authority_id"
        )
        .values("kind", "grade_used")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {(r["kind"], r["grade_used"]): r["n"] for r in rows}


def most_overdue(f: DashboardFilters, limit: int = 15) -> list[SlaClock]:
    return list(
        _in_area(
            SlaClock.objects.filter(state=ClockState.BREACHED), f, "referral__local_authority_id"
        )
        .select_related("referral", "share__agency")
        .order_by("due_at", "id")[:limit]
    )


# --- 4. Partner acknowledgement times ------------------------------------------------------------


@dataclass(frozen=True)
class AckTimes:
    agency: str
    shares: int
    acknowledged: int
    median_hours: float | None
    p90_hours: float | None
    clocks_closed: int
    clocks_within: int

    @property
    def waiting(self) -> int:
        return self.shares - self.acknowledged

    @property
    def percent_within(self) -> float | None:
        if not self.clocks_closed:
            return None
        return round(100 * self.clocks_within / self.clocks_closed, 1)


def partner_ack_times(f: DashboardFilters) -> list[AckTimes]:
    """Per agency, for shares made in the period: how many were acknowledged, and the median and
    90th percentile of the hours (real time) from the share to its acknowledgement; with the
    acknowledgement clocks met within target / closed (two queries)."""
    hours = ExpressionWrapper(
        Extract(
            ExpressionWrapper(F("acknowledged_at") - F("created_at"), output_field=DurationField()),
            "epoch",
        )
        / 3600.0,
        output_field=FloatField(),
    )
    acknowledged = Q(acknowledged_at__isnull=False)
    shares = (
        _in_area(
            Share.objects.filter(created_at__gte=f.start_at, created_at__lt=f.end_at),
            f,
            "referral__local_authority_id",
        )
        .values("agency__name")
        .annotate(
            shares=Count("id"),
            acknowledged=Count("id", filter=acknowledged),
            median=Percentile(hours, 0.5, filter=acknowledged),
            p90=Percentile(hours, 0.9, filter=acknowledged),
        )
        .order_by("agency__name")
    )
    clocks = {
        r["share__agency__name"]: r
        for r in closed_clocks(f)
        .filter(kind=ClockKind.PARTNER_ACK, share__isnull=False)
        .values("share__agency__name")
        .annotate(closed=Count("id"), within=_WITHIN)
        .order_by()
    }
    return [
        AckTimes(
            agency=r["agency__name"],
            shares=r["shares"],
            acknowledged=r["acknowledged"],
            median_hours=None if r["median"] is None else round(r["median"], 1),
            p90_hours=None if r["p90"] is None else round(r["p90"], 1),
            clocks_closed=clocks.get(r["agency__name"], {}).get("closed", 0),
            clocks_within=clocks.get(r["agency__name"], {}).get("within", 0),
        )
        for r in shares
    ]


# --- 5. Analytical products ----------------------------------------------------------------------


def repeat_children(
    f: DashboardFilters,
    at: datetime,
    *,
    short_days: int,
    short_count: int,
    long_days: int,
    long_count: int,
    limit: int = 50,
) -> tuple[list[dict[str, object]], int]:
    """Children who meet the repeat-child rule of the risk model now: `short_count` or more
    referrals received in the last `short_days` days, or `long_count` in `long_days` (merged
    duplicates left out). Returns the first `limit` rows, most referrals first, and how many
    children there are in all (two queries)."""
    rows = (
        _in_area(
            ReferralSubject.objects.filter(
                role=SubjectRole.CHILD,
                referral__received_at__lte=at,
                # Only the rule's windows count, so older referrals are never read.
                referral__received_at__gte=at - timedelta(days=max(short_days, long_days)),
            ),
            f,
            "referral__local_authority_id",
        )
        .exclude(referral__status=ReferralStatus.MERGED)
        .values("person_id", "person__first_name", "person__last_name", "person__date_of_birth")
        .annotate(
            short=Count(
                "referral",
                distinct=True,
                filter=Q(referral__received_at__gte=at - timedelta(days=short_days)),
            ),
            long=Count(
                "referral",
                distinct=True,
                filter=Q(referral__received_at__gte=at - timedelta(days=long_days)),
            ),
            latest=Max("referral__received_at"),
        )
        .filter(Q(short__gte=short_count) | Q(long__gte=long_count))
    )
    total = rows.count()
    top = list(rows.order_by("-short", "-long", "-latest", "person_id")[:limit])
    return top, total


@dataclass(frozen=True)
class IncidentRank:
    rank: int
    label: str
    graded: int
    high: int

    @property
    def percent_high(self) -> float:
        return round(100 * self.high / self.graded, 1) if self.graded else 0.0


def incident_types_by_high_share(f: DashboardFilters) -> list[IncidentRank]:
    """Incident types of referrals received in the period that have an approved grade, ranked by
    the share graded high (ties: more high-graded referrals first, then the label). One query."""
    rows = (
        _in_area(
            Referral.objects.filter(received_at__gte=f.start_at, received_at__lt=f.end_at).exclude(
                current_grade=""
            ),
            f,
        )
        .values("incident_type__label")
        .annotate(graded=Count("id"), high=Count("id", filter=Q(current_grade=Grade.HIGH)))
        .annotate(share=Cast(F("high"), FloatField()) / Cast(F("graded"), FloatField()))
        .order_by("-share", "-high", "incident_type__label")
    )
    return [
        IncidentRank(i, r["incident_type__label"], r["graded"], r["high"])
        for i, r in enumerate(rows, start=1)
    ]


def flags_waiting(f: DashboardFilters) -> dict[str, int]:
    """{flag kind: count} of open under-grading flags on referrals still in the backlog."""
    rows = (
        _in_area(
            UnderGradingFlag.objects.filter(
                status=FlagStatus.OPEN, referral__status__in=OPEN_STATUSES
            ),
            f,
            "referral__local_authority_id",
        )
        .values("kind")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {r["kind"]: r["n"] for r in rows}


def flagged_referrals(user, f: DashboardFilters, limit: int = 10) -> list[Referral]:  # type: ignore[no-untyped-def]
    """The supervisors' review list (risk.selectors.review_list), kept to the backlog."""
    rows = review_list(user=user).filter(status__in=OPEN_STATUSES)
    return list(_in_area(rows, f)[:limit])


def missing_assessments(user, f: DashboardFilters) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Open referrals with a child who has no risk assessment (the queue's own filter), and
    those children by the referral's grade."""
    referrals = triage_queue(
        user=user,
        filters=QueueFilters(missing_assessment=True, local_authority=f.local_authority),
    ).count()
    rows = (
        _in_area(
            ReferralSubject.objects.filter(
                role=SubjectRole.CHILD,
                assessment__isnull=True,
                referral__status__in=OPEN_STATUSES,
            ),
            f,
            "referral__local_authority_id",
        )
        .annotate(grade=grade_expression("referral__"))
        .values("grade")
        .annotate(n=Count("id"))
        .order_by()
    )
    return {"referrals": referrals, **{f"children:{r['grade']}": r["n"] for r in rows}}
