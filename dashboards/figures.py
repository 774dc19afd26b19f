"""The dashboard's tables and charts, assembled from the SQL figures in selectors.py."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone

from dashboards import charts, selectors
from dashboards.frontline_figures import frontline_table, voice_tables
from dashboards.selectors import AGE_BUCKETS, GRADE_LABELS, GRADES, DashboardFilters
from dashboards.tables import Link, Table
from referrals.models import OPEN_STATUSES, ClockKind
from referrals.sla import time_left_words
from risk.frontline import Period, Scope, completion_rates, undergrading_gap, voice_of_child
from risk.models import FlagKind
from risk.scoring import current_model_version
from vhub.roles import Role

if TYPE_CHECKING:
    from accounts.models import User

GRADE_STYLES = [charts.GRADE_STYLES[g] for g in GRADES]
GRADE_NAMES = [GRADE_LABELS[g] for g in GRADES]
# selectors.backlog_figures: by status and grade, by age and grade, and the missing assessments.
Backlog = tuple[dict[tuple[str, str], int], dict[tuple[str, str], int], dict[str, int]]


def _by_grade_table(
    key: str,
    caption: str,
    first: str,
    categories: list[tuple[str, str]],
    counts: dict[tuple[str, str], int],
    desc: str,
) -> Table:
    """Rows of categories, a column per grade and a total; a stacked bar chart of the same."""
    rows: list[list[Any]] = []
    for value, label in categories:
        per_grade = [counts.get((value, g), 0) for g in GRADES]
        rows.append([label, *per_grade, sum(per_grade)])
    totals = [sum(r[i] for r in rows) for i in range(1, len(GRADES) + 2)]
    chart = charts.bar_chart(
        chart_id=f"chart-{key}",
        title=caption,
        desc=desc,
        categories=[r[0] for r in rows],
        series=[(GRADE_NAMES[i], [r[i + 1] for r in rows]) for i in range(len(GRADES))],
        styles=GRADE_STYLES,
    )
    return Table(
        key=key,
        caption=caption,
        headers=[first, *GRADE_NAMES, "Total"],
        rows=[*rows, ["Total", *totals]],
        chart=chart,
        numeric=set(range(1, len(GRADES) + 2)),
    )


def backlog_tables(f: DashboardFilters, at: datetime, backlog: Backlog | None) -> list[Table]:
    """The backlog by status and by age, and the children with no assessment in it: one read
    of the backlog for the three (`backlog`: selectors.backlog_figures, or read here)."""
    by_status, ages, missing = selectors.backlog_figures(f, at) if backlog is None else backlog
    total = sum(by_status.values())
    return [
        _by_grade_table(
            "open",
            "Open referrals by status and grade",
            "Status",
            [(s.value, s.label) for s in OPEN_STATUSES],
            by_status,
            f"{total} referrals are open. Bars are split by grade; the table below has the "
            "same numbers.",
        ),
        _by_grade_table(
            "age",
            "Backlog age profile by grade",
            "Time since received",
            [(label, label) for label, _low, _high in AGE_BUCKETS],
            ages,
            "Open referrals by how long ago they were received, split by grade.",
        ),
        missing_table(missing),
    ]


def flow_table(f: DashboardFilters, held: selectors.Held | None = None) -> Table:
    flow = selectors.flow_per_day(f, held)
    received = sum(r for _d, r, _l in flow)
    left = sum(lft for _d, _r, lft in flow)
    days = [d for d, _r, _l in flow]
    chart = charts.line_chart(
        chart_id="chart-flow",
        title="Inflow and throughput per day",
        desc=(
            f"From {f.start:%-d %B %Y} to {f.end:%-d %B %Y}: {received} referrals received and "
            f"{left} left the backlog."
        ),
        days=days,
        series=[
            ("Received (inflow)", [r for _d, r, _l in flow]),
            ("Left the backlog (throughput)", [lft for _d, _r, lft in flow]),
        ],
    )
    rows: list[list[object]] = [[f"{d:%a %-d %b %Y}", r, lft, r - lft] for d, r, lft in flow]
    rows.append(["Total", received, left, received - left])
    return Table(
        key="flow",
        caption="Inflow and throughput per day",
        headers=["Day", "Received", "Left the backlog", "Backlog change"],
        rows=rows,
        chart=chart,
        numeric={1, 2, 3},
    )


def _compliance_table(key: str, caption: str, first: str, items: Any) -> Table:
    rows = [
        [c.label or "Not graded yet", c.closed, c.within, c.late, _percent(c.percent)]
        for c in items
    ]
    chart = charts.bar_chart(
        chart_id=f"chart-{key}",
        title=caption,
        desc="Percentage of clocks closed in the period that were met within their target.",
        categories=[r[0] for r in rows],
        series=[("Met within target", [c.percent or 0 for c in items])],
        maximum=100,
        unit="%",
        value_labels=[f"{_percent(c.percent)} ({c.within} of {c.closed})" for c in items],
    )
    return Table(
        key=key,
        caption=caption,
        headers=[first, "Closed clocks", "Met within target", "Met late", "Compliance"],
        rows=rows,
        chart=chart,
        numeric={1, 2, 3, 4},
    )


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:g}%"


def compliance_tables(f: DashboardFilters, counts: selectors.ClockCounts) -> list[Table]:
    return [
        _compliance_table(
            "sla_kind",
            "SLA compliance by clock",
            "Clock",
            selectors.compliance_by(f, "kind", counts),
        ),
        _compliance_table(
            "sla_grade",
            "SLA compliance by grade",
            "Grade",
            selectors.compliance_by(f, "grade", counts),
        ),
        _compliance_table(
            "sla_agency",
            "SLA compliance by partner agency",
            "Agency",
            selectors.compliance_by(f, "agency", counts),
        ),
    ]


def clock_tables(f: DashboardFilters, counts: selectors.ClockCounts | None) -> list[Table]:
    """The compliance tables and partner acknowledgement times, from one count of the clocks
    (`counts`, or counted here)."""
    counts = selectors.clock_counts(f) if counts is None else counts
    return [*compliance_tables(f, counts), ack_table(f, counts)]


def breaches_tables(f: DashboardFilters) -> list[Table]:
    """Breaches in VHub, and apart, the clocks an import brought in already breached (the old
    system's delay, not the hub's)."""
    live, before_import = selectors.breaches_now(f)
    tables = []
    for key, caption, counts, desc in (
        (
            "breaches",
            "Breaches now by clock and grade",
            live,
            f"{sum(live.values())} clocks are past their due time and still running.",
        ),
        (
            "breaches_import",
            "Breached before import, by clock and grade",
            before_import,
            f"{sum(before_import.values())} clocks were already past their due time when a "
            "backlog import brought their referrals in, and are still running.",
        ),
    ):
        kinds = [(k.value, k.label) for k in ClockKind if any(c[0] == k for c in counts)]
        tables.append(_by_grade_table(key, caption, "Clock", kinds, counts, desc))
    return tables


def overdue_table(f: DashboardFilters, at: datetime) -> Table:
    rows: list[list[object]] = []
    clocks = list(selectors.most_overdue(f))
    for clock in clocks:
        # most_overdue reads referral clocks only (filtered by the referral's area).
        reference = clock.referral.reference  # type: ignore[union-attr]
        rows.append(
            [
                Link(reference, reverse("referrals:detail", args=[reference])),
                clock.get_kind_display(),
                # `share_id` is checked on this line.
                clock.share.agency.name if clock.share_id else "VHub",  # type: ignore[union-attr]
                GRADE_LABELS.get(clock.grade_used, clock.grade_used),
                f"{timezone.localtime(clock.due_at):%-d %b %Y %H:%M}",
                time_left_words(clock, at),
            ]
        )
    return Table(
        key="overdue",
        caption="Most overdue clocks",
        headers=["Referral", "Clock", "Owed by", "Grade", "Due", "Overdue by"],
        rows=rows,
        # As above: each has a referral.
        referrals=[clock.referral_id for clock in clocks],  # type: ignore[misc]
    )


def ack_table(f: DashboardFilters, counts: selectors.ClockCounts) -> Table:
    items = selectors.partner_ack_times(f, counts)
    rows: list[list[object]] = [
        [
            a.agency,
            a.shares,
            a.acknowledged,
            a.waiting,
            "–" if a.median_hours is None else a.median_hours,
            "–" if a.p90_hours is None else a.p90_hours,
            _percent(a.percent_within),
        ]
        for a in items
    ]
    chart = charts.bar_chart(
        chart_id="chart-ack",
        title="Partner acknowledgement times",
        desc="Median and 90th percentile hours from share to acknowledgement, per agency.",
        categories=[a.agency for a in items],
        series=[
            ("Median hours", [a.median_hours for a in items]),
            ("90th percentile hours", [a.p90_hours for a in items]),
        ],
        grouped=True,
        unit=" h",
        whole=False,
        no_value="none acknowledged yet",
    )
    return Table(
        key="ack",
        caption="Partner acknowledgement times",
        headers=[
            "Agency",
            "Shares",
            "Acknowledged",
            "Waiting",
            "Median hours",
            "90th percentile hours",
            "Acknowledged within target",
        ],
        rows=rows,
        chart=chart,
        numeric={1, 2, 3, 4, 5, 6},
    )


def repeat_children_table(f: DashboardFilters, at: datetime) -> Table:
    policy = current_model_version()
    top, total, confirmed = selectors.repeat_children(
        f,
        at,
        short_days=policy.repeat_short_days,
        short_count=policy.repeat_short_count,
        long_days=policy.repeat_long_days,
        long_count=policy.repeat_long_count,
    )
    rows: list[list[object]] = [
        [
            Link(
                f"{r['person__first_name']} {r['person__last_name']}",
                reverse("referrals:person", args=[r["person_id"]]),
            ),
            f"{r['person__date_of_birth']:%-d %b %Y}"
            if r["person__date_of_birth"]
            else "Not known",
            "Confirmed" if r["confirmed"] else "Probable",
            r["short"],
            r["long"],
            f"{timezone.localtime(r['latest']):%-d %b %Y}",
        ]
        for r in top
    ]
    return Table(
        key="repeat",
        caption="Repeat children",
        headers=[
            "Child",
            "Date of birth",
            "Repeat",
            f"Referrals in {policy.repeat_short_days} days",
            f"Referrals in {policy.repeat_long_days} days",
            "Latest incident",
        ],
        rows=rows,
        note=(
            f"{confirmed} confirmed and {total - confirmed} probable repeat children: "
            f"{policy.repeat_short_count} or more referrals in {policy.repeat_short_days} days "
            f"or {policy.repeat_long_count} or more in {policy.repeat_long_days} days, counted "
            "by incident date, at an incident in the last "
            f"{policy.repeat_long_days} days (the risk model's repeat-child rule). Probable: "
            "only with a likely match to a known child that nobody has confirmed yet"
            + (f"; the first {len(top)} are listed." if total > len(top) else ".")
        ),
        numeric={3, 4},
        people=[r["person_id"] for r in top],
    )


def incident_table(f: DashboardFilters) -> Table:
    ranks = selectors.incident_types_by_high_share(f)
    chart = charts.bar_chart(
        chart_id="chart-incidents",
        title="Incident types ranked by the share graded high",
        desc="For referrals received in the period with an approved grade.",
        categories=[r.label for r in ranks],
        series=[("Graded high", [r.percent_high for r in ranks])],
        styles=[charts.GRADE_STYLES["high"]],
        maximum=100,
        unit="%",
        value_labels=[f"{r.percent_high:g}% ({r.high} of {r.graded})" for r in ranks],
    )
    return Table(
        key="incidents",
        caption="Incident types ranked by the share graded high",
        headers=["Rank", "Incident type", "Graded", "Graded high", "Share graded high"],
        rows=[[r.rank, r.label, r.graded, r.high, f"{r.percent_high:g}%"] for r in ranks],
        chart=chart,
        numeric={0, 2, 3, 4},
    )


def flags_tables(user: "User", f: DashboardFilters) -> list[Table]:
    counts = selectors.flags_waiting(f)
    rows: list[list[object]] = [[k.label, counts.get(k.value, 0)] for k in FlagKind]
    rows.append(["Total", sum(counts.values())])
    flagged: list[Any] = list(selectors.flagged_referrals(user, f))  # with open_flags prefetched
    listed = [
        [
            Link(r.reference, reverse("referrals:detail", args=[r.reference])),
            r.get_current_grade_display() or r.get_provisional_grade_display() or "Not graded yet",
            "; ".join(flag.get_kind_display() for flag in r.open_flags),
            f"{timezone.localtime(r.received_at):%-d %b %Y}",
        ]
        for r in flagged
    ]
    return [
        Table(
            key="flags",
            caption="Under-graded flags waiting in the backlog",
            headers=["Reason", "Open flags"],
            rows=rows,
            numeric={1},
        ),
        Table(
            key="flagged",
            caption="Flagged referrals waiting for review, most urgent first",
            headers=["Referral", "Grade", "Flags", "Received"],
            rows=listed,
            referrals=[r.pk for r in flagged],
        ),
    ]


def missing_table(counts: dict[str, int]) -> Table:
    """`counts`: the third of selectors.backlog_figures."""
    rows: list[list[object]] = [[GRADE_LABELS[g], counts.get(f"children:{g}", 0)] for g in GRADES]
    return Table(
        key="missing",
        caption="Children with no risk assessment in open referrals, by the referral's grade",
        headers=["Referral grade", "Children"],
        rows=rows,
        numeric={1},
        note=f"{counts['referrals']} open referrals involve a child with no risk assessment.",
    )


def frontline_figure(f: DashboardFilters) -> Table:
    """Officers' assessments complete and under-graded, per policing area (the whole force)."""
    period, whole = Period(f.start, f.end), Scope(None)
    return frontline_table(
        completion_rates(whole, period, f.local_authority),
        undergrading_gap(whole, period, f.local_authority),
    )


