"""Every figure of the performance dashboard, each one SQL aggregation (DESIGN.md §8).

No function here loads referrals into Python: each returns grouped counts, a handful of rows
(the most overdue clocks, the top repeat children) or a single number. Figures of past days
(inflow, throughput, SLA compliance) are read from the daily statistics that
dashboards.actions.do_rebuild_daily_statistics keeps, with the same querysets counting the days
they do not hold (today) live. Definitions are in docs/dashboards.md; the tests in
tests/dashboards assert them on seeded data.
"""

import operator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import reduce
from typing import TYPE_CHECKING, Any

from django.db.models import (
    Aggregate,
    Case,
    CharField,
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Extract, TruncDate

from audit.models import AuditEvent
from dashboards.models import DailyCompliance, DailyFlow, StatisticsCoverage
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
from referrals.repeats import PENDING_LINKS
from risk.models import FlagStatus, UnderGradingFlag
from risk.selectors import review_list
from vhub.grades import Grade
from vhub.replica import grouped_rows

if TYPE_CHECKING:
    from accounts.models import User

# A referral reopened from one of these comes back into the backlog.
REOPENABLE_STATUSES = (ReferralStatus.CLOSED, ReferralStatus.NO_FURTHER_ACTION)
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

    def __init__(self, expression: Any, fraction: float, **extra: Any) -> None:
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


def _in_area(
    rows: QuerySet[Any], f: DashboardFilters, path: str = "local_authority_id"
) -> QuerySet[Any]:
    return rows.filter(**{path: f.local_authority}) if f.local_authority else rows


def open_referrals(f: DashboardFilters) -> QuerySet[Referral]:
    return _in_area(Referral.objects.filter(status__in=OPEN_STATUSES), f)


# --- 1. The backlog ------------------------------------------------------------------------------


def backlog_figures(
    f: DashboardFilters, at: datetime
) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], int], dict[str, int]]:
    """Open referrals now: {(status, grade): count}, {(age bucket, grade): count} and the
    children with no risk assessment in it, {"children:<grade>": children, "referrals": open
    referrals involving one} (the triage queue's `missing_assessment` filter, counted from the
    count each referral keeps, `Referral.unassessed_children_count`, kept by triggers), from one
    query grouping the backlog by status, grade and age bucket: the backlog is read once, by an
    index-only scan of the open referrals (`referral_open_age_idx`), for the three."""
    whens = []
    for i, (_label, low, high) in enumerate(AGE_BUCKETS):
        condition = Q(received_at__lte=at - low)
        if high is not None:
            condition &= Q(received_at__gt=at - high)
        whens.append(When(condition, then=Value(i)))
    rows = (
        open_referrals(f)
        .annotate(
            # The bucket's number, not its label: the planner cannot tell how few groups there
            # are, and the narrower the groups, the more it expects to hash in memory rather than
            # sort the backlog on disk (135 ms instead of 29 at scale 1). For the same reason the
            # count of children not assessed is grouped by, not summed as a second aggregate.
            bucket=Case(*whens, default=Value(0), output_field=IntegerField()),
            grade=grade_expression(),
        )
        .values_list("status", "bucket", "grade", "unassessed_children_count")
        .annotate(n=Count("id"))
        .order_by()
    )
    by_status: dict[tuple[str, str], int] = {}
    by_age: dict[tuple[str, str], int] = {}
    missing = {"referrals": 0}
    # At most 6 statuses × 6 buckets × 4 grades × the few numbers of children a referral has.
    for status, bucket, grade, unassessed, n in rows:
        by_status[(status, grade)] = by_status.get((status, grade), 0) + n
        label = AGE_BUCKETS[bucket][0]
        by_age[(label, grade)] = by_age.get((label, grade), 0) + n
        if unassessed:
            key = f"children:{grade}"
            missing[key] = missing.get(key, 0) + unassessed * n
            missing["referrals"] += n
    return by_status, by_age, missing


