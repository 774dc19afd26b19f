"""The daily report (WeasyPrint PDF): yesterday's figures and the position at 07:00.

The report of day D covers D-1 (midnight to midnight, Europe/London) and the position at 07:00
on D, so the report of any past day can be produced again later with the same meaning: the
backlog at that moment is rebuilt from when referrals were received and when they left it (the
audit trail), and open breaches from the clocks' start, due and stop times. It carries counts
only, never a name, because it is e-mailed.
"""

from datetime import date, datetime, time, timedelta

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.template.loader import render_to_string
from django.utils import timezone

from audit.checkpoints import daily_report_reason, log_line
from audit.models import AuditCheckpoint
from dashboards import charts, selectors
from dashboards.capacity import capacity_position
from dashboards.selectors import AGE_BUCKETS, GRADE_LABELS, GRADES, DashboardFilters
from referrals.calendars import LONDON
from referrals.models import ClockKind, Referral, SlaClock
from risk.frontline import Period, Scope, completion_rates, undergrading_gap, voice_of_child
from risk.models import UnderGradingFlag
from risk.selectors import scans_finished
from vhub.pdf import html_to_pdf

REPORT_TIME = time(7, 0)
FRONTLINE_DAYS = 30  # the frontline figures cover the 30 days to the report's yesterday


def report_moment(day: date) -> datetime:
    return datetime.combine(day, REPORT_TIME, tzinfo=LONDON)


def backlog_at(at: datetime, f: DashboardFilters) -> QuerySet[Referral]:
    """Referrals received by `at` that had not left the backlog by then."""
    left = selectors.exit_events().filter(referral_id=OuterRef("pk"), occurred_at__lte=at)
    rows = Referral.objects.filter(received_at__lte=at).exclude(Exists(left))
    return rows.filter(local_authority_id=f.local_authority) if f.local_authority else rows


def report_figures(day: date) -> dict[str, object]:
    at = report_moment(day)
    yesterday = day - timedelta(days=1)
    f = DashboardFilters(start=yesterday, end=yesterday)
    backlog = backlog_at(at, f)
    whens_age = []
    by_grade = dict(
        backlog.annotate(grade=selectors.grade_expression())
        .values_list("grade")
        .annotate(n=Count("id"))
        .order_by()
    )
    for label, low, high in AGE_BUCKETS:
        condition = Q(received_at__lte=at - low)
        if high is not None:
            condition &= Q(received_at__gt=at - high)
        whens_age.append((label, condition))
    age_counts = backlog.aggregate(
        **{f"b{i}": Count("id", filter=cond) for i, (_label, cond) in enumerate(whens_age)}
    )
    ages = {label: age_counts[f"b{i}"] for i, (label, _c) in enumerate(whens_age)}
    open_at = Q(started_at__lte=at) & (Q(met_at__isnull=True) | Q(met_at__gt=at))
    breaches = dict(
        SlaClock.objects.filter(open_at, due_at__lte=at)
        .values_list("kind")
        .annotate(n=Count("id"))
        .order_by()
    )
    new_breaches = SlaClock.objects.filter(
        breached_at__gte=f.start_at, breached_at__lt=f.end_at
    ).count()
    flags = (
        UnderGradingFlag.objects.filter(
            Q(resolved_at__isnull=True) | Q(resolved_at__gt=at), raised_at__lte=at
        )
        .filter(referral__in=backlog)
        .count()
    )
    # A line for each backlog scan finished yesterday (counts only, as the whole report).
    scans = scans_finished(f.start_at, f.end_at)
    total = sum(by_grade.values())
    capacity = capacity_position(at, backlog=total)
    received, left = selectors.flow_totals(f)
    compliance = selectors.compliance_by(f, "kind")
    age_chart = charts.bar_chart(
        chart_id="report-age",
        title="Backlog age profile at 07:00",
        desc="Open referrals by time since received.",
        categories=list(ages),
        series=[("Open referrals", list(ages.values()))],
    )
    # Taken on the primary moments before (do_send_daily_report): read it there, not from a
    # replica that may not have it yet.
    checkpoint = (
        AuditCheckpoint.objects.using("default").filter(reason=daily_report_reason(day)).first()
    )
    return {
        **frontline_figures(yesterday),
        "day": day,
        "yesterday": yesterday,
        "at": at,
        "received": received,
        "left": left,
        "compliance": compliance,
        "closed": sum(c.closed for c in compliance),
        "within": sum(c.within for c in compliance),
        "new_breaches": new_breaches,
        "backlog": total,
        "by_grade": [(GRADE_LABELS[g], by_grade.get(g, 0)) for g in GRADES],
        "ages": list(ages.items()),
        "age_chart": age_chart,
        "breaches": [(k.label, breaches[k.value]) for k in ClockKind if k.value in breaches],
        "breach_total": sum(breaches.values()),
        "flags": flags,
        "capacity": capacity,
        # The audit chain's signed head, taken when the report was first sent: a copy of it
        # outside the database (audit/checkpoints.py).
        "checkpoint": checkpoint,
        "checkpoint_line": log_line(checkpoint) if checkpoint else "",
        "scans": scans,
        "generated_at": timezone.localtime(),
    }


def frontline_figures(yesterday: date) -> dict[str, object]:
    """Officers' assessments complete, under-graded and the voice of the child, over the
    FRONTLINE_DAYS to yesterday, force-wide and per policing area (counts only)."""
    period = Period(yesterday - timedelta(days=FRONTLINE_DAYS - 1), yesterday)
    completion = completion_rates(Scope(None), period)
    gap = undergrading_gap(Scope(None), period)
    voice, _months = voice_of_child(period.start_at, period.end_at)
    gaps = {g.label: g for g in gap.by_area}
    return {
        "frontline_start": period.start,
        "frontline_completion": completion.total,
        "frontline_gap": gap.total,
        "frontline_voice_captured": sum(v.captured for v in voice),
        "frontline_voice_referrals": sum(v.referrals for v in voice),
        "frontline_areas": [(r, gaps.get(r.label)) for r in completion.by_area],
    }


def render_report_pdf(day: date, figures: dict[str, object] | None = None) -> bytes:
    html = render_to_string("dashboards/report_pdf.html", figures or report_figures(day))
    return html_to_pdf(html)
