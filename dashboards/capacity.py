"""Capacity against demand: practitioner hours, the clearance forecast and the capacity rule.

Definitions (docs/dashboards.md):
- the trend window is the `trend_days` full London days before today;
- inflow per day = referrals received in the window / trend_days; throughput per day =
  referrals that left the backlog in the window / trend_days;
- the backlog clears in ceil(backlog / (throughput - inflow per day)) days, counted from today,
  when throughput is higher; otherwise it does not clear at the current rate;
- what-if: extra practitioner hours a week add (hours / 7) × (referrals cleared per
  practitioner hour in the window) to the daily throughput.
All counts are SQL; arithmetic on the few resulting numbers uses exact fractions.
"""

import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from django.db import connection
from django.utils import timezone

from dashboards.models import Absence, CapacitySettings, RosterHours
from dashboards.selectors import DashboardFilters, flow_per_day, flow_totals, open_referrals
from referrals.calendars import LONDON
from vhub.roles import VHUB_CASEWORK_ROLES


def capacity_settings() -> CapacitySettings:
    settings, _ = CapacitySettings.objects.get_or_create(pk=1)
    return settings


def london_today(at: datetime) -> date:
    return timezone.localtime(at, LONDON).date()


def available_hours(start: date, end: date) -> dict[date, Decimal]:
    """{day: practitioner hours} for each day in [start, end): the usual hours of active
    practitioners and supervisors on that weekday, less anyone absent that day. One query."""
    roster = RosterHours._meta.db_table
    absence = Absence._meta.db_table
    with connection.cursor() as cursor:
        # The table names come from the models; every value is a parameter.
        cursor.execute(
            f"""
            SELECT d::date, COALESCE(SUM(r.hours), 0)
            FROM generate_series(%s::date, %s::date - 1, interval '1 day') AS d
            LEFT JOIN {roster} r
              ON r.weekday = EXTRACT(ISODOW FROM d) - 1
             AND r.user_id IN (
                 SELECT u.id FROM accounts_user u
                 JOIN accounts_user_groups ug ON ug.user_id = u.id
                 JOIN auth_group g ON g.id = ug.group_id
                 WHERE u.is_active AND g.name = ANY(%s))
             AND NOT EXISTS (
                 SELECT 1 FROM {absence} a
                 WHERE a.user_id = r.user_id AND d::date BETWEEN a.first_day AND a.last_day)
            GROUP BY d ORDER BY d
            """,  # noqa: S608 # nosec B608
            [start, end, [str(r) for r in VHUB_CASEWORK_ROLES]],
        )
        return {row[0]: Decimal(row[1]) for row in cursor.fetchall()}


@dataclass(frozen=True)
class Forecast:
    days: int | None  # None: the backlog does not clear at this rate
    on: date | None


def forecast_clearance(
    backlog: int,
    inflow: int,
    throughput: int,
    window_days: int,
    today: date,
    extra_per_day: Fraction = Fraction(0),
) -> Forecast:
    """When the backlog clears: `inflow` and `throughput` are counts over `window_days` days;
    `extra_per_day` is added throughput (the what-if)."""
    if backlog <= 0:
        return Forecast(0, today)
    net = Fraction(throughput - inflow, window_days) + extra_per_day
    if net <= 0:
        return Forecast(None, None)
    days = math.ceil(Fraction(backlog) / net)
    return Forecast(days, today + timedelta(days=days))


@dataclass
class CapacityPosition:
    today: date
    window_start: date
    window_days: int
    backlog: int
    inflow: int
    throughput: int
    hours: Decimal
    forecast: Forecast
    extra_hours: int = 0
    what_if: Forecast | None = None
    reasons: list[str] = field(default_factory=list)

    @property
    def inflow_per_day(self) -> Decimal:
        return (Decimal(self.inflow) / self.window_days).quantize(Decimal("0.01"))

    @property
    def throughput_per_day(self) -> Decimal:
        return (Decimal(self.throughput) / self.window_days).quantize(Decimal("0.01"))

    @property
    def per_hour(self) -> Fraction | None:
        """Referrals cleared per practitioner hour in the window."""
        return Fraction(self.throughput) / Fraction(self.hours) if self.hours else None

    @property
    def per_hour_display(self) -> str:
        return "not known" if self.per_hour is None else f"{float(self.per_hour):.2f}"

    @property
    def rule_broken(self) -> bool:
        return bool(self.reasons)


