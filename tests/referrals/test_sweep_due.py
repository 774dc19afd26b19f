"""The SLA sweep reads only the clocks whose next escalation is due (referrals/escalation.py):
each clock counts the rungs escalated from the ledger, and `next_escalation_at` follows."""

from datetime import UTC, datetime, timedelta

import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from referrals.actions.allocation import do_start_triage
from referrals.escalation import count_escalated_levels, sweep_clocks
from referrals.models import ClockKind, Escalation, SlaClock
from tests.factories import UserFactory, submit_referral

# Tuesday 17 November 2026, 10:00 GMT: inside working hours. Triage: 2 hours.
TUESDAY_10AM = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def _triage(referral) -> SlaClock:
    return SlaClock.objects.get(referral=referral, kind=ClockKind.TRIAGE)


def _levels(clock: SlaClock) -> list[str]:
    return sorted(set(Escalation.objects.filter(clock=clock).values_list("level", flat=True)))


def test_each_rung_escalated_moves_the_next_escalation_time_up_the_ladder(
    officer, practitioner, supervisor, manager
) -> None:
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(officer)
    do_start_triage(referral, actor=practitioner)
    clock = _triage(referral)
    assert (clock.escalated_levels, clock.next_escalation_at) == (0, clock.warn_at)

    for minutes, levels, next_at in (
        (95, 1, clock.due_at),
        (125, 2, clock.escalate_at),
        (185, 3, None),
    ):
        with time_machine.travel(TUESDAY_10AM + timedelta(minutes=minutes), tick=False):
            sweep_clocks()
        clock.refresh_from_db()
        assert (clock.escalated_levels, clock.next_escalation_at) == (levels, next_at)
    assert _levels(clock) == ["at_risk", "breached", "breached_further"]


def test_a_clock_with_every_rung_escalated_is_not_read_again(
    officer, practitioner, supervisor, manager
) -> None:
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(officer)
    do_start_triage(referral, actor=practitioner)
    with time_machine.travel(TUESDAY_10AM + timedelta(minutes=185), tick=False):
        sweep_clocks()
    with (
        time_machine.travel(TUESDAY_10AM + timedelta(minutes=186), tick=False),
        CaptureQueriesContext(connection) as queries,
    ):
        assert sweep_clocks().escalations == 0
    # The two state moves and the read of due clocks, which finds none: neither the ledger nor
    # the recipients are read.
    reads = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT")]
    assert len(reads) == 1
    assert "referrals_escalation" not in reads[0]


def test_a_clock_brought_forward_after_a_sweep_is_still_escalated_when_due(
    officer, practitioner, supervisor, manager
) -> None:
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(officer)
    do_start_triage(referral, actor=practitioner)
    clock = _triage(referral)
    with time_machine.travel(TUESDAY_10AM + timedelta(minutes=95), tick=False):
        sweep_clocks()  # at risk: the assignee
    # Its times recomputed (a new grade, a new policy) to fall due sooner: nothing else is kept,
    # the next escalation time follows the new due time.
    SlaClock.objects.filter(pk=clock.pk).update(
        due_at=TUESDAY_10AM + timedelta(minutes=100),
        escalate_at=TUESDAY_10AM + timedelta(minutes=400),
    )
    clock.refresh_from_db()
    assert clock.next_escalation_at == TUESDAY_10AM + timedelta(minutes=100)
    with time_machine.travel(TUESDAY_10AM + timedelta(minutes=101), tick=False):
        assert sweep_clocks().escalations == 2  # the supervisor and the assignee
    assert _levels(clock) == ["at_risk", "breached"]


def test_a_rung_with_nobody_to_tell_is_tried_again_at_the_next_sweep(officer) -> None:
    # Unallocated, in an area with no supervisor and no manager: at risk goes to nobody yet.
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(officer)
    clock = _triage(referral)
    with time_machine.travel(TUESDAY_10AM + timedelta(minutes=95), tick=False):
        assert sweep_clocks().escalations == 0
    clock.refresh_from_db()
    assert (clock.escalated_levels, clock.next_escalation_at) == (0, clock.warn_at)
    supervisor = UserFactory(username="late_supervisor", roles=["supervisor"])
    with time_machine.travel(TUESDAY_10AM + timedelta(minutes=96), tick=False):
        assert sweep_clocks().escalations == 1
    assert Escalation.objects.get(clock=clock).recipient == supervisor
    clock.refresh_from_db()
    assert clock.escalated_levels == 1


def test_ledger_rows_written_without_the_sweep_are_counted(
    officer, practitioner, supervisor
) -> None:
    # As the benchmark's data is written (COPY), or rows from before the count existed.
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(officer)
    clock = _triage(referral)
    for level in ("at_risk", "breached"):
        Escalation.objects.create(
            clock=clock, level=level, recipient=supervisor, created_at=TUESDAY_10AM
        )
    assert count_escalated_levels() == 1
    clock.refresh_from_db()
    assert (clock.escalated_levels, clock.next_escalation_at) == (2, clock.escalate_at)
    assert count_escalated_levels() == 0  # nothing left to change


def _sweep_statements(referrals: int, officer, practitioner, start: datetime) -> tuple[int, int]:
    with time_machine.travel(start, tick=False):
        submitted = [submit_referral(officer) for _ in range(referrals)]
    for referral in submitted:
        do_start_triage(referral, actor=practitioner)
    with (
        time_machine.travel(start + timedelta(minutes=185), tick=False),
        CaptureQueriesContext(connection) as queries,
    ):
        escalations = sweep_clocks().escalations
    return len(queries.captured_queries), escalations


def test_a_sweep_runs_as_many_statements_for_many_clocks_as_for_one(
    officer, practitioner, supervisor, manager
) -> None:
    # Every rung of the triage clocks at once, the managers' rung included (its Teams cards):
    # the recipients, the ledger, the outbox and the channels are each read or written once.
    one, escalated_one = _sweep_statements(1, officer, practitioner, TUESDAY_10AM)
    three, escalated_three = _sweep_statements(
        3, officer, practitioner, TUESDAY_10AM + timedelta(days=1)
    )
    assert escalated_three > escalated_one > 0
    assert three == one