def voice_figures(f: DashboardFilters) -> list[Table]:
    return voice_tables(*voice_of_child(f.start_at, f.end_at, f.local_authority))


@dataclass(frozen=True)
class Counted:
    """What the page counts once for its headline and its tables: the backlog (its size is the
    headline's first figure), the clocks met in the period (the headline counts this month's
    with them) and the days the daily statistics hold. None: each builder counts its own (an
    export)."""

    backlog: Backlog | None = None
    clocks: selectors.ClockCounts | None = None
    held: selectors.Held | None = None


# Each builder gives the tables named beside it, so one export computes only its own figures.
BUILDERS = [
    (("open", "age", "missing"), lambda user, f, at, c: backlog_tables(f, at, c.backlog)),
    (("flow",), lambda user, f, at, c: [flow_table(f, c.held)]),
    (
        ("sla_kind", "sla_grade", "sla_agency", "ack"),
        lambda user, f, at, c: clock_tables(f, c.clocks),
    ),
    (("breaches", "breaches_import"), lambda user, f, at, c: breaches_tables(f)),
    (("overdue",), lambda user, f, at, c: [overdue_table(f, at)]),
    (("repeat",), lambda user, f, at, c: [repeat_children_table(f, at)]),
    (("incidents",), lambda user, f, at, c: [incident_table(f)]),
    (("flags", "flagged"), lambda user, f, at, c: flags_tables(user, f)),
    (("frontline",), lambda user, f, at, c: [frontline_figure(f)]),
    (("voice", "voice_month"), lambda user, f, at, c: voice_figures(f)),
]
TABLE_KEYS = frozenset(key for keys, _build in BUILDERS for key in keys)


