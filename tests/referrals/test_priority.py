"""The priority score: each component, the stored breakdown, bulk equals one-by-one."""

from datetime import UTC, date, datetime, timedelta

import time_machine
from django.db import connection

from referrals.models import Referral, ReferralSubject
from referrals.priority import recompute_many, recompute_priorities
from referrals.repeats import refresh_repeat_counts
from referrals.selectors import triage_queue
from tests.factories import child, submit_referral, submitted_assessment
from vhub.pooling import pooled

START = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def _components(referral):
    referral.refresh_from_db()
    return {c["code"]: c for c in referral.priority_breakdown}


def test_each_component_is_scored_and_explained(officer, practitioner) -> None:
    with time_machine.travel(START, tick=False):
        baby = child(date_of_birth=date(2026, 6, 1))
        referral = submit_referral(officer, children=[baby], narrative="He had a knife.")
        earlier = submit_referral(officer, incident_at=START - timedelta(days=30))
        ReferralSubject.objects.filter(referral=earlier).update(
            person=referral.subjects.get().person
        )
        # The test moves the child directly; the actions keep the repeat counts themselves.
        refresh_repeat_counts([referral.subjects.get().person_id])
        submitted_assessment(referral, practitioner, grade="medium")  # raises a lexicon flag
    with time_machine.travel(START + timedelta(days=2, minutes=1), tick=False):
        recompute_priorities()

    parts = _components(referral)
    assert (parts["grade"]["detail"], parts["grade"]["points"]) == ("medium", 50)
    assert (parts["age"]["detail"], parts["age"]["points"]) == ("under 1", 40)
    assert parts["repeat"]["points"] == 10  # one other referral for the same child
    assert (parts["incident"]["detail"], parts["incident"]["points"]) == ("Domestic abuse", 20)
    assert parts["flags"]["points"] >= 30  # "knife" and the rationale's "strangulation"
    assert (parts["sla"]["detail"], parts["sla"]["points"]) == ("breached", 80)
    assert parts["waiting"]["points"] == 10  # two days at 5 a day
    referral.refresh_from_db()
    assert referral.priority_score == sum(c["points"] for c in parts.values())


def test_bulk_recompute_equals_one_by_one(officer, practitioner) -> None:
    with time_machine.travel(START, tick=False):
        referrals = [submit_referral(officer) for _ in range(3)]
        submitted_assessment(referrals[0], practitioner, grade="high")
        submitted_assessment(referrals[1], practitioner, grade="standard")
    at = START + timedelta(hours=3)
    for r in referrals:
        recompute_priorities([r.pk], at=at)
    one_by_one = {r.pk: (r.priority_score, r.priority_breakdown) for r in Referral.objects.all()}
    Referral.objects.update(priority_score=0, priority_breakdown={})
    assert recompute_priorities(at=at) == 3
    bulk = {r.pk: (r.priority_score, r.priority_breakdown) for r in Referral.objects.all()}
    assert bulk == one_by_one


def test_the_queue_puts_the_most_urgent_first(officer, practitioner) -> None:
    with time_machine.travel(START, tick=False):
        calm = submit_referral(officer)
        urgent = submit_referral(officer)
        submitted_assessment(urgent, practitioner, grade="high")
        submitted_assessment(calm, practitioner, grade="standard")
    recompute_priorities(at=START + timedelta(minutes=30))
    assert [r.pk for r in triage_queue(user=practitioner)][:2] == [urgent.pk, calm.pk]


def test_closed_referrals_are_not_rescored(officer, practitioner, supervisor) -> None:
    from tests.factories import approved_referral, share_with

    shared = share_with(approved_referral(officer, practitioner, supervisor), practitioner).referral
    shared.refresh_from_db()
    before = shared.priority_score
    assert recompute_priorities([shared.pk]) == 0
    shared.refresh_from_db()
    assert shared.priority_score == before


def test_an_unchanged_referral_is_not_rewritten(officer, practitioner) -> None:
    with time_machine.travel(START, tick=False):
        referrals = [submit_referral(officer) for _ in range(2)]
        submitted_assessment(referrals[0], practitioner, grade="high")
    at = START + timedelta(hours=3)
    assert recompute_priorities(at=at) == 2
    # The same moment again: nothing changed, so nothing is written.
    assert recompute_priorities(at=at) == 0
    # A new input changes one referral's score, and only that one is written.
    submitted_assessment(referrals[1], practitioner, grade="high")
    Referral.objects.filter(pk=referrals[1].pk).update(priority_score=0)
    assert recompute_priorities(at=at) == 1
    referrals[1].refresh_from_db()
    assert referrals[1].priority_score > 0


def test_a_referral_whose_words_signal_high_risk_ranks_first_and_says_why(officer) -> None:
    plain = submit_referral(officer, narrative="Argument about money; nobody hurt.")
    hidden = submit_referral(
        officer,
        narrative="She says he pressed his forearm across her throat until she blacked out.",
    )
    recompute_priorities()
    plain.refresh_from_db()
    hidden.refresh_from_db()
    assert hidden.priority_score > plain.priority_score
    signals = _components(hidden)["signals"]
    assert signals["points"] == 50
    assert signals["detail"].startswith("strangulation, choking or suffocation (“")
    nothing = _components(plain)["signals"]
    assert (nothing["detail"], nothing["points"]) == ("none found", 0)


def test_an_actions_rescoring_is_planned_once_per_connection(officer) -> None:
    """The priority UPDATE run by intake and actions is sent with its values apart, so psycopg
    prepares it on the connection at its fifth run and PostgreSQL stops planning it each time
    (vhub/prepared.py); the scores are the same as the set-based run's."""
    referral = submit_referral(officer)
    for _ in range(6):
        recompute_many([referral])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements"
            " WHERE statement LIKE %s AND statement LIKE %s",
            ["%UPDATE referrals_referral r%", "%RETURNING r.id, r.priority_score%"],
        )
        assert cursor.fetchone()[0] == 1
    score = Referral.objects.get(pk=referral.pk).priority_score
    Referral.objects.filter(pk=referral.pk).update(priority_score=-1, priority_breakdown=[])
    recompute_priorities([referral.pk])
    assert Referral.objects.get(pk=referral.pk).priority_score == score == referral.priority_score


def test_behind_pgbouncer_nothing_is_prepared_and_directly_it_is() -> None:
    assert pooled({"OPTIONS": {}}, "pgbouncer")["OPTIONS"]["prepare_threshold"] is None
    assert pooled({"OPTIONS": {}}, "none")["OPTIONS"]["prepare_threshold"] == 5
