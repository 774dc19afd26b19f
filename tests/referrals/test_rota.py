"""Escalations reach the area team's duty supervisor from the rota, skipping absent people
(referrals/rota.py, docs/sla.md)."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine

from audit.models import AuditEvent
from dashboards.actions import do_add_absence
from referrals.escalation import sweep_clocks
from referrals.models import ClockKind, DutyRota, Escalation
from referrals.rota import cover_for_area, do_add_duty
from tests.factories import UserFactory, submit_referral
from vhub.errors import ActionPermissionError
from vhub.models import Agency

TUESDAY_10AM = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)
TUESDAY = date(2026, 11, 17)


@pytest.fixture
def supervisor3(db):
    return UserFactory(username="supervisor3", roles=["supervisor"])


def _duty(manager, supervisor, *, area: str = "herefordshire-cs", **days):
    values = {"first_day": None, "last_day": None, "weekday": None, **days}
    return do_add_duty(
        actor=manager, area=Agency.objects.get(slug=area), supervisor=supervisor, **values
    )


def _away(manager, person, day=TUESDAY) -> None:
    do_add_absence(
        actor=manager, practitioner=person, first_day=day, last_day=day, reason="Annual leave"
    )


def _breach_recipients(officer) -> set[str]:
    """A Herefordshire referral nobody holds, its triage clock breached: who was escalated to."""
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(officer)
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=2, minutes=5), tick=False):
        sweep_clocks()
    return set(
        Escalation.objects.filter(
            clock__referral=referral, clock__kind=ClockKind.TRIAGE, level="breached"
        ).values_list("recipient__username", flat=True)
    )


def test_the_duty_supervisor_alone_is_escalated_to(
    officer, manager, supervisor, supervisor2, supervisor3
) -> None:
    _duty(manager, supervisor, weekday=1)  # Tuesdays
    _duty(manager, supervisor2, weekday=2)  # Wednesdays: in the team, not on duty
    assert _breach_recipients(officer) == {"supervisor"}


def test_an_absent_duty_supervisor_is_covered_by_the_team_and_only_the_team(
    officer, manager, supervisor, supervisor2, supervisor3
) -> None:
    _duty(manager, supervisor, weekday=1)
    _duty(manager, supervisor2, weekday=2)  # the cover: on the Herefordshire team
    _duty(manager, supervisor3, area="shropshire-cs")  # another area's team
    _away(manager, supervisor)
    assert _breach_recipients(officer) == {"supervisor2"}


def test_with_no_supervisor_of_the_team_present_the_manager_is_escalated_to(
    officer, manager, supervisor, supervisor2, supervisor3
) -> None:
    _duty(manager, supervisor, weekday=1)
    _duty(manager, supervisor2, weekday=2)
    _away(manager, supervisor)
    _away(manager, supervisor2)
    assert _breach_recipients(officer) == {"manager"}


def test_a_date_range_and_a_weekday_pattern_decide_who_is_on_duty(
    manager, supervisor, supervisor2
) -> None:
    area = Agency.objects.get(slug="herefordshire-cs")
    _duty(manager, supervisor, weekday=0)  # Mondays
    _duty(manager, supervisor2, first_day=date(2026, 11, 16), last_day=date(2026, 11, 20))
    both = {supervisor.pk, supervisor2.pk}
    assert set(cover_for_area(area.pk, date(2026, 11, 16))) == both  # a Monday in the range
    assert cover_for_area(area.pk, date(2026, 11, 17)) == [supervisor2.pk]
    assert cover_for_area(area.pk, date(2026, 11, 23)) == [supervisor.pk]  # Monday, after it
    # Nobody on duty that Tuesday: the team (both of them) covers.
    assert set(cover_for_area(area.pk, date(2026, 11, 24))) == both


def test_an_area_with_no_rota_escalates_to_every_present_supervisor(
    officer, manager, supervisor, supervisor2
) -> None:
    _away(manager, supervisor2)
    assert _breach_recipients(officer) == {"supervisor"}


def test_a_deactivated_duty_supervisor_is_skipped(
    officer, manager, supervisor, supervisor2
) -> None:
    _duty(manager, supervisor)
    _duty(manager, supervisor2, weekday=4)
    supervisor.is_active = False
    supervisor.save()
    assert _breach_recipients(officer) == {"supervisor2"}


def test_only_a_manager_keeps_the_rota(supervisor, supervisor2) -> None:
    with pytest.raises(ActionPermissionError):
        _duty(supervisor, supervisor2)


def test_the_rota_page_adds_and_removes_with_audit(client_for, manager, supervisor) -> None:
    client = client_for(manager)
    area = Agency.objects.get(slug="herefordshire-cs")
    response = client.post(
        "/referrals/rota/",
        {
            "area": area.pk,
            "supervisor": supervisor.pk,
            "weekday": "1",
            "first_day_0": "1",
            "first_day_1": "12",
            "first_day_2": "2026",
            "last_day_0": "",
            "last_day_1": "",
            "last_day_2": "",
        },
    )
    assert response.status_code == 302
    entry = DutyRota.objects.get()
    assert (entry.supervisor, entry.weekday, entry.first_day) == (supervisor, 1, date(2026, 12, 1))
    assert AuditEvent.objects.filter(action="duty_rota.add", actor=manager).exists()
    page = client.get("/referrals/rota/").content.decode()
    assert "Tuesdays from 1 Dec 2026" in page
    client.post(f"/referrals/rota/{entry.pk}/remove/")
    assert not DutyRota.objects.exists()
    assert AuditEvent.objects.filter(action="duty_rota.remove", actor=manager).exists()


def test_the_rota_page_says_what_is_wrong(client_for, manager) -> None:
    response = client_for(manager).post(
        "/referrals/rota/",
        {
            "first_day_0": "5",
            "first_day_1": "12",
            "first_day_2": "2026",
            "last_day_0": "1",
            "last_day_1": "12",
            "last_day_2": "2026",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Choose the area team" in page
    assert "Choose the supervisor on duty" in page
    assert "The last day must be the same as or after the first day" in page


def test_supervisors_cannot_open_the_rota_page(client_for, supervisor) -> None:
    assert client_for(supervisor).get("/referrals/rota/").status_code == 403