def dashboard(
    user: "User", f: DashboardFilters, at: datetime
) -> tuple[list["Headline"], dict[str, Table]]:
    """The page's headline figures and every table. The days the daily statistics hold are read
    once; the backlog is read once, for its tables and the headline's count of it; the clocks
    met this month (the headline) and in the period (the compliance tables) are counted
    together: today's, in both, once."""
    month = selectors.this_month(f, timezone.localdate(at))
    held = selectors.statistics_held()
    month_clocks, period_clocks = selectors.clock_counts_for([month, f], held)
    backlog = selectors.backlog_figures(f, at)
    counted = Counted(backlog, period_clocks, held)
    headline = headline_figures(user, f, at, month_clocks, sum(backlog[0].values()))
    return headline, {t.key: t for _keys, build in BUILDERS for t in build(user, f, at, counted)}


def one_table(key: str, user: "User", f: DashboardFilters, at: datetime) -> Table | None:
    for keys, build in BUILDERS:
        if key in keys:
            return next(t for t in build(user, f, at, Counted()) if t.key == key)
    return None


@dataclass(frozen=True)
class Headline:
    """One headline figure as the page shows it: the number in words, what it counts, and the
    page that lists what it counts."""

    key: str
    value: str
    label: str
    link: Link
    referral: int | None = None  # the referral it names (for the audit event of the page)