def backlog_profile(
    f: DashboardFilters, at: datetime
) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]]:
    """Open referrals now: {(status, grade): count} and {(age bucket, grade): count}."""
    by_status, by_age, _missing = backlog_figures(f, at)
    return by_status, by_age


# --- Past days: the daily statistics; today (and any day they do not hold): live ----------------


@dataclass(frozen=True)
class DaySplit:
    """Which days of a range are read from the daily statistics and which are counted live."""

    stored: tuple[date, date] | None  # inclusive
    live: list[tuple[date, date]]  # inclusive ranges, at most two


@dataclass(frozen=True)
class Held:
    """The first and last days the daily statistics hold (None: none yet), read once for a
    page whose figures all split their days by them."""

    days: tuple[date, date] | None


def statistics_held() -> Held:
    """The days the daily statistics hold (StatisticsCoverage): one query."""
    return Held(
        StatisticsCoverage.objects.filter(pk=1).values_list("first_day", "last_day").first()
    )


def split_days(f: DashboardFilters, held: Held) -> DaySplit:
    """Which days of the range the daily statistics hold (`held`: statistics_held())."""
    days = held.days
    if days is None or days[0] > f.end or days[1] < f.start:
        return DaySplit(None, [(f.start, f.end)])
    low, high = max(f.start, days[0]), min(f.end, days[1])
    live = []
    if f.start < low:
        live.append((f.start, low - timedelta(days=1)))
    if high < f.end:
        live.append((high + timedelta(days=1), f.end))
    return DaySplit((low, high), live)


def during(field: str, days: list[tuple[date, date]]) -> Q:
    """`field` (a datetime) falls on one of the inclusive ranges of London days."""
    return reduce(
        operator.or_,
        (
            Q(**{f"{field}__gte": london_midnight(a), f"{field}__lt": london_midnight(b)})
            for a, b in ((a, b + timedelta(days=1)) for a, b in days)
        ),
        Q(pk__in=[]),
    )


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


def received_by_day(days: list[tuple[date, date]]) -> QuerySet[Referral]:
    """Referrals received on those days, grouped by London day (extend the values to group
    further)."""
    return (
        Referral.objects.filter(during("received_at", days))
        .annotate(day=TruncDate("received_at", tzinfo=LONDON))
        .order_by()
    )


def reopened_by_day(days: list[tuple[date, date]]) -> QuerySet[AuditEvent]:
    """Reopenings on those days, with their London day: a closed referral reopened with new
    information comes back into the backlog, so it is inflow again (and its next closure is
    throughput again)."""
    return (
        AuditEvent.objects.filter(
            action="referral.transition",
            details__from__in=[s.value for s in REOPENABLE_STATUSES],
            details__to__in=[s.value for s in OPEN_STATUSES],
        )
        .filter(during("occurred_at", days))
        .annotate(day=TruncDate("occurred_at", tzinfo=LONDON))
        .order_by()
    )


def inflow_by_day(
    days: list[tuple[date, date]], *fields: str, area: int | None = None
) -> QuerySet[Referral, tuple[Any, ...]]:
    """(day, *fields, count) rows of inflow, referrals received plus referrals reopened, in one
    query (UNION ALL): a day may come twice, and its counts add up. `fields` are the referral's
    columns to group by as well ("local_authority_id"); `area`: only that local authority's."""
    received = received_by_day(days)
    reopened = reopened_by_day(days)
    if area:
        received = received.filter(local_authority_id=area)
        reopened = reopened.filter(referral__local_authority_id=area)
    return (
        received.values_list("day", *fields)
        .annotate(n=Count("id"))
        .union(
            reopened.values_list("day", *(f"referral__{name}" for name in fields)).annotate(
                n=Count("id")
            ),
            all=True,
        )
    )


def left_by_day(days: list[tuple[date, date]]) -> QuerySet[Any]:  # annotated with `day`
    """Exit events on those days, with their London day (see exit_events)."""
    return (
        exit_events()
        .filter(during("occurred_at", days))
        .annotate(day=TruncDate("occurred_at", tzinfo=LONDON))
        .order_by()
    )


