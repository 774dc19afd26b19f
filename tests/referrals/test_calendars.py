"""SLA calendars: clocks changes, bank holidays, Christmas, Friday evenings, half term."""

from datetime import UTC, date, datetime

import pytest

from referrals import calendars
from referrals.calendars import (
    LONDON,
    SCHOOL_DAYS,
    TWENTY_FOUR_SEVEN,
    WORKING_DAY_MINUTES,
    WORKING_HOURS,
    CalendarInputs,
    due_at,
    elapsed_minutes,
    next_working_time,
    working_minutes_between,
)
from vhub import clock


def london(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)


def test_two_hours_across_the_spring_clocks_change_are_two_real_hours() -> None:
    # 29 March 2026: 01:00 GMT becomes 02:00 BST
    start = london(2026, 3, 29, 0, 30)
    due = due_at(start, TWENTY_FOUR_SEVEN, 120)
    assert (due.astimezone(UTC) - start.astimezone(UTC)).total_seconds() == 7200
    assert due.astimezone(LONDON).strftime("%H:%M %Z") == "03:30 BST"


def test_two_hours_across_the_autumn_clocks_change_are_two_real_hours() -> None:
    # 25 October 2026: 02:00 BST becomes 01:00 GMT
    start = london(2026, 10, 25, 0, 30)
    due = due_at(start, TWENTY_FOUR_SEVEN, 120)
    assert (due.astimezone(UTC) - start.astimezone(UTC)).total_seconds() == 7200
    assert due.astimezone(LONDON).strftime("%H:%M %Z") == "01:30 GMT"


def test_working_hours_are_local_on_both_sides_of_a_clocks_change() -> None:
    # Friday 23 October 2026 16:00 BST + 1 working day -> Monday 26 October 16:00 GMT
    due = due_at(london(2026, 10, 23, 16, 0), WORKING_HOURS, WORKING_DAY_MINUTES)
    assert due.astimezone(LONDON) == london(2026, 10, 26, 16, 0)


def test_a_referral_received_at_1655_on_a_friday() -> None:
    friday = london(2026, 11, 20, 16, 55)
    due = due_at(friday, WORKING_HOURS, WORKING_DAY_MINUTES)
    assert due.astimezone(LONDON) == london(2026, 11, 23, 16, 55)  # 5 min Friday, 475 Monday
    assert elapsed_minutes(friday, london(2026, 11, 23, 9, 0), WORKING_HOURS) == 5


def test_a_bank_holiday_monday_is_skipped() -> None:
    # Friday 28 August 2026 12:00; Monday 31 August is the Late Summer Bank Holiday
    due = due_at(london(2026, 8, 28, 12, 0), WORKING_HOURS, WORKING_DAY_MINUTES)
    assert due.astimezone(LONDON) == london(2026, 9, 1, 12, 0)


def test_christmas_with_boxing_day_on_a_saturday() -> None:
    # 2026: Christmas Friday, Boxing Day Saturday, observed on Monday 28 December
    due = due_at(london(2026, 12, 24, 15, 0), WORKING_HOURS, 3 * WORKING_DAY_MINUTES)
    # Thu 24th 2h, then Tue 29th, Wed 30th, Thu 31st 15:00
    assert due.astimezone(LONDON) == london(2026, 12, 31, 15, 0)


def test_christmas_and_boxing_day_both_on_a_weekend() -> None:
    # 2027: Christmas Saturday, Boxing Day Sunday, observed Monday 27 and Tuesday 28
    due = due_at(london(2027, 12, 24, 10, 0), WORKING_HOURS, WORKING_DAY_MINUTES)
    assert due.astimezone(LONDON) == london(2027, 12, 29, 10, 0)


def test_a_start_outside_working_hours_begins_at_the_next_opening() -> None:
    saturday_night = london(2026, 11, 21, 23, 0)
    assert next_working_time(saturday_night).astimezone(LONDON) == london(2026, 11, 23, 9, 0)
    due = due_at(saturday_night, WORKING_HOURS, 60)
    assert due.astimezone(LONDON) == london(2026, 11, 23, 10, 0)


def test_closure_days_do_not_count() -> None:
    inputs = CalendarInputs.of(closure_days=[date(2026, 11, 23)])
    due = due_at(london(2026, 11, 20, 16, 55), WORKING_HOURS, WORKING_DAY_MINUTES, inputs)
    assert due.astimezone(LONDON) == london(2026, 11, 24, 16, 55)


def test_pauses_extend_the_due_time_in_the_clocks_own_calendar() -> None:
    start = london(2026, 11, 23, 9, 0)
    assert due_at(start, WORKING_HOURS, 60, paused_minutes=30).astimezone(LONDON) == london(
        2026, 11, 23, 10, 30
    )
    assert due_at(start, TWENTY_FOUR_SEVEN, 60, paused_minutes=30) == london(2026, 11, 23, 10, 30)


def test_working_minutes_between_counts_only_working_time() -> None:
    assert working_minutes_between(london(2026, 11, 20, 16, 0), london(2026, 11, 23, 10, 0)) == 120
    assert working_minutes_between(london(2026, 11, 23, 10, 0), london(2026, 11, 20, 16, 0)) == -120


def test_school_day_deadline_is_0830_on_the_next_school_day() -> None:
    # an incident on a Tuesday evening in term: before 08:30 on Wednesday
    assert due_at(london(2026, 11, 17, 21, 0), SCHOOL_DAYS, 0).astimezone(LONDON) == london(
        2026, 11, 18, 8, 30
    )
    # Friday night: Monday morning
    assert due_at(london(2026, 11, 20, 22, 0), SCHOOL_DAYS, 0).astimezone(LONDON) == london(
        2026, 11, 23, 8, 30
    )


def test_school_day_deadline_over_half_term() -> None:
    autumn = (date(2026, 9, 3), date(2026, 10, 23))
    after_half_term = (date(2026, 11, 2), date(2026, 12, 18))
    inputs = CalendarInputs.of(terms=[autumn, after_half_term])
    # Thursday 22 October: the next school day is Friday 23rd, the last day before half term
    assert due_at(london(2026, 10, 22, 19, 0), SCHOOL_DAYS, 0, inputs).astimezone(LONDON) == london(
        2026, 10, 23, 8, 30
    )
    # Friday 23 October evening: half term week, so Monday 2 November
    assert due_at(london(2026, 10, 23, 19, 0), SCHOOL_DAYS, 0, inputs).astimezone(LONDON) == london(
        2026, 11, 2, 8, 30
    )


@pytest.mark.parametrize("calendar", [TWENTY_FOUR_SEVEN, WORKING_HOURS])
def test_due_time_is_a_pure_function(calendar) -> None:
    start = london(2026, 12, 24, 16, 30)
    assert due_at(start, calendar, 480) == due_at(start, calendar, 480)


def test_the_warm_up_loads_the_bank_holidays_of_the_hubs_clock_year_and_the_next(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The warm-up reads the one business clock (vhub.clock), as everything else does: a hub run
    # with its clock set (a replayed day, a drill) preloads the years its clocks will ask for.
    monkeypatch.setattr(clock, "now", lambda: datetime(2031, 6, 1, 12, tzinfo=UTC))
    calendars._bank_holidays.cache_clear()
    calendars.warm_up()
    assert calendars._bank_holidays.cache_info().currsize == 2
    calendars.is_bank_holiday(date(2031, 12, 25))
    calendars.is_bank_holiday(date(2032, 1, 1))
    assert calendars._bank_holidays.cache_info().misses == 2