def _age_words(age: timedelta) -> str:
    """A waiting time to the day ('12 days'), or to the hour under a day."""
    if age >= timedelta(days=1):
        return f"{age.days} day{'s' if age.days != 1 else ''}"
    hours = int(age.total_seconds() // 3600)
    if not hours:
        return "Under 1 hour"
    return f"{hours} hour{'s' if hours != 1 else ''}"


def headline_figures(
    user: "User",
    f: DashboardFilters,
    at: datetime,
    clocks: selectors.ClockCounts | None = None,
    backlog: int | None = None,
) -> list[Headline]:
    """Open referrals, the oldest one's wait, SLA met this month and referrals waiting for an
    under-grading review, each linking to where they are listed. Supervisors review the flags
    themselves, so theirs links to the review list; a manager's to the queue's flagged filter,
    which lists the same referrals."""
    h = selectors.headline(f, timezone.localdate(at), clocks, backlog)
    area = {"local_authority": f.local_authority} if f.local_authority else {}
    queue = reverse("referrals:queue")
    figures = [
        Headline(
            "open",
            f"{h.open_referrals:,}",
            "open referrals",
            Link("Open them in the triage queue", f"{queue}?{urlencode(area)}".rstrip("?")),
        )
    ]
    if h.oldest:
        pk, reference, received_at = h.oldest
        figures.append(
            Headline(
                "oldest",
                _age_words(at - received_at),
                "waited by the oldest open referral",
                Link(f"Open {reference}", reverse("referrals:detail", args=[reference])),
                referral=pk,
            )
        )
    else:
        figures.append(
            Headline(
                "oldest",
                "None",
                "no open referral is waiting",
                Link("Open the triage queue", queue),
            )
        )
    month = {
        **area,
        **{f"start_{i}": v for i, v in enumerate(_date_parts(h.month.start))},
        **{f"end_{i}": v for i, v in enumerate(_date_parts(h.month.end))},
    }
    figures.append(
        Headline(
            "sla",
            _percent(h.sla_percent) if h.sla_closed else "None",
            f"SLA met this month ({h.sla_within:,} of {h.sla_closed:,} clocks on time)"
            if h.sla_closed
            else "SLA met this month: no clock has stopped yet",
            Link(
                "See SLA compliance this month",
                f"{reverse('dashboards:dashboard')}?{urlencode(month)}#sla",
            ),
        )
    )
    if user.has_role(Role.SUPERVISOR):
        review = Link("Review them", reverse("risk:reviews"))
    else:
        flagged = urlencode({**area, "flagged": "on"})
        review = Link("Open them in the triage queue", f"{queue}?{flagged}")
    figures.append(
        Headline(
            "hidden_risk",
            f"{h.hidden_risk:,}",
            "possible hidden high risk not yet reviewed",
            review,
        )
    )
    return figures


def _date_parts(day: date) -> tuple[int, int, int]:
    """A date as the GOV.UK date input's day, month and year fields take it."""
    return day.day, day.month, day.year
