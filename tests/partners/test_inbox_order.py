"""The inbox order stored on each share (partners/inbox.py): after every action that changes a
share's response or clocks, the stored keys equal what they are copies of."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine

from partners.actions import (
    do_acknowledge_share,
    do_authorise_share,
    do_set_authorisation_rule,
    do_withdraw_share,
)
from partners.inbox import inbox_keys
from partners.models import Share, ShareStatus
from partners.portal_actions import do_decline_share, do_record_share_outcome
from referrals.actions.routing import do_route_referral
from referrals.actions.sla_policy import do_add_closure_day, do_publish_sla_policy
from referrals.escalation import sweep_clocks
from referrals.models import OPEN_CLOCK_STATES, ClockKind, SlaClock
from risk.actions import do_decide_assessment, do_resolve_flag
from risk.models import UnderGradingFlag
from tests.factories import approved_referral, share_with, submit_referral, submitted_assessment
from vhub.models import Agency

TUESDAY_10AM = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def stale_keys() -> dict[str, Any]:
    """Every stored key that differs from the same key computed afresh: (share, key) -> both."""
    keys = inbox_keys()
    rows = Share.objects.annotate(**{f"fresh_{name}": expr for name, expr in keys.items()})
    return {
        (row.pk, name): (getattr(row, name), getattr(row, f"fresh_{name}"))
        for row in rows
        for name in keys
        if getattr(row, name) != getattr(row, f"fresh_{name}")
    }


def keys(share: Share) -> tuple[Any, ...]:
    share.refresh_from_db()
    return share.inbox_done, share.inbox_grade_rank, share.inbox_due_at


def due(share: Share, kind: str) -> datetime:
    return SlaClock.objects.get(share=share, kind=kind, state__in=OPEN_CLOCK_STATES).due_at


@pytest.fixture
def shared(officer, practitioner, supervisor):
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = approved_referral(officer, practitioner, supervisor)
        return share_with(referral, practitioner, "herefordshire-cs")


def test_a_new_share_is_ordered_by_its_grade_and_its_acknowledgement_clock(shared) -> None:
    assert keys(shared) == (False, 3, due(shared, ClockKind.PARTNER_ACK))
    assert stale_keys() == {}


def test_acknowledging_leaves_the_outcome_clock_as_the_due_time(shared, partner_a) -> None:
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=1), tick=False):
        do_acknowledge_share(shared, actor=partner_a)
    assert keys(shared) == (False, 3, due(shared, ClockKind.PARTNER_OUTCOME))
    assert stale_keys() == {}


def test_an_outcome_finishes_the_share_and_stops_its_clocks(shared, partner_a) -> None:
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=1), tick=False):
        do_record_share_outcome(shared, actor=partner_a, outcome="nfa", notes="")
    assert keys(shared) == (True, 3, None)
    assert stale_keys() == {}


def test_an_outcome_on_a_superseded_share_still_finishes_it(
    shared, partner_a, practitioner
) -> None:
    newer = share_with(shared.referral, practitioner, "herefordshire-cs")  # old clocks stop
    assert keys(shared) == (False, 3, None)
    do_record_share_outcome(shared, actor=partner_a, outcome="nfa", notes="")
    assert keys(shared) == (True, 3, None)
    assert keys(newer)[2] == due(newer, ClockKind.PARTNER_ACK)
    assert stale_keys() == {}


def test_a_decline_finishes_the_share_and_the_next_share_takes_its_clocks(
    shared, partner_a, practitioner
) -> None:
    running = due(shared, ClockKind.PARTNER_ACK)
    do_decline_share(shared, actor=partner_a, reason="Not our area.")
    assert keys(shared) == (True, 3, running)  # the clocks keep running
    rerouted = share_with(shared.referral, practitioner, "shropshire-cs")
    assert keys(shared) == (True, 3, None)  # ...on the share sent next
    assert keys(rerouted) == (False, 3, running)
    assert stale_keys() == {}


def test_withdrawing_stops_the_due_time(shared, practitioner) -> None:
    do_withdraw_share(shared, actor=practitioner, reason="Sent by mistake.")
    assert keys(shared)[2] is None
    assert stale_keys() == {}


def test_a_held_share_gets_its_due_time_when_it_is_authorised(
    officer, practitioner, supervisor, supervisor2, manager
) -> None:
    do_set_authorisation_rule(actor=manager, grade="high", needs_authorisation=True)
    referral = approved_referral(officer, practitioner, supervisor)
    share = share_with(referral, practitioner)
    assert share.status == ShareStatus.PENDING
    assert keys(share) == (False, 3, None)
    do_authorise_share(share, actor=supervisor2)
    assert keys(share) == (False, 3, due(share, ClockKind.PARTNER_ACK))
    assert stale_keys() == {}


def test_clock_changes_after_sharing_move_the_due_time(
    shared, partner_a, manager, practitioner
) -> None:
    do_acknowledge_share(shared, actor=partner_a)  # the outcome clock is the one left
    before = keys(shared)[2]
    do_publish_sla_policy(
        actor=manager,
        targets={("partner_outcome", "high"): ("24x7", 60)},
        note="Outcomes within the hour.",
    )
    assert keys(shared)[2] == TUESDAY_10AM + timedelta(hours=1) != before
    do_add_closure_day(actor=manager, day=(TUESDAY_10AM + timedelta(days=1)).date(), reason="x")
    do_route_referral(
        shared.referral,
        actor=practitioner,
        agency=Agency.objects.get(slug="shropshire-cs"),
        reason="The family moved.",
    )
    with time_machine.travel(TUESDAY_10AM + timedelta(days=3), tick=False):
        sweep_clocks()  # breaches: the clocks stay open, the due time stays
    assert keys(shared)[2] == TUESDAY_10AM + timedelta(hours=1)
    assert stale_keys() == {}


def test_a_regrade_moves_the_outcome_clock_and_the_due_time(
    officer, practitioner, supervisor, partner_a
) -> None:
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = submit_referral(
            officer, narrative="He strangled her and threatened to kill her."
        )
        assessment = submitted_assessment(referral, practitioner, grade="standard")
        do_decide_assessment(assessment, actor=supervisor, decision="approve")
        share = share_with(referral, practitioner)
        do_acknowledge_share(share, actor=partner_a)
    standard = keys(share)[2]  # 5 working days
    flag = UnderGradingFlag.objects.filter(referral=referral, status="open").first()
    do_resolve_flag(flag, actor=supervisor, outcome="regrade", grade="high", rationale="Strangled.")
    assert keys(share)[2] == due(share, ClockKind.PARTNER_OUTCOME) < standard  # 3 working days
    assert keys(share)[1] == 1  # the snapshot's grade, as the agency was told
    assert stale_keys() == {}


def test_the_inbox_pages_without_counting_the_agencys_history(
    officer, practitioner, supervisor, partner_a, client_for, monkeypatch
) -> None:
    """An agency's shares grow for years: the inbox reads one row past its page instead of
    counting them all, and says "Page 2", not "Page 2 of N"."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from partners import portal_views

    monkeypatch.setattr(portal_views, "PAGE_SIZE", 2)
    shares = [
        share_with(approved_referral(officer, practitioner, supervisor), practitioner)
        for _ in range(3)
    ]
    client = client_for(partner_a)
    url = reverse("partners:inbox")
    with CaptureQueriesContext(connection) as queries:
        first = client.get(url).content.decode()
    assert not any("COUNT(" in q["sql"].upper() and "partners_share" in q["sql"] for q in queries)
    assert "Page 1<" in first
    assert "Page 1 of" not in first
    assert 'href="?page=2" rel="next"' in first
    assert 'rel="prev"' not in first
    second = client.get(url + "?page=2").content.decode()
    assert 'rel="next"' not in second
    assert 'href="?page=1" rel="prev"' in second
    shown = [s.pk for s in shares if reverse("partners:share", args=[s.pk]) in first + second]
    assert sorted(shown) == sorted(s.pk for s in shares)
    # Past the end, or not a number: the first page.
    assert 'href="?page=2" rel="next"' in client.get(url + "?page=9").content.decode()
    assert 'href="?page=2" rel="next"' in client.get(url + "?page=x").content.decode()
