"""Concurrent sweeps and concurrent "next case" presses: no duplicate, nothing lost."""

import threading
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import connection

from referrals.actions import do_take_next_case
from referrals.escalation import sweep_clocks
from referrals.models import Escalation, OutboxMessage, SlaClock
from tests.factories import UserFactory, submit_referral

START = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def _run_threads(target, count):  # type: ignore[no-untyped-def]
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
def test_two_sweeps_at_once_escalate_each_level_once(officer, supervisor, manager):
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
def test_twenty_people_pressing_next_case_never_get_the_same_referral(officer):
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
):
    from referrals import escalation

    with time_machine.travel(START, tick=False):
        submit_referral(officer)
    with time_machine.travel(START + timedelta(hours=5), tick=False):
        real_bulk_create = OutboxMessage.objects.bulk_create

        def die(*args, **kwargs):  # type: ignore[no-untyped-def]
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