def flow_per_day(f: DashboardFilters, held: Held | None = None) -> list[tuple[date, int, int]]:
    """[(London date, referrals received, referrals that left the backlog)] for every day of
    the range, zeros included. Days the daily statistics hold (`held`, or read here: one query)
    are read from them (one query); the others, usually today alone, are counted live (two
    more)."""
    split = split_days(f, statistics_held() if held is None else held)
    inflow: dict[date, int] = {}
    outflow: dict[date, int] = {}
    if split.stored:
        stored = (
            _in_area(DailyFlow.objects.filter(day__range=split.stored), f)
            .values_list("day")
            .annotate(received=Sum("received"), left=Sum("left"))
            .order_by()
        )
        for day, received, left in stored:
            inflow[day], outflow[day] = received, left
    if split.live:
        for day, n in inflow_by_day(split.live, area=f.local_authority):
            inflow[day] = inflow.get(day, 0) + n
        left = _in_area(left_by_day(split.live), f, "referral__local_authority_id")
        outflow.update(dict(left.values_list("day").annotate(Count("id"))))
    return [(day, inflow.get(day, 0), outflow.get(day, 0)) for day in f.days]


def flow_totals(f: DashboardFilters) -> tuple[int, int]:
    """(referrals received, referrals that left the backlog) over the range."""
    flow = flow_per_day(f)
    return sum(r for _d, r, _l in flow), sum(lft for _d, _r, lft in flow)


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


def met_clocks(days: list[tuple[date, date]]) -> QuerySet[SlaClock]:
    """Clocks stopped as met (on time or late) on those days; cancelled clocks ('no longer
    needed') are left out, and so are clocks still running."""
    return SlaClock.objects.filter(during("met_at", days), state=ClockState.MET).order_by()


# Met within target: the clock never breached (a clock stopped late has its breach recorded).
WITHIN = Count("id", filter=Q(breached_at__isnull=True))

# {(clock kind, grade used, agency name or None): [closed, within]}
ClockCounts = dict[tuple[str, str, str | None], list[int]]


def clock_counts(f: DashboardFilters) -> ClockCounts:
    """Clocks met in the period, closed and met within target (never breached), by kind, grade
    used and the agency owing them: from the daily statistics for the days they hold (one
    query) and live for the others (one more)."""
    return clock_counts_for([f])[0]


def clock_counts_for(
    periods: list[DashboardFilters], held: Held | None = None
) -> list[ClockCounts]:
    """clock_counts() of several periods of one local authority at once (the dashboard's period
    and its headline's month): the days the daily statistics hold (`held`, or read here: one
    query), every period's stored days summed apart in one query, and their live days (today,
    usually the same for all) counted once, each period's clocks apart, in one more."""
    area = {g.local_authority for g in periods}
    if len(area) != 1:
        raise ValueError("The periods must be of one local authority")
    f = periods[0]
    held = statistics_held() if held is None else held
    splits = [split_days(g, held) for g in periods]
    stored = [(i, s.stored) for i, s in enumerate(splits) if s.stored]
    live = [(i, s.live) for i, s in enumerate(splits) if s.live]
    counts: list[ClockCounts] = [{} for _ in periods]

    def add(rows: Any, which: list[int]) -> None:
        for kind, grade, agency, *sums in rows:
            for n, i in enumerate(which):
                closed, within = sums[2 * n], sums[2 * n + 1]
                if closed:  # a group of another period's days only
                    total = counts[i].setdefault((kind, grade, agency), [0, 0])
                    total[0] += closed
                    total[1] += within

    if stored:
        sums: dict[str, Any] = {}
        for i, held_days in stored:
            sums[f"closed_{i}"] = Sum("closed", filter=Q(day__range=held_days))
            sums[f"within_{i}"] = Sum("within", filter=Q(day__range=held_days))
        add(
            _in_area(
                DailyCompliance.objects.filter(
                    reduce(operator.or_, (Q(day__range=held_days) for _i, held_days in stored))
                ),
                f,
            )
            .values_list("kind", "grade_used", "agency__name")
            .annotate(**sums)
            .order_by(),
            [i for i, _held_days in stored],
        )
    if live:
        sums = {}
        for i, days in live:
            sums[f"closed_{i}"] = Count("id", filter=during("met_at", days))
            sums[f"within_{i}"] = Count(
                "id", filter=during("met_at", days) & Q(breached_at__isnull=True)
            )
        add(
            _in_area(
                met_clocks([days for _i, ranges in live for days in ranges]),
                f,
                "referral__local_authority_id",
            )
            .values_list("kind", "grade_used", "share__agency__name")
            .annotate(**sums),
            [i for i, _days in live],
        )
    return counts


