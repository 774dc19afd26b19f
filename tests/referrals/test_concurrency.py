"""Concurrent sweeps, "next case" presses, supervisor decisions and audit writers: no double
allocation, no lost decision, no duplicate escalation, one valid audit chain."""

import threading
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import connection

from referrals.actions.allocation import do_take_next_case
from referrals.escalation import sweep_clocks
from referrals.models import Escalation, OutboxMessage, SlaClock
from tests.factories import UserFactory, submit_referral

START = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def _run_threads(target, count: int) -> None:
    barrier = threading.Barrier(count)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait()
            target(i)
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_sweeps_at_once_escalate_each_level_once(officer, supervisor, manager) -> None:
    with time_machine.travel(START, tick=False):
        for _ in range(5):
            submit_referral(officer)
    with time_machine.travel(START + timedelta(hours=5), tick=False):
        _run_threads(lambda i: sweep_clocks(), 2)
        first = Escalation.objects.count()
        _run_threads(lambda i: sweep_clocks(), 2)
    assert first > 0
    assert Escalation.objects.count() == first
    assert OutboxMessage.objects.count() == first
    levels = set(Escalation.objects.values_list("clock_id", "level", "recipient_id"))
    assert len(levels) == first


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_people_pressing_next_case_never_get_the_same_referral(officer) -> None:
    practitioners = [UserFactory(username=f"p{i}", roles=["practitioner"]) for i in range(20)]
    referrals = [submit_referral(officer) for _ in range(15)]
    taken: dict[int, int | None] = {}

    def press(i: int) -> None:
        referral = do_take_next_case(actor=practitioners[i])
        taken[i] = referral.pk if referral else None

    _run_threads(press, 20)
    got = [pk for pk in taken.values() if pk is not None]
    assert len(got) == 15  # every referral handed out ...
    assert len(set(got)) == 15  # ... to exactly one person
    assert list(taken.values()).count(None) == 5
    assert {r.pk for r in referrals} == set(got)


def test_a_sweep_that_dies_half_way_leaves_nothing_and_the_next_one_finishes(
    officer, supervisor, monkeypatch
) -> None:
    from referrals import escalation

    with time_machine.travel(START, tick=False):
        submit_referral(officer)
    with time_machine.travel(START + timedelta(hours=5), tick=False):
        real_bulk_create = OutboxMessage.objects.bulk_create

        def die(*args, **kwargs):
            raise SystemExit("worker killed")  # like kill -9 mid-transaction

        monkeypatch.setattr(OutboxMessage.objects, "bulk_create", die)
        with pytest.raises(SystemExit):
            escalation.sweep_clocks()
        # the transaction rolled back: no state change, no ledger row, no outbox row
        assert Escalation.objects.count() == 0
        assert not SlaClock.objects.filter(state="breached").exists()

        monkeypatch.setattr(OutboxMessage.objects, "bulk_create", real_bulk_create)
        escalation.sweep_clocks()
    assert Escalation.objects.count() == OutboxMessage.objects.count() > 0
    assert SlaClock.objects.filter(state="breached").exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_many_next_case_presses_through_the_page_allocate_each_referral_once_and_audit_it(
    officer, client_for
) -> None:
    from audit.models import AuditEvent
    from audit.verify import verify_chain
    from referrals.models import Referral

    practitioners = [UserFactory(username=f"web{i}", roles=["practitioner"]) for i in range(12)]
    clients = [client_for(p) for p in practitioners]
    for _ in range(8):
        submit_referral(officer)
    landed: dict[int, str] = {}

    def press(i: int) -> None:
        response = clients[i].post("/referrals/queue/next/")
        landed[i] = response["Location"]

    _run_threads(press, 12)
    allocated = Referral.objects.exclude(allocated_to=None)
    assert allocated.count() == 8
    # each winner was sent to the referral they hold, each loser back to the queue
    pages = sorted(landed.values())
    assert pages.count("/referrals/queue/") == 4
    holders = {r.allocated_to.username: r.reference for r in allocated}
    for i, page in landed.items():
        if page != "/referrals/queue/":
            assert page == f"/referrals/{holders[practitioners[i].username]}/"
    assert AuditEvent.objects.filter(action="referral.allocate").count() == 8
    assert verify_chain().ok


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_six_supervisors_deciding_at_once_one_decision_counts_and_the_rest_are_told(
    officer, practitioner
) -> None:
    from audit.models import AuditEvent
    from audit.verify import verify_chain
    from risk.actions import do_decide_assessment
    from risk.models import SupervisorDecision
    from tests.factories import submitted_assessment
    from vhub.errors import StaleError

    supervisors = [UserFactory(username=f"sup{i}", roles=["supervisor"]) for i in range(6)]
    assessment = submitted_assessment(submit_referral(officer), practitioner, grade="medium")
    messages: dict[int, str] = {}

    def decide(i: int) -> None:
        try:
            do_decide_assessment(
                assessment,
                actor=supervisors[i],
                decision="change" if i % 2 else "approve",
                grade="high" if i % 2 else "",
                rationale="Seen the school's concerns",
                expected_version=assessment.version,
            )
            messages[i] = "recorded"
        except StaleError as exc:
            messages[i] = exc.message

    _run_threads(decide, 6)
    assert list(messages.values()).count("recorded") == 1
    refusals = [m for m in messages.values() if m != "recorded"]
    assert len(refusals) == 5
    assert all("has not been recorded" in m for m in refusals)
    winner = next(i for i, m in messages.items() if m == "recorded")
    assert SupervisorDecision.objects.get().supervisor == supervisors[winner]
    decided = AuditEvent.objects.filter(
        referral=assessment.referral, action__in=["assessment.approve", "assessment.change"]
    )
    assert [e.actor_id for e in decided] == [supervisors[winner].pk]
    assert verify_chain().ok


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_audit_writers_from_actions_denials_and_sweeps_at_once_keep_one_valid_chain(
    officer,
) -> None:
    from audit.actions import record_denial
    from audit.models import AuditEvent
    from audit.verify import verify_chain

    practitioners = [UserFactory(username=f"mix{i}", roles=["practitioner"]) for i in range(4)]
    for _ in range(4):
        submit_referral(officer)
    before = AuditEvent.objects.count()

    def work(i: int) -> None:
        for n in range(5):
            if i < 4 and n == 0:
                do_take_next_case(actor=practitioners[i])
            elif i == 4:
                sweep_clocks()
            else:
                record_denial(officer, object_type="referrals.referral", object_id=n, reason="t")

    _run_threads(work, 8)
    report = verify_chain()
    assert report.ok, report.problem
    assert AuditEvent.objects.count() == before + 4 + 3 * 5 + 4 * 4
    prevs = list(AuditEvent.objects.values_list("prev_hash", flat=True))
    assert len(prevs) == len(set(prevs)), "two events claim the same predecessor"
