"""The calendars SLA clocks run on (DESIGN.md §5), as pure functions.

- 24×7: elapsed real time.
- Working hours: Monday to Friday, 09:00 to 17:00 Europe/London, except the bank holidays of
  England and Wales (the `holidays` package) and configured closure days.
- School days: Monday to Friday in term, except bank holidays; a school-day deadline is the
  start of the school day (08:30) on the first school day after the start.

Every function takes and returns aware datetimes; local wall-clock rules are applied in
Europe/London, so the clocks-change Sundays need no special cases.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from vhub import clock

LONDON = ZoneInfo("Europe/London")
WORKDAY_START = time(9, 0)
WORKDAY_END = time(17, 0)
WORKING_DAY_MINUTES = 8 * 60
SCHOOL_DAY_START = time(8, 30)

TWENTY_FOUR_SEVEN = "24x7"
WORKING_HOURS = "working_hours"
SCHOOL_DAYS = "school_days"


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=[year]).keys())


def warm_up(**kwargs: object) -> None:
    """`vhub.warmup.warm_up`: the `holidays` package loads its country module at first use
    (over half a second of CPU), and every intake's clocks ask for this year's bank holidays."""
    this_year = clock.now().astimezone(LONDON).year
    for year in (this_year, this_year + 1):
        _bank_holidays(year)


def is_bank_holiday(day: date) -> bool:
    return day in _bank_holidays(day.year)


@dataclass(frozen=True)
class CalendarInputs:
    """What besides the start decides a due time: closure days, and term dates for school days.
    Terms are (first day, last day) pairs; with none given, every weekday that is not a bank
    holiday counts as a school day."""

    closure_days: frozenset[date] = field(default_factory=frozenset)
    terms: tuple[tuple[date, date], ...] = ()

    @classmethod
    def of(
        cls, closure_days: Iterable[date] = (), terms: Iterable[tuple[date, date]] = ()
    ) -> "CalendarInputs":
        return cls(frozenset(closure_days), tuple(sorted(terms)))


NO_INPUTS = CalendarInputs()


def is_working_day(day: date, inputs: CalendarInputs = NO_INPUTS) -> bool:
    return day.weekday() < 5 and not is_bank_holiday(day) and day not in inputs.closure_days


def is_school_day(day: date, inputs: CalendarInputs = NO_INPUTS) -> bool:
    if day.weekday() >= 5 or is_bank_holiday(day):
        return False
    if not inputs.terms:
        return True
    return any(first <= day <= last for first, last in inputs.terms)


def _local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=LONDON)


def add_working_minutes(
    start: datetime, minutes: int, inputs: CalendarInputs = NO_INPUTS
) -> datetime:
    """The moment `minutes` of working time after `start` have passed. Time outside working
    hours does not count; a start outside them begins at the next working hours."""
    here = start.astimezone(LONDON)
    day, remaining = here.date(), minutes
    cursor = here
    for _ in range(3660):  # ten years of days: a bound, never reached by real targets
        if is_working_day(day, inputs):
            opens, closes = _local(day, WORKDAY_START), _local(day, WORKDAY_END)
            begin = max(cursor, opens)
            if begin < closes:
                available = int((closes - begin).total_seconds() // 60)
                if remaining <= available:
                    return (begin + timedelta(minutes=remaining)).astimezone(start.tzinfo)
                remaining -= available
        day += timedelta(days=1)
        cursor = _local(day, time(0, 0))
    raise ValueError("working-time target too long")


def working_minutes_between(
    start: datetime, end: datetime, inputs: CalendarInputs = NO_INPUTS
) -> int:
    """Working minutes from `start` to `end` (negative if `end` is earlier)."""
    if end < start:
        return -working_minutes_between(end, start, inputs)
    here, there = start.astimezone(LONDON), end.astimezone(LONDON)
    total = 0
    day = here.date()
    while day <= there.date():
        if is_working_day(day, inputs):
            opens = max(_local(day, WORKDAY_START), here)
            closes = min(_local(day, WORKDAY_END), there)
            if closes > opens:
                total += int((closes - opens).total_seconds() // 60)
        day += timedelta(days=1)
    return total


def next_school_day_start(start: datetime, inputs: CalendarInputs = NO_INPUTS) -> datetime:
    """08:30 on the first school day whose start is after `start`."""
    here = start.astimezone(LONDON)
    day = here.date()
    for _ in range(400):
        if is_school_day(day, inputs) and _local(day, SCHOOL_DAY_START) > here:
            return _local(day, SCHOOL_DAY_START).astimezone(start.tzinfo)
        day += timedelta(days=1)
    raise ValueError("no school day within a year: check the term dates")


def next_working_time(moment: datetime, inputs: CalendarInputs = NO_INPUTS) -> datetime:
    """`moment` itself if it falls within working hours, else when working hours next begin."""
    return add_working_minutes(moment, 0, inputs)


def due_at(
    start: datetime,
    calendar: str,
    minutes: int,
    inputs: CalendarInputs = NO_INPUTS,
    paused_minutes: int = 0,
) -> datetime:
    """A clock's due time: a pure function of its start, target, calendar, closure days, term
    dates and time spent paused (counted in the clock's own calendar)."""
    if calendar == TWENTY_FOUR_SEVEN:
        # In UTC: Python adds wall-clock time to datetimes in a zone with daylight saving.
        return start.astimezone(UTC) + timedelta(minutes=minutes + paused_minutes)
    if calendar == WORKING_HOURS:
        return add_working_minutes(start, minutes + paused_minutes, inputs)
    if calendar == SCHOOL_DAYS:
        return next_school_day_start(
            start.astimezone(UTC) + timedelta(minutes=paused_minutes), inputs
        )
    raise ValueError(f"unknown calendar {calendar!r}")


def elapsed_minutes(
    start: datetime, end: datetime, calendar: str, inputs: CalendarInputs = NO_INPUTS
) -> int:
    """Time from start to end in the clock's own calendar (for margins and the 75% mark)."""
    if calendar == WORKING_HOURS:
        return working_minutes_between(start, end, inputs)
    return int((end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() // 60)


# --- Timescales in the units people use --------------------------------------------------------
# Targets are stored in minutes of their calendar's own time; managers enter and read them in
# hours, days (round the clock) or working days (09:00 to 17:00).
HOURS, DAYS, WORKING_DAYS = "hours", "days", "working_days"
UNIT_MINUTES = {HOURS: 60, DAYS: 24 * 60, WORKING_DAYS: WORKING_DAY_MINUTES}
UNIT_CHOICES = [(HOURS, "hours"), (DAYS, "days"), (WORKING_DAYS, "working days")]
# A day means 24 hours only round the clock, a working day only in working hours.
UNITS_FOR_CALENDAR = {
    TWENTY_FOUR_SEVEN: (HOURS, DAYS),
    WORKING_HOURS: (HOURS, WORKING_DAYS),
    SCHOOL_DAYS: (HOURS, DAYS, WORKING_DAYS),
}


def timescale_parts(minutes: int, calendar: str) -> tuple[Decimal, str]:
    """The amount and unit a timescale is best read in: whole days or working days where it
    is a whole number of them, else hours."""
    for unit in (DAYS, WORKING_DAYS):
        size = UNIT_MINUTES[unit]
        if unit in UNITS_FOR_CALENDAR[calendar] and minutes and minutes % size == 0:
            return Decimal(minutes // size), unit
    return (Decimal(minutes) / 60).quantize(Decimal("0.01")).normalize(), HOURS


def timescale_words(minutes: int, calendar: str) -> str:
    """'2 hours', '1 working day', '1.5 hours'; a school-days target is its deadline."""
    if calendar == SCHOOL_DAYS:
        return "before the next school day"
    amount, unit = timescale_parts(minutes, calendar)
    label = dict(UNIT_CHOICES)[unit]
    return f"{amount:f} {label[:-1] if amount == 1 else label}"