def compliance_by(
    f: DashboardFilters, dimension: str, counts: ClockCounts | None = None
) -> list[Compliance]:
    """Met within target / all closed clocks, by 'kind', 'grade' or 'agency' (the clocks that
    belong to a share). `counts` from clock_counts(f), to count once for several dimensions;
    the sums here add up a few dozen grouped counts."""
    counts = clock_counts(f) if counts is None else counts
    position = {"kind": 0, "grade": 1, "agency": 2}[dimension]
    totals: dict[str, list[int]] = {}
    for key, (closed, within) in counts.items():
        if key[position] is None:  # VHub's own clocks have no agency
            continue
        # None keys were skipped just above.
        total = totals.setdefault(key[position], [0, 0])  # type: ignore[arg-type]
        total[0] += closed
        total[1] += within
    labels = GRADE_LABELS if dimension == "grade" else dict(ClockKind.choices)
    result = [
        Compliance(k, k if dimension == "agency" else labels.get(k, k), closed, within)
        for k, (closed, within) in totals.items()
    ]
    if dimension == "agency":
        result.sort(key=lambda c: c.key)
    else:  # grades high first; clocks in the order of the pathway
        keys = GRADES if dimension == "grade" else list(ClockKind.values)
        order = {k: i for i, k in enumerate(keys)}
        result.sort(key=lambda c: (order.get(c.key, len(order)), c.key))
    return result


def breaches_now(
    f: DashboardFilters,
) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]]:
    """{(clock kind, grade used): count} of clocks breached and still running: those that
    breached in VHub, and apart, those an import brought in already breached (one query)."""
    rows = (
        _in_area(
            SlaClock.objects.filter(state=ClockState.BREACHED), f, "referral__local_authority_id"
        )
        .values("kind", "grade_used", "breached_before_import")
        # COUNT(*), not of the id, so the breached clocks' index (clock_breached_idx) alone
        # answers it.
        .annotate(n=Count("*"))
        .order_by()
    )
    live: dict[tuple[str, str], int] = {}
    before_import: dict[tuple[str, str], int] = {}
    for r in rows:
        into = before_import if r["breached_before_import"] else live
        into[(r["kind"], r["grade_used"])] = r["n"]
    return live, before_import


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


def partner_ack_times(f: DashboardFilters, counts: ClockCounts | None = None) -> list[AckTimes]:
    """Per agency, for shares made in the period: how many were acknowledged, and the median and
    90th percentile of the hours (real time) from the share to its acknowledgement (one query);
    with the acknowledgement clocks met within target / closed (from clock_counts(f))."""
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
    counts = clock_counts(f) if counts is None else counts
    clocks: dict[str, dict[str, int]] = {}
    for (kind, _grade, agency), (closed, within) in counts.items():
        if kind == ClockKind.PARTNER_ACK and agency is not None:
            total = clocks.setdefault(agency, {"closed": 0, "within": 0})
            total["closed"] += closed
            total["within"] += within
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


