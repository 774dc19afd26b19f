"""SLA clocks through the lifecycle: start, meet, recompute on grade change, breaches kept."""

from datetime import UTC, datetime, timedelta

import time_machine
from django.core import mail

from referrals.escalation import deliver_outbox, sweep_clocks
from referrals.models import ClockKind, ClockState, Escalation, Notification, SlaClock
from risk.actions import do_decide_assessment
from tests.factories import (
    approved_referral,
    partner_system,
    share_with,
    submit_referral,
    submitted_assessment,
)

# Tuesday 17 November 2026, 10:00 GMT: inside working hours.
TUESDAY_10AM = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def _clock(referral, kind):
    return SlaClock.objects.filter(referral=referral, kind=kind).order_by("-id").first()


def test_receipt_starts_triage_and_decision_to_share_clocks(officer) -> None:
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(officer)
    triage = _clock(referral, ClockKind.TRIAGE)
    share = _clock(referral, ClockKind.DECISION_TO_SHARE)
    assert triage.due_at == TUESDAY_10AM + timedelta(hours=2)
    assert triage.warn_at == TUESDAY_10AM + timedelta(minutes=90)
    assert triage.escalate_at == TUESDAY_10AM + timedelta(hours=3)
    # not graded yet: timed as high until a grade exists
    assert (share.calendar, share.due_at) == ("24x7", TUESDAY_10AM + timedelta(hours=4))


def test_a_provisional_grade_meets_triage_and_retimes_the_decision_from_the_original_start(
    officer, practitioner
) -> None:
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(officer)
    with time_machine.travel(TUESDAY_10AM + timedelta(minutes=45), tick=False):
        submitted_assessment(referral, practitioner, grade="medium")

    triage = _clock(referral, ClockKind.TRIAGE)
    assert triage.state == ClockState.MET
    assert (triage.achieved_minutes, triage.margin_minutes) == (45, 75)
    share = _clock(referral, ClockKind.DECISION_TO_SHARE)
    assert share.grade_used == "medium"
    assert share.calendar == "working_hours"
    assert share.due_at == datetime(2026, 11, 18, 10, 0, tzinfo=UTC)  # 1 working day from 10:00


def test_a_recorded_breach_survives_a_recompute(officer, practitioner, supervisor) -> None:
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(officer)
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=5), tick=False):
        sweep_clocks()
        share = _clock(referral, ClockKind.DECISION_TO_SHARE)
        assert share.state == ClockState.BREACHED
        assert share.breached_at == TUESDAY_10AM + timedelta(hours=4)
        # graded standard: 3 working days, so the new due time is days away ...
        submitted_assessment(referral, practitioner, grade="standard")
    share.refresh_from_db()
    assert share.due_at > TUESDAY_10AM + timedelta(days=2)
    # ... but the breach already recorded is never erased
    assert share.state == ClockState.BREACHED
    assert share.breached_at == TUESDAY_10AM + timedelta(hours=4)


def test_supervisor_decision_clock_runs_from_submission_to_decision(
    officer, practitioner, supervisor
) -> None:
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(officer)
        assessment = submitted_assessment(referral, practitioner, grade="high")
    clock = _clock(referral, ClockKind.SUPERVISOR_DECISION)
    assert clock.due_at == TUESDAY_10AM + timedelta(hours=2)
    with time_machine.travel(TUESDAY_10AM + timedelta(minutes=30), tick=False):
        do_decide_assessment(assessment, actor=supervisor, decision="approve")
    clock.refresh_from_db()
    assert (clock.state, clock.achieved_minutes, clock.margin_minutes) == ("met", 30, 90)


def test_sharing_meets_the_decision_clock_and_starts_the_partner_clock(
    officer, practitioner, supervisor, partner_a
) -> None:
    from partners.actions import do_acknowledge_share

    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = approved_referral(officer, practitioner, supervisor)
        share = share_with(referral, practitioner)
    assert _clock(referral, ClockKind.DECISION_TO_SHARE).state == ClockState.MET
    ack = SlaClock.objects.get(share=share, kind=ClockKind.PARTNER_ACK)
    assert ack.due_at == datetime(2026, 11, 18, 10, 0, tzinfo=UTC)
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=3), tick=False):
        do_acknowledge_share(share, actor=partner_a)
    ack.refresh_from_db()
    assert (ack.state, ack.achieved_minutes) == ("met", 180)


