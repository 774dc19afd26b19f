"""The five-minute re-prioritisation rescores only the referrals whose time-based parts moved
on (referrals/priority.py: `priority_due_at`), and that is the same as rescoring them all."""

from datetime import UTC, date, datetime, timedelta

import time_machine
from django.contrib.admin.sites import AdminSite
from django.test import RequestFactory

from referrals.admin import PriorityWeightAdmin
from referrals.models import OPEN_STATUSES, PriorityWeight, Referral
from referrals.priority import recompute_due_priorities, recompute_priorities
from referrals.selectors import triage_queue
from tests.factories import child, submit_referral, submitted_assessment

START = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def test_rescoring_the_due_referrals_every_run_equals_rescoring_them_all(
    officer, practitioner
) -> None:
    with time_machine.travel(START, tick=False):
        # Waiting from different moments, with clocks of different lengths, and a child who
        # turns one during the run (the age points and words change at local midnight).
        submit_referral(officer, children=[child(date_of_birth=date(2025, 11, 19))])
        submitted_assessment(submit_referral(officer), practitioner, grade="high")
    with time_machine.travel(START + timedelta(hours=5, minutes=17), tick=False):
        submit_referral(officer, children=[child(date_of_birth=date(2020, 11, 18))])
    at = START + timedelta(hours=5, minutes=20)
    recompute_priorities(at=at)
    changed = 0
    for _ in range(3 * 24 * 60 // 23):  # three days, a run every 23 minutes
        at += timedelta(minutes=23)
        changed += recompute_due_priorities(at=at)
        # Nothing the due run left out had changed: rescoring all changes no row.
        assert recompute_priorities(at=at) == 0, at
    assert changed > 0


def test_the_due_run_leaves_the_referrals_not_due_unread(officer) -> None:
    with time_machine.travel(START, tick=False):
        referral = submit_referral(officer)
    referral.refresh_from_db()
    assert referral.priority_due_at > START
    # A change no action rescored (the test writes it directly): a run before the referral's
    # due time does not see it, a full run does.
    Referral.objects.filter(pk=referral.pk).update(priority_score=-1)
    before_due = referral.priority_due_at - timedelta(seconds=1)
    assert recompute_due_priorities(at=before_due) == 0
    assert recompute_priorities(at=before_due) == 1


def test_waiting_time_still_moves_a_referral_up_the_queue(officer, practitioner) -> None:
    with time_machine.travel(START, tick=False):
        older = submit_referral(officer)
    with time_machine.travel(START + timedelta(hours=12), tick=False):
        newer = submit_referral(officer)
    at = START + timedelta(hours=12)
    recompute_priorities(at=at)
    newer.refresh_from_db()
    # Written directly, as if the older referral had been scored before it had waited or its
    # triage clock had run out: only its due run brings those points and moves it ahead.
    Referral.objects.filter(pk=older.pk).update(
        priority_score=newer.priority_score - 1, priority_due_at=at + timedelta(minutes=5)
    )
    assert triage_queue(user=practitioner).first().pk == newer.pk
    recompute_due_priorities(at=at + timedelta(minutes=5))
    assert triage_queue(user=practitioner).first().pk == older.pk


def test_a_clock_passing_its_due_time_is_rescored_as_breached(officer) -> None:
    with time_machine.travel(START, tick=False):
        referral = submit_referral(officer)  # triage: 2 hours
    referral.refresh_from_db()
    due = referral.clocks.get(kind="triage").due_at
    assert referral.priority_due_at <= due
    at = START
    while at <= due:
        at += timedelta(minutes=5)
        recompute_due_priorities(at=at)
    referral.refresh_from_db()
    sla = {p["code"]: p for p in referral.priority_breakdown}["sla"]
    assert (sla["detail"], sla["points"]) == ("breached", 80)


def test_a_new_weight_rescores_every_open_referral_at_the_next_run(officer, admin_user) -> None:
    with time_machine.travel(START, tick=False):
        referral = submit_referral(officer)
    referral.refresh_from_db()
    before = referral.priority_score
    weight = PriorityWeight.objects.get(code="grade_none")
    weight.points += 7
    request = RequestFactory().post("/")
    request.user = admin_user
    with time_machine.travel(START, tick=False):
        PriorityWeightAdmin(PriorityWeight, AdminSite()).save_model(request, weight, None, True)
    assert not Referral.objects.filter(
        status__in=OPEN_STATUSES, priority_due_at__gt=START + timedelta(minutes=1)
    ).exists()
    assert recompute_due_priorities(at=START + timedelta(minutes=1)) == 1
    referral.refresh_from_db()
    assert referral.priority_score == before + 7