# The repeat children, grouped by child (`{counted}`: each repeat-child subject of the window,
# as (record, short, long, confirmed, incident), from the ORM). One child, several records:
# each child's subject is listed under the lowest person id among its own record and the
# records that probable matches not yet decided link it to (either way, a candidate since
# merged counting as the record it was merged into), as its probable counts are kept
# (referrals/repeats.py), among those that are repeat children themselves (a record left with
# no referral, or one that is not a repeat child, joins nobody). A child imported four times,
# before anyone confirmed the matches, is one row, not one per record.
# The links are read once, the few undecided probable matches, each record's lowest linked
# repeat child found from them (`linked`) and hash-joined to the window's subjects: as
# correlated subqueries, every subject read every pending match again (two minutes at scale 1
# with 500 of them, bench/README.md). Then the groups, their totals as window counts, the
# first `limit` of them, and only those named (the first of each child's records).
# A record that is a repeat child itself, looked up by its person for each link (a join of the
# links with every repeat-child subject read them all: 1.5 s of the query at scale 5).
_REPEATER = """EXISTS (
            SELECT 1 FROM referrals_referralsubject o
            WHERE o.person_id = {record} AND o.role = 'child'
              AND (o.probable_short >= %s OR o.probable_long >= %s))"""
_REPEAT_CHILDREN = f"""
WITH counted (person_id, short, long, confirmed, incident_at) AS ({{counted}}),
links AS ({PENDING_LINKS.format(touching="")}),
linked AS (
    SELECT person, MIN(other) AS other FROM (
        SELECT a AS person, b AS other FROM links WHERE {_REPEATER.format(record="links.b")}
        UNION ALL
        SELECT b, a FROM links WHERE {_REPEATER.format(record="links.a")}
    ) pairs
    GROUP BY person
),
children AS (
    SELECT LEAST(k.person_id, linked.other) AS child, MAX(k.short) AS short,
        MAX(k.long) AS long, MAX(k.confirmed) AS confirmed, MAX(k.incident_at) AS latest,
        MIN(k.person_id) AS first
    FROM counted k LEFT JOIN linked ON linked.person = k.person_id
    GROUP BY 1
),
listed AS (
    SELECT *, COUNT(*) OVER () AS total, SUM(confirmed) OVER () AS confirmed_total
    FROM children
    ORDER BY confirmed DESC, short DESC, long DESC, latest DESC, child
    LIMIT %s
)
SELECT l.child, l.short, l.long, l.confirmed, l.latest, l.first, p.first_name, p.last_name,
    p.date_of_birth, l.total, l.confirmed_total
FROM listed l JOIN referrals_person p ON p.id = l.first
ORDER BY l.confirmed DESC, l.short DESC, l.long DESC, l.latest DESC, l.child
"""  # noqa: S608 # nosec B608 - built from fixed fragments; every value is a parameter

_REPEAT_COLUMNS = (
    "child",
    "short",
    "long",
    "confirmed",
    "latest",
    "person_id",
    "person__first_name",
    "person__last_name",
    "person__date_of_birth",
)


def repeat_children(
    f: DashboardFilters,
    at: datetime,
    *,
    short_days: int,
    short_count: int,
    long_days: int,
    long_count: int,
    limit: int = 50,
) -> tuple[list[dict[str, Any]], int, int]:
    """Children who met the risk model's repeat-child rule at an incident in the last
    `long_days` days: `short_count` or more referrals in `short_days` days up to that incident,
    or `long_count` in `long_days`, counted by incident date (merged duplicates left out).
    Read from the counts the actions keep on each child's subject (referrals/repeats.py), so
    no year of subjects is grouped. A child's records linked by probable matches are one child
    (`child`: the lowest person id among them); each row names the first of the child's
    records it counts (`person_id`, `person__first_name`, …).
    `confirmed` is 1 when the child's own record meets the rule, 0 when only a probable match
    (not yet confirmed) makes them a repeat child. Returns the first `limit` rows, confirmed
    first, then most referrals, with their names; how many children in all; and how many of
    them are confirmed (one query, _REPEAT_CHILDREN)."""
    del short_days  # the windows are applied when the counts are kept
    meets_probable = Q(probable_short__gte=short_count) | Q(probable_long__gte=long_count)
    meets_confirmed = Q(repeat_short__gte=short_count) | Q(repeat_long__gte=long_count)
    # Each child's copies of its referral's incident time, area and being merged (kept by
    # triggers), so the window is a range of `subject_repeat_idx` and no referral is read.
    counted = (
        _in_area(
            ReferralSubject.objects.filter(
                meets_probable,
                role=SubjectRole.CHILD,
                referral_merged=False,
                referral_incident_at__lte=at,
                referral_incident_at__gte=at - timedelta(days=long_days),
            ),
            f,
            "referral_area",
        )
        .annotate(confirmed=Case(When(meets_confirmed, then=1), default=0))
        .values_list(
            "person_id", "probable_short", "probable_long", "confirmed", "referral_incident_at"
        )
        .order_by()
    )
    rows = grouped_rows(counted, _REPEAT_CHILDREN, (short_count, long_count) * 2 + (limit,))
    if not rows:
        return [], 0, 0
    top = [dict(zip(_REPEAT_COLUMNS, row[:-2], strict=True)) for row in rows]
    return top, rows[0][-2], rows[0][-1]


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


