"""The partner portal: outcomes, decline and re-route, message threads, partner clocks and their
escalation, the inbox's order and query count."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from partners.models import Share, ShareMessage
from partners.portal_actions import (
    do_decline_share,
    do_post_share_message,
    do_record_share_outcome,
)
from partners.selectors import partner_inbox
from referrals.escalation import sweep_clocks
from referrals.models import ClockKind, ClockState, Escalation, Notification, SlaClock
from tests.factories import UserFactory, approved_referral, share_with
from vhub.errors import ActionError, ActionPermissionError

TUESDAY_10AM = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


@pytest.fixture
def shared(officer, practitioner, supervisor):
    with time_machine.travel(TUESDAY_10AM, tick=False):
        referral = approved_referral(officer, practitioner, supervisor)
        return share_with(referral, practitioner, "herefordshire-cs")


@pytest.fixture
def lead_a(herefordshire):
    return UserFactory(username="lead.a", roles=["partner_lead"], agency=herefordshire)


@pytest.fixture
def lead_b(shropshire):
    return UserFactory(username="lead.b", roles=["partner_lead"], agency=shropshire)


def _clock(share: Share, kind: str) -> SlaClock:
    return SlaClock.objects.get(share=share, kind=kind)


# --- Outcome ------------------------------------------------------------------------------------


def test_a_share_starts_the_outcome_clock_on_its_grade(shared) -> None:
    clock = _clock(shared, ClockKind.PARTNER_OUTCOME)
    # high grade: 3 working days from Tuesday 10:00 is Friday 10:00
    assert (clock.state, clock.calendar) == (ClockState.ON_TRACK, "working_hours")
    assert clock.due_at == datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def test_recording_an_outcome_meets_the_outcome_clock_and_acknowledges(
    client_for, shared, partner_a, practitioner
) -> None:
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=5), tick=False):
        response = client_for(partner_a).post(
            f"/partners/shares/{shared.pk}/outcome/",
            {"outcome": "cin_s17", "notes": "Allocated to a social worker."},
        )
    assert response.status_code == 302
    outcome = _clock(shared, ClockKind.PARTNER_OUTCOME)
    ack = _clock(shared, ClockKind.PARTNER_ACK)
    assert (outcome.state, outcome.achieved_minutes) == (ClockState.MET, 300)
    assert ack.state == ClockState.MET
    shared.refresh_from_db()
    assert shared.response.get_outcome_display() == "Child in need assessment (s.17)"
    assert shared.acknowledged_by == partner_a
    event = AuditEvent.objects.get(action="share.outcome")
    assert event.details["outcome"] == "Child in need assessment (s.17)"
    assert Notification.objects.filter(user=practitioner, title__contains="outcome").exists()
    # VHub sees it on the referral page
    page = client_for(practitioner).get(f"/referrals/{shared.referral.reference}/")
    assert "Allocated to a social worker." in page.content.decode()


def test_an_outcome_is_recorded_once(shared, partner_a) -> None:
    do_record_share_outcome(shared, actor=partner_a, outcome="nfa", notes="")
    with pytest.raises(ActionError, match="already recorded"):
        do_record_share_outcome(shared, actor=partner_a, outcome="early_help", notes="")


def test_outcome_form_errors_are_shown_in_the_summary(client_for, shared, partner_a) -> None:
    response = client_for(partner_a).post(f"/partners/shares/{shared.pk}/outcome/", {})
    body = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in body
    assert 'href="#id_outcome_0"' in body


def test_vhub_staff_and_the_other_agency_cannot_record_an_outcome(
    shared, practitioner, partner_b
) -> None:
    with pytest.raises(ActionPermissionError):
        do_record_share_outcome(shared, actor=practitioner, outcome="nfa", notes="")
    with pytest.raises(ActionPermissionError):
        do_record_share_outcome(shared, actor=partner_b, outcome="nfa", notes="")


# --- Decline and re-route -----------------------------------------------------------------------


def test_declining_returns_it_to_vhub_and_the_clocks_keep_running(
    client_for, shared, partner_a, practitioner
) -> None:
    before = {c.kind: (c.started_at, c.due_at, c.state) for c in shared.clocks.all()}
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=1), tick=False):
        response = client_for(partner_a).post(
            f"/partners/shares/{shared.pk}/decline/",
            {"reason": "The family lives in Shropshire."},
        )
    assert response.status_code == 302
    after = {c.kind: (c.started_at, c.due_at, c.state) for c in shared.clocks.all()}
    assert after == before  # unchanged: still open, same start and due times
    assert all(state == ClockState.ON_TRACK for _, _, state in after.values())
    assert AuditEvent.objects.filter(action="share.decline", actor=partner_a).exists()
    notice = Notification.objects.get(user=practitioner, title__contains="wrong area")
    assert notice.url == f"/referrals/{shared.referral.reference}/"
    page = client_for(practitioner).get(notice.url).content.decode()
    assert "Declined as the wrong area" in page
    assert "The family lives in Shropshire." in page


def test_the_share_sent_after_a_decline_carries_the_running_clocks(
    shared, partner_a, practitioner
) -> None:
    do_decline_share(shared, actor=partner_a, reason="Not our area.")
    original = _clock(shared, ClockKind.PARTNER_OUTCOME)
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=6), tick=False):
        rerouted = share_with(shared.referral, practitioner, "shropshire-cs")
    carried = _clock(rerouted, ClockKind.PARTNER_OUTCOME)
    assert (carried.started_at, carried.due_at) == (original.started_at, original.due_at)
    assert _clock(shared, ClockKind.PARTNER_OUTCOME).state == ClockState.CANCELLED


def test_a_declined_share_takes_no_outcome_and_cannot_be_declined_twice(shared, partner_a) -> None:
    do_decline_share(shared, actor=partner_a, reason="Not our area.")
    with pytest.raises(ActionError, match="declined"):
        do_record_share_outcome(shared, actor=partner_a, outcome="nfa", notes="")
    with pytest.raises(ActionError, match="already declined"):
        do_decline_share(shared, actor=partner_a, reason="Again.")


# --- Message threads ----------------------------------------------------------------------------


def test_partner_and_vhub_message_each_other_with_notices_both_ways(
    client_for, shared, partner_a, practitioner
) -> None:
    response = client_for(partner_a).post(
        f"/partners/shares/{shared.pk}/messages/", {"body": "Is the father still at home?"}
    )
    assert response.status_code == 302
    assert Notification.objects.filter(user=practitioner, title__contains="message").exists()
    referral_page = client_for(practitioner).get(f"/referrals/{shared.referral.reference}/")
    assert "Is the father still at home?" in referral_page.content.decode()

    response = client_for(practitioner).post(
        f"/partners/shares/{shared.pk}/messages/", {"body": "He was bailed to another address."}
    )
    assert response.status_code == 302
    assert Notification.objects.filter(user=partner_a, title__contains="VHub").exists()
    page = client_for(partner_a).get(f"/partners/shares/{shared.pk}/").content.decode()
    assert "He was bailed to another address." in page
    assert list(ShareMessage.objects.values_list("from_vhub", flat=True)) == [False, True]
    assert AuditEvent.objects.filter(action="share.message").count() == 2


def test_a_partner_sees_only_their_own_agencys_thread(
    client_for, shared, partner_a, partner_b, practitioner
) -> None:
    other = share_with(shared.referral, practitioner, "shropshire-cs")
    do_post_share_message(shared, actor=partner_a, body="Herefordshire question")
    do_post_share_message(other, actor=partner_b, body="Shropshire question")
    do_post_share_message(other, actor=practitioner, body="Answer for Shropshire only")
    page = client_for(partner_a).get(f"/partners/shares/{shared.pk}/").content.decode()
    assert "Herefordshire question" in page
    assert "Shropshire question" not in page
    assert "Answer for Shropshire only" not in page
    with pytest.raises(ActionPermissionError):
        do_post_share_message(other, actor=partner_a, body="Let me in")


def test_the_referring_officer_does_not_see_the_hubs_exchanges_with_partners(
    client_for, shared, officer, partner_a
) -> None:
    """The officer sees the referral they sent; what an agency told the hub about the family
    (outcomes, messages) is for VHub staff (DESIGN.md §2)."""
    do_post_share_message(shared, actor=partner_a, body="Is the father still at home?")
    do_record_share_outcome(
        shared, actor=partner_a, outcome="strategy_s47", notes="Strategy discussion held"
    )
    response = client_for(officer).get(f"/referrals/{shared.referral.reference}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Is the father still at home?" not in page
    assert "Strategy discussion held" not in page
    assert "Partner responses and messages" not in page


def test_police_internal_notes_never_reach_the_partner(client_for, shared, partner_a) -> None:
    page = client_for(partner_a).get(f"/partners/shares/{shared.pk}/").content.decode()
    # the live referral (allocation, internal timeline, the referral page link) stays at VHub
    assert f"/referrals/{shared.referral.reference}/" not in page
    assert "Timeline" not in page


def test_a_withdrawn_share_closes_its_thread(shared, partner_a, practitioner) -> None:
    from partners.actions import do_withdraw_share

    do_withdraw_share(shared, actor=practitioner, reason="Wrong authority.")
    with pytest.raises(ActionError, match="withdrawn"):
        do_post_share_message(shared, actor=practitioner, body="Hello?")


# --- Partner clocks escalate to the partner lead ------------------------------------------------


def test_a_partner_clock_overdue_by_half_again_escalates_to_that_agencys_lead(
    shared, partner_a, lead_a, lead_b
) -> None:
    ack = _clock(shared, ClockKind.PARTNER_ACK)
    with time_machine.travel(ack.escalate_at + timedelta(minutes=1), tick=False):
        sweep_clocks()
    further = Escalation.objects.filter(clock=ack, level="breached_further")
    assert [e.recipient for e in further] == [lead_a]
    assert not Escalation.objects.filter(recipient=lead_b).exists()
    at_risk = Escalation.objects.filter(clock=ack, level="at_risk")
    assert [e.recipient for e in at_risk] == [partner_a]


# --- The inbox ----------------------------------------------------------------------------------


def test_inbox_puts_waiting_work_first_then_grade_then_due_time(
    officer, practitioner, supervisor, partner_a
) -> None:
    from risk.actions import do_decide_assessment
    from tests.factories import submit_referral, submitted_assessment

    def graded(grade: str):
        referral = submit_referral(officer)
        assessment = submitted_assessment(referral, practitioner, grade=grade)
        do_decide_assessment(assessment, actor=supervisor, decision="approve")
        return share_with(referral, practitioner)

    with time_machine.travel(TUESDAY_10AM, tick=False):
        old_standard = graded("standard")
        done_high = graded("high")
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=2), tick=False):
        new_high = graded("high")
        medium = graded("medium")
    do_record_share_outcome(done_high, actor=partner_a, outcome="nfa", notes="")
    with time_machine.travel(TUESDAY_10AM + timedelta(hours=1), tick=False):
        early_high = graded("high")
    order = list(partner_inbox(user=partner_a))
    assert order == [early_high, new_high, medium, old_standard, done_high]


def _make_shares(n, officer, practitioner, supervisor):
    referral = approved_referral(officer, practitioner, supervisor)
    return [share_with(referral, practitioner) for _ in range(n)]


def test_inbox_selector_query_count_is_independent_of_page_size(
    officer, practitioner, supervisor, partner_a, django_assert_num_queries
) -> None:
    from partners.portal_views import annotate_clocks, paginate

    request = type("Request", (), {"GET": {}})()

    def inbox_page():
        page = paginate(request, partner_inbox(user=partner_a))
        annotate_clocks(page)
        return page

    _make_shares(3, officer, practitioner, supervisor)
    inbox_page()  # the person's roles and guardian's content type are read once and kept
    with django_assert_num_queries(3):
        # 1: the paginator's count; 2: the page of shares (agency, acknowledged_by and response
        # joined, grade and next due time annotated); 3: the page's clocks (one prefetch)
        assert len(inbox_page()) == 3
    _make_shares(40, officer, practitioner, supervisor)
    with django_assert_num_queries(3):
        assert len(inbox_page()) == 25


def test_inbox_page_query_count_is_independent_of_page_size(
    client_for, officer, practitioner, supervisor, partner_a, django_assert_num_queries
) -> None:
    client = client_for(partner_a)
    _make_shares(3, officer, practitioner, supervisor)
    client.get("/partners/inbox/")  # warm the caches (content types)
    with CaptureQueriesContext(connection) as small:
        assert client.get("/partners/inbox/").status_code == 200
    _make_shares(40, officer, practitioner, supervisor)
    with django_assert_num_queries(len(small)):
        response = client.get("/partners/inbox/")
    assert len(response.context["page"]) == 25


@pytest.mark.parametrize("who", ["practitioner", "manager", "officer", "auditor", "outsider"])
@pytest.mark.parametrize("action", ["outcome", "decline"])
def test_only_the_agency_records_outcomes_and_declines_and_refusals_are_audited(
    db, request, client_for, shared, who, action
) -> None:
    user = request.getfixturevalue(who)
    response = client_for(user).post(
        f"/partners/shares/{shared.pk}/{action}/", {"outcome": "nfa", "notes": "x", "reason": "x"}
    )
    assert response.status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()
    assert not hasattr(Share.objects.get(pk=shared.pk), "response")


@pytest.mark.parametrize("who", ["manager", "officer", "auditor"])
def test_read_only_and_other_roles_cannot_write_in_a_thread(
    db, request, client_for, shared, who
) -> None:
    user = request.getfixturevalue(who)
    response = client_for(user).post(f"/partners/shares/{shared.pk}/messages/", {"body": "Hi"})
    assert response.status_code in (403, 404)
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()
    assert not ShareMessage.objects.exists()