def test_a_late_met_clock_keeps_its_breach(officer, practitioner) -> None:
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(officer)
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=3), tick=False):
        submitted_assessment(referral, practitioner, grade="high")  # triage met an hour late
    triage = _clock(referral, ClockKind.TRIAGE)
    assert triage.state == ClockState.MET
    assert triage.breached_at == TUESDAY_10AM + timedelta(hours=2)
    assert triage.margin_minutes == -60


def test_sweep_moves_a_clock_to_at_risk_then_breached_and_escalates_each_level_once(
    officer, practitioner, supervisor, manager
) -> None:
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(officer)
    from referrals.actions.allocation import do_start_triage

    do_start_triage(referral, actor=practitioner)  # allocated to the practitioner
    triage = _clock(referral, ClockKind.TRIAGE)

    with time_machine.travel(TUESDAY_10AM + timedelta(minutes=95), tick=False):
        result = sweep_clocks()
        assert result.at_risk == 1
        sweep_clocks()  # a second sweep changes nothing
    at_risk = Escalation.objects.filter(clock=triage, level="at_risk")
    assert [e.recipient for e in at_risk] == [practitioner]

    with time_machine.travel(TUESDAY_10AM + timedelta(minutes=125), tick=False):
        sweep_clocks()
    breached = Escalation.objects.filter(clock=triage, level="breached")
    assert {e.recipient for e in breached} == {supervisor, practitioner}

    with time_machine.travel(TUESDAY_10AM + timedelta(minutes=185), tick=False):
        sweep_clocks()
        sweep_clocks()
    further = Escalation.objects.filter(clock=triage, level="breached_further")
    assert [e.recipient for e in further] == [manager]
    assert Escalation.objects.filter(clock=triage).count() == 4

    with time_machine.travel(TUESDAY_10AM + timedelta(minutes=186), tick=False):
        delivered = deliver_outbox()
        assert deliver_outbox() == 0  # nothing delivered twice
    assert delivered >= 3
    assert Notification.objects.filter(user=practitioner).count() >= 1
    triage_mail = f"{referral.reference}: initial triage"
    sent = [(m.subject, tuple(m.to)) for m in mail.outbox if triage_mail in m.subject]
    # delivered after the deadline, the assignee's 'at risk' notice is overtaken by the breach
    # notice: one overdue notice each for the assignee, the supervisor and the manager
    assert len(sent) == 3
    assert len(set(sent)) == 3


def test_working_hours_escalations_wait_for_0900(
    officer, practitioner, supervisor, partner_a, herefordshire
) -> None:
    # a share acknowledged late: the partner clock runs on working hours
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = approved_referral(officer, practitioner, supervisor)
        share = share_with(referral, practitioner)
        deliver_outbox()  # the share's arrival notice to the agency goes at once
    ack = SlaClock.objects.get(share=share, kind=ClockKind.PARTNER_ACK)
    night = datetime(2026, 11, 18, 22, 0, tzinfo=UTC)  # after the due time, at night
    with time_machine.travel(night, tick=False):
        sweep_clocks()
        assert deliver_outbox() == 0  # waits for working hours
    escalation = Escalation.objects.filter(clock=ack).first()
    assert escalation.outbox.deliver_after == datetime(2026, 11, 19, 9, 0, tzinfo=UTC)
    assert escalation.recipient == partner_a
    with time_machine.travel(datetime(2026, 11, 19, 9, 1, tzinfo=UTC), tick=False):
        assert deliver_outbox() >= 1


def test_a_case_systems_account_is_never_escalated_to(
    officer, practitioner, supervisor, partner_a
) -> None:
    """The agency's case system acts through a partner user of its own: a late share is
    escalated to the agency's people only."""
    system, _ = partner_system("herefordshire-cs")
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = approved_referral(officer, practitioner, supervisor)
        share = share_with(referral, practitioner)
    ack = SlaClock.objects.get(share=share, kind=ClockKind.PARTNER_ACK)
    with time_machine.travel(datetime(2026, 11, 18, 22, 0, tzinfo=UTC), tick=False):
        sweep_clocks()  # long past the due time: every level at once
    escalations = Escalation.objects.filter(clock=ack)
    assert {"at_risk", "breached"} <= {e.level for e in escalations}
    assert {e.recipient for e in escalations} == {partner_a}
    assert system.service_user.is_active