def flagged_referrals(user: "User", f: DashboardFilters, limit: int = 10) -> list[Referral]:
    """The supervisors' review list (risk.selectors.review_list), kept to the backlog."""
    rows = review_list(user=user).filter(status__in=OPEN_STATUSES)
    return list(_in_area(rows, f)[:limit])


# --- 6. The headline figures ---------------------------------------------------------------------


@dataclass(frozen=True)
class Headline:
    """The four figures the dashboard opens with. The oldest open referral is (pk, reference,
    received_at), or None when the backlog is empty; SLA met counts clocks stopped from the
    first of this month (London) to today, as the SLA compliance tables count them."""

    open_referrals: int
    oldest: tuple[int, str, datetime] | None
    sla_closed: int
    sla_within: int
    hidden_risk: int
    month: DashboardFilters

    @property
    def sla_percent(self) -> float | None:
        return round(100 * self.sla_within / self.sla_closed, 1) if self.sla_closed else None


def this_month(f: DashboardFilters, today: date) -> DashboardFilters:
    """The headline's month: from the 1st of this month (London) to today, in the filters' area."""
    return DashboardFilters(
        start=today.replace(day=1), end=today, local_authority=f.local_authority
    )


def headline(
    f: DashboardFilters,
    today: date,
    counts: ClockCounts | None = None,
    backlog: int | None = None,
) -> Headline:
    """The headline figures for the filters' area (the period filters do not apply: these are
    figures of now and of this month). Four or five queries: the backlog's size and oldest
    referral (one: the first entry of the open referrals' age index and a count of them, or
    only the entry when `backlog` gives the size), clocks met this month (two or three, as
    clock_counts reads them; none when `counts` gives them) and referrals waiting for an
    under-grading review (one)."""
    # The first entry of the open referrals' age index, with the backlog's size counted beside
    # it (a scalar subquery; a window count over the ordered rows read and sorted the backlog).
    first = open_referrals(f).order_by("received_at", "id")
    if backlog is None:
        size = (
            open_referrals(f)
            .order_by()
            # COUNT as a plain function, not an aggregate, so the subquery is not grouped.
            .annotate(n=Func(F("id"), function="COUNT", output_field=IntegerField()))
            .values("n")
        )
        counted = list(
            first.annotate(total=Subquery(size)).values_list(
                "pk", "reference", "received_at", "total"
            )[:1]
        )
        backlog = counted[0][3] if counted else 0
        oldest = [row[:3] for row in counted]
    else:
        oldest = list(first.values_list("pk", "reference", "received_at")[:1])
    month = this_month(f, today)
    counts = clock_counts(month) if counts is None else counts
    waiting = UnderGradingFlag.objects.filter(referral=OuterRef("pk"), status=FlagStatus.OPEN)
    return Headline(
        open_referrals=backlog,
        oldest=oldest[0][:3] if oldest else None,
        sla_closed=sum(closed for closed, _within in counts.values()),
        sla_within=sum(within for _closed, within in counts.values()),
        hidden_risk=open_referrals(f).filter(Exists(waiting)).count(),
        month=month,
    )