def rule_reasons(
    config: CapacitySettings, inflow: int, throughput: int, forecast: Forecast, backlog: int
) -> list[str]:
    """Why the capacity rule is broken (empty: it holds)."""
    reasons = []
    if inflow * 100 > throughput * (100 + config.inflow_margin_percent):
        reasons.append(
            f"Referrals are coming in faster than they leave the backlog by more than "
            f"{config.inflow_margin_percent}% ({inflow} received, {throughput} left in the last "
            f"{config.trend_days} days)."
        )
    if backlog and (forecast.days is None or forecast.days > config.max_clearance_days):
        when = (
            "does not clear at the current rate"
            if forecast.days is None
            else f"would take {forecast.days} days to clear"
        )
        reasons.append(
            f"The backlog of {backlog} {when}; the limit is {config.max_clearance_days} days."
        )
    return reasons


def capacity_position(
    at: datetime,
    *,
    local_authority: int | None = None,
    extra_hours: int = 0,
    config: CapacitySettings | None = None,
    backlog: int | None = None,
    read: tuple[list[tuple[date, int, int]], dict[date, Decimal]] | None = None,
) -> CapacityPosition:
    """The position at `at`; `backlog` replaces the live count when the position of a past
    moment is wanted (the daily report rebuilds it). `read`: the daily flow (flow_per_day)
    and hours (available_hours) of a range of days that holds the window, already read by
    the caller, instead of reading the window's."""
    config = config or capacity_settings()
    today = london_today(at)
    window = config.trend_days
    start = today - timedelta(days=window)
    f = DashboardFilters(
        start=start, end=today - timedelta(days=1), local_authority=local_authority
    )
    if read is None:
        inflow, throughput = flow_totals(f)
        hours = sum(available_hours(start, today).values(), Decimal(0))
    else:
        # Each day's figures are the same whatever range they are read in.
        flow, hours_by_day = read
        in_window = [(r, lft) for day, r, lft in flow if start <= day < today]
        if len(in_window) != window:
            raise ValueError("the flow read does not hold the whole window")
        inflow, throughput = sum(r for r, _ in in_window), sum(lft for _, lft in in_window)
        hours = sum((h for day, h in hours_by_day.items() if start <= day < today), Decimal(0))
    if backlog is None:
        backlog = open_referrals(f).count()
    forecast = forecast_clearance(backlog, inflow, throughput, window, today)
    position = CapacityPosition(
        today=today,
        window_start=start,
        window_days=window,
        backlog=backlog,
        inflow=inflow,
        throughput=throughput,
        hours=hours,
        forecast=forecast,
        extra_hours=extra_hours,
    )
    if extra_hours and position.per_hour is not None:
        extra = Fraction(extra_hours, 7) * position.per_hour
        position.what_if = forecast_clearance(backlog, inflow, throughput, window, today, extra)
    position.reasons = rule_reasons(config, inflow, throughput, forecast, backlog)
    return position


def weekly_trend(
    flow: list[tuple[date, int, int]], hours: dict[date, Decimal]
) -> list[tuple[date, int, int, Decimal]]:
    """Sums the daily figures (already counted in SQL) into weeks starting on Mondays:
    [(week start, received, left the backlog, practitioner hours)]."""
    weeks: dict[date, list] = {}
    for day, received, left in flow:
        monday = day - timedelta(days=day.weekday())
        week = weeks.setdefault(monday, [0, 0, Decimal(0)])
        week[0] += received
        week[1] += left
        week[2] += hours.get(day, Decimal(0))
    return [(monday, *values) for monday, values in sorted(weeks.items())]


TREND_DAYS = 84  # twelve weeks


def capacity_overview(
    at: datetime,
    *,
    local_authority: int | None,
    extra_hours: int,
    config: CapacitySettings,
) -> tuple[CapacityPosition, list[tuple[date, int, int, Decimal]], list[tuple[date, Decimal]]]:
    """What the capacity page shows: the position and forecast, the last twelve weeks of
    demand, throughput and hours, and the hours rostered for the next fourteen days. The daily
    flow is read once for the trend and the rate window together, and the hours once for
    them and the days ahead (three statements, not seven)."""
    today = london_today(at)
    trend_start = today - timedelta(days=TREND_DAYS)
    f = DashboardFilters(
        start=min(trend_start, today - timedelta(days=config.trend_days)),
        end=today - timedelta(days=1),
        local_authority=local_authority,
    )
    flow = flow_per_day(f)
    hours = available_hours(f.start, today + timedelta(days=14))
    position = capacity_position(
        at,
        local_authority=local_authority,
        extra_hours=extra_hours,
        config=config,
        read=(flow, hours),
    )
    weeks = weekly_trend([row for row in flow if row[0] >= trend_start], hours)
    ahead = sorted((day, h) for day, h in hours.items() if day >= today)
    return position, weeks, ahead
