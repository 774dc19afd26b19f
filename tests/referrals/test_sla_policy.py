"""Managers change the SLA policy and closure days; open clocks are recomputed in bulk."""

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine

from audit.models import AuditEvent
from referrals.actions.sla_policy import (
    do_add_closure_day,
    do_publish_sla_policy,
    do_remove_closure_day,
)
from referrals.calendars import timescale_parts, timescale_words
from referrals.escalation import sweep_clocks
from referrals.models import ClockKind, ClosureDay, SlaClock, SlaPolicyVersion
from tests.factories import submit_referral, submitted_assessment
from vhub.errors import ActionError, ActionPermissionError

START = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)  # a Tuesday


def test_a_new_policy_moves_open_clocks_and_recomputes_from_their_start(officer, manager) -> None:
    with time_machine.travel(START, tick=False):
        referral = submit_referral(officer)
    with time_machine.travel(START + timedelta(minutes=10), tick=False):
        new = do_publish_sla_policy(
            actor=manager, targets={("triage", ""): ("24x7", 60)}, note="Triage within an hour."
        )
    triage = SlaClock.objects.get(referral=referral, kind=ClockKind.TRIAGE)
    assert triage.policy == new
    assert triage.due_at == START + timedelta(hours=1)
    assert SlaPolicyVersion.objects.get(number=1).targets.get(kind="triage").minutes == 120
    event = AuditEvent.objects.get(action="sla_policy.publish")
    assert event.details["clocks_recomputed"] == 3  # triage, decision to share, Encompass


def test_a_stopped_clock_keeps_the_policy_it_used(officer, practitioner, manager) -> None:
    with time_machine.travel(START, tick=False):
        referral = submit_referral(officer)
        submitted_assessment(referral, practitioner, grade="high")  # triage met
    do_publish_sla_policy(actor=manager, targets={("triage", ""): ("24x7", 60)}, note="Faster.")
    triage = SlaClock.objects.get(referral=referral, kind=ClockKind.TRIAGE)
    assert (triage.policy.number, triage.target_minutes) == (1, 120)


def test_a_shorter_target_never_erases_or_invents_a_recorded_breach(officer, manager) -> None:
    with time_machine.travel(START, tick=False):
        referral = submit_referral(officer)
    with time_machine.travel(START + timedelta(hours=5), tick=False):
        sweep_clocks()
        do_publish_sla_policy(
            actor=manager, targets={("decision_to_share", ""): ("24x7", 600)}, note="Longer."
        )
    clock = SlaClock.objects.get(referral=referral, kind=ClockKind.DECISION_TO_SHARE)
    assert clock.due_at == START + timedelta(hours=10)
    assert clock.state == "breached"
    assert clock.breached_at == START + timedelta(hours=4)


def test_closure_days_recompute_working_hours_clocks(officer, practitioner, manager) -> None:
    with time_machine.travel(START, tick=False):
        referral = submit_referral(officer)
        submitted_assessment(referral, practitioner, grade="medium")
    clock = SlaClock.objects.get(referral=referral, kind=ClockKind.DECISION_TO_SHARE)
    assert clock.due_at == START + timedelta(days=1)  # Wednesday 10:00
    closure = do_add_closure_day(actor=manager, day=date(2026, 11, 18), reason="Training day")
    clock.refresh_from_db()
    assert clock.due_at == START + timedelta(days=2)  # Thursday 10:00
    do_remove_closure_day(closure, actor=manager)
    clock.refresh_from_db()
    assert clock.due_at == START + timedelta(days=1)
    assert not ClosureDay.objects.exists()


def test_only_managers_change_the_policy(practitioner, supervisor, manager) -> None:
    for user in (practitioner, supervisor):
        with pytest.raises(ActionPermissionError):
            do_publish_sla_policy(actor=user, targets={}, note="x")
        with pytest.raises(ActionPermissionError):
            do_add_closure_day(actor=user, day=date(2026, 12, 24), reason="x")
    with pytest.raises(ActionError, match="what you changed"):
        do_publish_sla_policy(actor=manager, targets={}, note=" ")


def policy_form(policy) -> dict[str, str]:
    """The SLA page's fields as the page fills them for this policy."""
    data = {}
    for t in policy.targets.all():
        key = f"{t.kind}__{t.grade or 'any'}"
        amount, unit = timescale_parts(t.minutes, t.calendar)
        data[f"calendar__{key}"] = t.calendar
        data[f"amount__{key}"], data[f"unit__{key}"] = f"{amount:f}", unit
    return data


@pytest.mark.parametrize(
    ("minutes", "calendar", "words"),
    [
        (120, "24x7", "2 hours"),
        (90, "24x7", "1.5 hours"),
        (2880, "24x7", "2 days"),
        (480, "working_hours", "1 working day"),
        (3 * 480, "working_hours", "3 working days"),
        (240, "working_hours", "4 hours"),
        (0, "school_days", "before the next school day"),
    ],
)
def test_timescales_are_said_in_hours_days_or_working_days(
    minutes, calendar, words: Sequence[str]
) -> None:
    assert timescale_words(minutes, calendar) == words


def test_the_sla_page_shows_each_timescale_with_its_unit_not_minutes(client_for, manager) -> None:
    """Found in use: timescales were typed in raw minutes (1440, 2400)."""
    page = client_for(manager).get("/referrals/sla/").content.decode()
    amount = re.search(r'name="amount__partner_ack__any"[^>]*value="([^"]*)"', page)[1]
    unit = re.search(
        r'name="unit__partner_ack__any">.*?<option value="(\w+)" selected', page, re.S
    )[1]
    assert (amount, unit) == ("1", "working_days")  # stored as 480 minutes
    assert "Now: 1 working day" in page
    assert "Minutes" not in page
    assert 'value="480"' not in page


def test_a_day_is_refused_for_a_working_hours_timescale(client_for, manager) -> None:
    policy = SlaPolicyVersion.objects.get(number=1)
    data = {"form": "policy", "note": "Longer acknowledgement."} | policy_form(policy)
    data["unit__partner_ack__any"] = "days"
    page = client_for(manager).post("/referrals/sla/", data).content.decode()
    assert "There is a problem" in page
    assert "in hours or working days, as it is timed in working hours" in page
    assert 'href="#id_amount__partner_ack__any"' in page
    assert not SlaPolicyVersion.objects.filter(number=2).exists()


def test_manager_publishes_through_the_page(client_for, manager) -> None:
    client = client_for(manager)
    page = client.get("/referrals/sla/").content.decode()
    assert "Initial triage" in page
    policy = SlaPolicyVersion.objects.get(number=1)
    data = {"form": "policy", "note": "Shorter triage."}
    data |= policy_form(policy)
    data["amount__triage__any"], data["unit__triage__any"] = "1.5", "hours"
    assert client.post("/referrals/sla/", data).status_code == 302
    assert SlaPolicyVersion.objects.get(number=2).targets.get(kind="triage").minutes == 90
    response = client.post(
        "/referrals/sla/",
        {
            "form": "closure",
            "day_0": "24",
            "day_1": "12",
            "day_2": "2026",
            "reason": "Christmas Eve",
        },
    )
    assert response.status_code == 302
    assert ClosureDay.objects.get().day == date(2026, 12, 24)


@pytest.mark.parametrize("who", ["practitioner", "supervisor", "partner_a", "auditor", "officer"])
def test_the_sla_page_is_for_managers(db, request, client_for, who) -> None:
    assert client_for(request.getfixturevalue(who)).get("/referrals/sla/").status_code == 403
