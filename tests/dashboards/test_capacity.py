"""Capacity: the roster, the clearance forecast and what-if, and the capacity alert."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
import time_machine
from django.core import mail

from audit.models import AuditEvent
from dashboards.actions import do_add_absence, do_check_capacity, do_set_roster
from dashboards.capacity import (
    TREND_DAYS,
    available_hours,
    capacity_overview,
    capacity_position,
    forecast_clearance,
    weekly_trend,
)
from dashboards.models import CapacityAlert, CapacitySettings, RosterHours
from dashboards.selectors import DashboardFilters, flow_per_day
from referrals.models import Notification, Referral, ReferralStatus
from tests.factories import approved_referral, share_with, submit_referral

NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)  # a Wednesday
TODAY = date(2026, 11, 18)


def test_forecast_is_the_backlog_over_the_net_daily_clearance_rounded_up() -> None:
    # 42 left and 28 came in over 28 days: 0.5 a day net; 30 / 0.5 = 60 days.
    assert forecast_clearance(30, 28, 42, 28, TODAY).days == 60
    assert forecast_clearance(30, 28, 42, 28, TODAY).on == date(2027, 1, 17)
    assert forecast_clearance(31, 28, 42, 28, TODAY).days == 62  # 62 exactly
    assert forecast_clearance(30, 28, 43, 28, TODAY).days == 56  # 55.04 rounds up
    assert forecast_clearance(0, 5, 0, 28, TODAY).on == TODAY  # nothing to clear
    assert forecast_clearance(30, 42, 42, 28, TODAY).on is None  # never at this rate
    assert forecast_clearance(30, 42, 42, 28, TODAY, Fraction(1, 2)).days == 60


def _seed_window(officer, practitioner, supervisor) -> None:
    """Trend window of 7 days: 11 to 17 November. Received in it: 2; left the backlog in it:
    4; open now: 3."""

    def at(day, hour: int = 10):
        return datetime(2026, 11, day, hour, 0, tzinfo=UTC)

    old = []
    with time_machine.travel(at(1), tick=False):
        old = [approved_referral(officer, practitioner, supervisor) for _ in range(3)]
    with time_machine.travel(at(12), tick=False):
        for referral in old:
            share_with(referral, practitioner)
    with time_machine.travel(at(13), tick=False):
        quick = approved_referral(officer, practitioner, supervisor)
    with time_machine.travel(at(14), tick=False):
        share_with(quick, practitioner)
    with time_machine.travel(at(10), tick=False):
        submit_referral(officer)
        submit_referral(officer)
    with time_machine.travel(at(16), tick=False):
        submit_referral(officer)


def test_capacity_position_forecast_and_what_if_on_seeded_data(
    officer, practitioner, supervisor, manager
) -> None:
    _seed_window(officer, practitioner, supervisor)
    config = CapacitySettings.objects.get(pk=1)
    config.trend_days = 7
    config.save()
    weekdays = {d: Decimal("7") for d in range(5)}
    do_set_roster(actor=manager, practitioner=practitioner, hours=weekdays)
    do_add_absence(
        actor=manager,
        practitioner=practitioner,
        first_day=date(2026, 11, 16),
        last_day=date(2026, 11, 16),
        reason="Training",
    )
    with time_machine.travel(NOW, tick=False):
        position = capacity_position(NOW, extra_hours=49)

    assert (position.inflow, position.throughput, position.backlog) == (2, 4, 3)
    # Wed 11 to Tue 17: five weekdays of 7 hours, less Monday 16 (absent).
    assert position.hours == Decimal("28")
    assert position.per_hour == Fraction(1, 7)
    # Net (4 - 2) / 7 a day: 3 / (2/7) = 10.5, so 11 days.
    assert (position.forecast.days, position.forecast.on) == (11, date(2026, 11, 29))
    # 49 extra hours a week = 7 a day × 1/7 referral an hour = 1 more a day: 3 / (9/7) → 3 days.
    assert (position.what_if.days, position.what_if.on) == (3, date(2026, 11, 21))
    assert position.reasons == []

    config.max_clearance_days = 10
    with time_machine.travel(NOW, tick=False):
        broken = capacity_position(NOW, config=config)
    assert broken.reasons == ["The backlog of 3 would take 11 days to clear; the limit is 10 days."]


@pytest.mark.parametrize("trend_days", [7, 90])
def test_the_page_reads_the_flow_and_hours_once_with_the_same_figures(
    officer, practitioner, supervisor, manager, trend_days
) -> None:
    """capacity_overview reads the daily flow and the hours once for the rate window, the
    twelve weeks and the days ahead; each figure is the one read on its own (a window shorter
    than the twelve weeks, and one longer)."""
    _seed_window(officer, practitioner, supervisor)
    config = CapacitySettings.objects.get(pk=1)
    config.trend_days = trend_days
    config.save()
    # Mondays and Wednesdays (today is one), away from Monday 9 to Friday 13 November.
    do_set_roster(
        actor=manager, practitioner=practitioner, hours={0: Decimal("7.5"), 2: Decimal("4")}
    )
    do_add_absence(
        actor=manager,
        practitioner=practitioner,
        first_day=date(2026, 11, 9),
        last_day=date(2026, 11, 13),
        reason="Training",
    )
    with time_machine.travel(NOW, tick=False):
        position, weeks, ahead = capacity_overview(
            NOW, local_authority=None, extra_hours=49, config=config
        )
        alone = capacity_position(NOW, extra_hours=49, config=config)
        today = alone.today
        twelve = DashboardFilters(
            start=today - timedelta(days=TREND_DAYS), end=today - timedelta(days=1)
        )
        weeks_alone = weekly_trend(flow_per_day(twelve), available_hours(twelve.start, today))
        ahead_alone = sorted(available_hours(today, today + timedelta(days=14)).items())

    assert position == alone
    assert position.hours > 0
    assert weeks == weeks_alone
    assert ahead == ahead_alone
    assert len(weeks) in (12, 13)
    assert len(ahead) == 14


def test_available_hours_count_active_practitioners_less_absences(manager, practitioner) -> None:
    do_set_roster(
        actor=manager, practitioner=practitioner, hours={0: Decimal("7.5"), 2: Decimal("4")}
    )
    do_add_absence(
        actor=manager,
        practitioner=practitioner,
        first_day=date(2026, 11, 18),
        last_day=date(2026, 11, 20),
        reason="Leave",
    )
    hours = available_hours(date(2026, 11, 16), date(2026, 11, 26))
    assert hours[date(2026, 11, 16)] == Decimal("7.5")  # Monday
    assert hours[date(2026, 11, 18)] == 0  # Wednesday, absent
    assert hours[date(2026, 11, 25)] == Decimal("4")
    assert sum(hours.values()) == Decimal("19")


def _checks(n: int, django_capture_on_commit_callbacks) -> None:
    for _ in range(n):
        with django_capture_on_commit_callbacks(execute=True):
            do_check_capacity()


def test_capacity_alert_is_sent_once_per_breach_and_again_only_after_recovery(
    officer, manager, django_capture_on_commit_callbacks
) -> None:
    with time_machine.travel(NOW, tick=False):
        referral = submit_referral(officer)  # a backlog, and nothing leaving it
        _checks(3, django_capture_on_commit_callbacks)
        assert CapacityAlert.objects.count() == 1
        alert = CapacityAlert.objects.get()
        assert alert.is_open
        assert alert.backlog == 1
        assert alert.forecast_days is None
        assert Notification.objects.filter(user=manager).count() == 1
        assert [m.to for m in mail.outbox] == [[manager.email]]
        assert "capacity" in mail.outbox[0].subject.lower()

        Referral.objects.filter(pk=referral.pk).update(status=ReferralStatus.SHARED)
        _checks(2, django_capture_on_commit_callbacks)  # recovered: closed, nothing sent
        alert.refresh_from_db()
        assert not alert.is_open
        assert alert.recovered_at == NOW
        assert len(mail.outbox) == 1

        submit_referral(officer)  # broken again: a new alert
        _checks(2, django_capture_on_commit_callbacks)
    assert CapacityAlert.objects.count() == 2
    assert Notification.objects.filter(user=manager).count() == 2
    assert len(mail.outbox) == 2
    assert AuditEvent.objects.filter(action="capacity.alert").count() == 2
    assert AuditEvent.objects.filter(action="capacity.recovered").count() == 1


def test_managers_edit_the_roster_and_the_rule_with_audit(
    client_for, manager, practitioner
) -> None:
    client = client_for(manager)
    response = client.post(
        "/dashboards/capacity/",
        {"form": "roster", "practitioner": practitioner.pk, "day_0": "7.5", "day_4": "3"},
    )
    assert response.status_code == 302
    assert dict(RosterHours.objects.values_list("weekday", "hours")) == {
        0: Decimal("7.5"),
        4: Decimal("3"),
    }
    event = AuditEvent.objects.get(action="capacity.roster")
    assert event.details["after"] == {"Monday": "7.5", "Friday": "3"}

    response = client.post(
        "/dashboards/capacity/",
        {
            "form": "settings",
            "inflow_margin_percent": "20",
            "max_clearance_days": "7",
            "trend_days": "14",
        },
    )
    assert response.status_code == 302
    config = CapacitySettings.objects.get(pk=1)
    assert (config.inflow_margin_percent, config.max_clearance_days, config.trend_days) == (
        20,
        7,
        14,
    )
    event = AuditEvent.objects.get(action="capacity.settings")
    assert event.details["before"]["inflow_margin_percent"] == 10
    assert event.details["after"]["inflow_margin_percent"] == 20


def test_a_bad_roster_entry_shows_a_linked_error(client_for, manager, practitioner) -> None:
    response = client_for(manager).post(
        "/dashboards/capacity/", {"form": "roster", "practitioner": practitioner.pk, "day_1": "30"}
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert 'href="#id_day_1"' in body
    assert "Tuesday&#x27;s hours must be 24 or fewer" in body
    assert not RosterHours.objects.exists()


def test_supervisors_see_capacity_but_cannot_change_it(
    client_for, supervisor, practitioner
) -> None:
    client = client_for(supervisor)
    page = client.get("/dashboards/capacity/?extra_hours=37")
    assert page.status_code == 200
    assert "Save usual hours" not in page.content.decode()
    response = client.post(
        "/dashboards/capacity/", {"form": "roster", "practitioner": practitioner.pk, "day_0": "7"}
    )
    assert response.status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=supervisor).exists()
    assert not RosterHours.objects.exists()


def test_what_if_hours_are_read_from_the_address(client_for, manager, practitioner) -> None:
    do_set_roster(actor=manager, practitioner=practitioner, hours={0: Decimal("7")})
    body = client_for(manager).get("/dashboards/capacity/?extra_hours=37").content.decode()
    assert "With 37 extra hours a week" in body
    bad = client_for(manager).get("/dashboards/capacity/?extra_hours=-4").content.decode()
    assert "Extra hours must be 0 or more" in bad
    assert 'href="#id_extra_hours"' in bad


def _capacity_queries(client) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get("/dashboards/capacity/?extra_hours=10").status_code == 200
    return len(queries)


def test_capacity_page_query_count_does_not_grow_with_data(
    client_for, manager, officer, practitioner, practitioner2, django_assert_num_queries
) -> None:
    client = client_for(manager)
    do_set_roster(actor=manager, practitioner=practitioner, hours={0: Decimal("7")})
    submit_referral(officer)
    small = _capacity_queries(client)
    do_set_roster(actor=manager, practitioner=practitioner2, hours={1: Decimal("7")})
    for first in (date(2030, 1, 1), date(2030, 2, 1)):
        do_add_absence(
            actor=manager,
            practitioner=practitioner2,
            first_day=first,
            last_day=first,
            reason="Leave",
        )
    submit_referral(officer)
    # User, and roles with the agency (2; the session comes from the cache and its device was
    # checked by the first request, accounts/middleware.py); the rule's configuration (1); the
    # twelve weeks and the rate window together (dashboards.capacity.capacity_overview): the days
    # the daily statistics hold (1), received and left on the days they do not (2: none are held
    # here), hours for those days and the next 14 (1); the backlog (1); the audit event (the
    # chain's lock with its last hash, insert: 2); the practitioners, read once for the roster
    # and the roster and absence forms' choices (1), and their usual hours (1); unread
    # notifications (1); the what-if form's areas (1, read once:
    # vhub.forms.choices_read_once); absences (1); recent alerts (1). No
    # session save: a page within the minute writes nothing to the session.
    assert small == 16
    with django_assert_num_queries(16):
        assert client.get("/dashboards/capacity/?extra_hours=10").status_code == 200
