"""A referral's end (DESIGN.md §3): closing with an outcome, sign-off, clocks and escalations
stopping, retention starting, throughput, and reopening."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from audit.models import AuditEvent, RetentionReview
from dashboards.selectors import DashboardFilters, flow_totals
from partners.models import Share, ShareStatus
from referrals.actions.allocation import do_start_triage
from referrals.actions.closure import (
    do_close_referral,
    do_decide_closure,
    do_merge_referral,
    do_reopen_referral,
)
from referrals.escalation import deliver_outbox, sweep_clocks
from referrals.models import (
    ClockKind,
    ClockState,
    ClosureOutcome,
    ClosureRequestState,
    Escalation,
    EscalationLevel,
    Notification,
    OutboxMessage,
    Referral,
    ReferralStatus,
    SlaClock,
)
from referrals.retention import years_after
from tests.factories import approved_referral, share_with, submit_referral
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError

OPEN = ("on_track", "at_risk", "breached")


def outcome(code: str) -> ClosureOutcome:
    return ClosureOutcome.objects.get(code=code)


def close(
    referral, actor, code: str = "duplicate", rationale: str = "Sent twice by the control room."
):
    return do_close_referral(referral, actor=actor, outcome=outcome(code), rationale=rationale)


# --- Outcomes ------------------------------------------------------------------------------


def test_the_outcomes_are_seeded_as_data(db) -> None:
    assert list(ClosureOutcome.objects.values_list("label", flat=True)) == [
        "No further action by police",
        "Shared, no further hub action",
        "Duplicate",
        "Transferred to another force or area",
        "Child not identified",
    ]


@pytest.mark.parametrize(
    ("code", "status"),
    [
        ("no-further-action-police", ReferralStatus.NO_FURTHER_ACTION),
        ("shared-no-further-hub-action", ReferralStatus.CLOSED),
        ("duplicate", ReferralStatus.CLOSED),
        ("transferred", ReferralStatus.CLOSED),
        ("child-not-identified", ReferralStatus.CLOSED),
    ],
)
def test_each_outcome_closes_an_ungraded_referral_at_once(
    officer, practitioner, code, status
) -> None:
    referral = submit_referral(officer)

    closure = close(referral, practitioner, code)

    referral.refresh_from_db()
    assert closure.state == ClosureRequestState.CLOSED
    assert referral.status == status
    assert referral.closure_outcome.code == code
    assert referral.closure_rationale == "Sent twice by the control room."
    event = AuditEvent.objects.get(action="referral.close")
    assert event.actor == practitioner
    assert event.details["outcome"] == code
    assert AuditEvent.objects.filter(action="referral.transition", details__to=status).exists()


def test_closing_needs_a_rationale_and_an_offered_outcome(officer, practitioner) -> None:
    referral = submit_referral(officer)
    with pytest.raises(ActionError, match="rationale"):
        close(referral, practitioner, rationale="  ")
    ClosureOutcome.objects.filter(code="transferred").update(active=False)
    with pytest.raises(ActionError, match="no longer offered"):
        close(referral, practitioner, "transferred")
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SUBMITTED


def test_an_officer_cannot_close_a_referral(officer, practitioner) -> None:
    referral = submit_referral(officer)
    with pytest.raises(ActionPermissionError):
        close(referral, officer)


# --- Four eyes -----------------------------------------------------------------------------


def test_a_high_referral_that_was_not_shared_waits_for_a_supervisors_sign_off(
    officer, practitioner, supervisor, supervisor2
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    assert referral.current_grade == "high"

    closure = close(referral, practitioner, "no-further-action-police")

    referral.refresh_from_db()
    assert closure.state == ClosureRequestState.PENDING
    assert referral.status == ReferralStatus.APPROVED  # still open, clocks still running
    assert SlaClock.objects.filter(referral=referral, state__in=OPEN).exists()
    assert AuditEvent.objects.filter(action="referral.closure_request").count() == 1
    told = Notification.objects.filter(title__contains="sign-off").values_list("user", flat=True)
    assert set(told) == {supervisor.pk, supervisor2.pk}
    with pytest.raises(ActionError, match="already has a closure waiting"):
        close(referral, practitioner)

    do_decide_closure(closure, actor=supervisor2, approve=True)

    referral.refresh_from_db()
    closure.refresh_from_db()
    assert referral.status == ReferralStatus.NO_FURTHER_ACTION
    assert closure.decided_by == supervisor2
    event = AuditEvent.objects.get(action="referral.close")
    assert event.actor == supervisor2
    assert event.details["signed_off"] is True


def test_the_supervisor_who_asked_cannot_sign_off_their_own_closure(
    officer, practitioner, supervisor, supervisor2
) -> None:
    referral = approved_referral(officer, practitioner, supervisor2)
    closure = close(referral, supervisor)
    assert closure.state == ClosureRequestState.PENDING
    with pytest.raises(ActionPermissionError, match="another supervisor"):
        do_decide_closure(closure, actor=supervisor, approve=True)
    with pytest.raises(ActionPermissionError):
        do_decide_closure(closure, actor=practitioner, approve=True)
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.APPROVED


def test_a_refused_closure_leaves_the_referral_open_and_tells_the_closer(
    officer, practitioner, supervisor
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    closure = close(referral, practitioner)
    with pytest.raises(ActionError, match="Say why"):
        do_decide_closure(closure, actor=supervisor, approve=False)

    do_decide_closure(closure, actor=supervisor, approve=False, note="Share it with the LA.")

    referral.refresh_from_db()
    closure.refresh_from_db()
    assert referral.status == ReferralStatus.APPROVED
    assert closure.state == ClosureRequestState.REFUSED
    assert Notification.objects.get(user=practitioner).body == "Share it with the LA."
    assert AuditEvent.objects.filter(action="referral.closure_refuse", actor=supervisor).exists()
    with pytest.raises(ActionError, match="already refused"):
        do_decide_closure(closure, actor=supervisor, approve=True)


def test_a_shared_high_referral_closes_without_sign_off_and_the_partner_keeps_its_share(
    officer, practitioner, supervisor
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    share = share_with(referral, practitioner)
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SHARED

    closure = close(referral, practitioner, "shared-no-further-hub-action")

    referral.refresh_from_db()
    assert closure.state == ClosureRequestState.CLOSED
    assert referral.status == ReferralStatus.CLOSED
    assert Share.objects.get(pk=share.pk).status == ShareStatus.ACTIVE
    # The partner's acknowledgement clock carries on.
    assert SlaClock.objects.filter(share=share, state__in=OPEN).exists()


# --- Clocks, escalations, retention, throughput --------------------------------------------


def test_closing_meets_or_cancels_each_open_clock_with_the_outcome_as_reason(
    officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer)
    assert SlaClock.objects.filter(referral=referral, state__in=OPEN).count() >= 2

    close(referral, practitioner, "child-not-identified")

    clocks = SlaClock.objects.filter(referral=referral)
    assert not clocks.filter(state__in=OPEN).exists()
    for clock in clocks:
        assert clock.state in (ClockState.MET, ClockState.CANCELLED)
        assert clock.stop_reason == "Referral closed: Child not identified"
        assert clock.met_at is not None


def test_closing_stops_escalations_queued_and_future(officer, practitioner, supervisor) -> None:
    referral = submit_referral(officer)
    clock = SlaClock.objects.get(referral=referral, kind=ClockKind.DECISION_TO_SHARE)
    escalation = Escalation.objects.create(
        clock=clock, level=EscalationLevel.BREACHED, recipient=supervisor, created_at=now()
    )
    message = OutboxMessage.objects.create(escalation=escalation, deliver_after=now())

    close(referral, practitioner)
    deliver_outbox(now() + timedelta(minutes=1))
    result = sweep_clocks(now() + timedelta(days=30))

    message.refresh_from_db()
    assert message.delivered_at is not None
    assert message.emailed_at is None
    assert not Notification.objects.filter(user=supervisor).exists()
    assert mail.outbox == []
    assert not Escalation.objects.filter(clock__referral=referral).exclude(pk=escalation.pk)
    assert result.escalations == 0


def test_an_escalation_queued_for_a_clock_met_by_sharing_is_not_delivered(
    officer, practitioner, supervisor
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    clock = SlaClock.objects.get(referral=referral, kind=ClockKind.DECISION_TO_SHARE)
    escalation = Escalation.objects.create(
        clock=clock, level=EscalationLevel.AT_RISK, recipient=supervisor, created_at=now()
    )
    # Queued for the morning, say; the referral is shared before it goes out.
    message = OutboxMessage.objects.create(escalation=escalation, deliver_after=now())
    share_with(referral, practitioner)
    clock.refresh_from_db()
    assert clock.state == ClockState.MET
    assert Referral.objects.get(pk=referral.pk).status == ReferralStatus.SHARED

    deliver_outbox(now() + timedelta(minutes=1))

    message.refresh_from_db()
    assert message.delivered_at is not None
    assert (message.notified_at, message.emailed_at) == (None, None)
    assert not Notification.objects.filter(user=supervisor, title__contains="decision").exists()
    assert mail.outbox == []


def test_an_escalation_of_a_running_partner_clock_is_still_delivered_after_closure(
    officer, practitioner, supervisor, partner_a
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    share = share_with(referral, practitioner)
    clock = SlaClock.objects.filter(share=share, state__in=OPEN).first()
    escalation = Escalation.objects.create(
        clock=clock, level=EscalationLevel.AT_RISK, recipient=partner_a, created_at=now()
    )
    message = OutboxMessage.objects.create(escalation=escalation, deliver_after=now())
    referral.refresh_from_db()
    close(referral, practitioner, "shared-no-further-hub-action")

    deliver_outbox(now() + timedelta(minutes=1))

    message.refresh_from_db()
    assert message.notified_at is not None
    assert Notification.objects.filter(user=partner_a).exists()


def test_closing_starts_the_retention_review_and_reopening_withdraws_it(
    officer, practitioner, supervisor
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    share_with(referral, practitioner)
    referral.refresh_from_db()

    close(referral, practitioner, "shared-no-further-hub-action")

    review = RetentionReview.objects.get(referral=referral)
    today = timezone.localdate(now())
    assert review.review_due == years_after(today, 10)  # graded high: 10 years
    assert review.status == "pending"

    referral.refresh_from_db()
    do_reopen_referral(referral, actor=practitioner, reason="A new incident at the address.")
    assert not RetentionReview.objects.filter(referral=referral).exists()


def test_closing_again_keeps_a_retention_decision_taken_after_the_first_closure(
    officer, practitioner, supervisor
) -> None:
    from audit.actions import do_mark_for_disposal, do_retain_referral

    referral = approved_referral(officer, practitioner, supervisor)
    share_with(referral, practitioner)
    referral.refresh_from_db()
    close(referral, practitioner, "shared-no-further-hub-action")
    review = RetentionReview.objects.get(referral=referral)
    RetentionReview.objects.filter(pk=review.pk).update(review_due=now().date())
    until = now().date() + timedelta(days=400)
    do_retain_referral(review, actor=supervisor, reason="Sibling case open.", next_review=until)

    referral.refresh_from_db()
    do_reopen_referral(referral, actor=practitioner, reason="A new incident at the address.")
    assert RetentionReview.objects.get(referral=referral).status == "retained"  # not withdrawn
    referral.refresh_from_db()
    close(referral, practitioner, "shared-no-further-hub-action")

    review = RetentionReview.objects.get(referral=referral)
    assert review.status == "retained"
    assert review.decided_by == supervisor
    assert review.reason == "Sibling case open."
    # The later of the decision's date and ten years (graded high) from the new end.
    today = timezone.localdate(now())
    assert review.review_due == years_after(today, 10)
    referral.refresh_from_db()
    assert review.ended_at == referral.closed_at
    event = AuditEvent.objects.filter(action="referral.close").order_by("-id").first()
    assert event.details["retention"] == "retained"

    # A mark for disposal stands too: reopening and closing again do not erase it.
    RetentionReview.objects.filter(pk=review.pk).update(review_due=today)
    do_mark_for_disposal(review, actor=supervisor, reason="Past its period.")
    referral.refresh_from_db()
    do_reopen_referral(referral, actor=practitioner, reason="Another call.")
    referral.refresh_from_db()
    close(referral, practitioner, "shared-no-further-hub-action")
    review.refresh_from_db()
    assert (review.status, review.reason) == ("marked_for_disposal", "Past its period.")
    assert review.review_due == years_after(today, 10)


def test_a_closure_counts_as_throughput_on_the_dashboard_and_in_the_forecast(
    officer, practitioner
) -> None:
    today = timezone.localdate(now())
    window = DashboardFilters(start=today, end=today)
    submit_referral(officer)
    referral = submit_referral(officer)
    assert flow_totals(window) == (2, 0)

    close(referral, practitioner)

    assert flow_totals(window) == (2, 1)

    referral.refresh_from_db()
    do_reopen_referral(referral, actor=practitioner, reason="The school rang with more.")

    assert flow_totals(window) == (3, 1)  # back in the backlog: inflow again


# --- Reopening -----------------------------------------------------------------------------


def test_reopening_returns_the_referral_to_triage_and_restarts_its_clocks(
    officer, practitioner
) -> None:
    referral = submit_referral(officer)
    close(referral, practitioner)
    referral.refresh_from_db()
    with pytest.raises(ActionError, match="new information"):
        do_reopen_referral(referral, actor=practitioner, reason=" ")
    with pytest.raises(ActionPermissionError):
        do_reopen_referral(referral, actor=officer, reason="More")
    reopened_at = now()

    do_reopen_referral(referral, actor=practitioner, reason="The school has new concerns.")

    referral.refresh_from_db()
    assert referral.status == ReferralStatus.IN_TRIAGE
    assert referral.closure_outcome is None
    assert referral.closed_at is None
    running = SlaClock.objects.filter(referral=referral, state__in=OPEN)
    assert set(running.values_list("kind", flat=True)) == {
        ClockKind.TRIAGE,
        ClockKind.DECISION_TO_SHARE,
    }
    assert all(c.started_at >= reopened_at for c in running)
    event = AuditEvent.objects.get(action="referral.reopen")
    assert event.details["reason"] == "The school has new concerns."
    # And it can end again.
    close(referral, practitioner, "transferred")
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.CLOSED
    assert RetentionReview.objects.filter(referral=referral).count() == 1


def test_an_open_referral_cannot_be_reopened(officer, practitioner) -> None:
    referral = submit_referral(officer)
    with pytest.raises(ActionError, match="only a closed referral can be reopened"):
        do_reopen_referral(referral, actor=practitioner, reason="More")


# --- Pages ---------------------------------------------------------------------------------


def test_the_close_page_summarises_errors_and_closes(client_for, officer, practitioner) -> None:
    referral = submit_referral(officer)
    client = client_for(practitioner)
    url = f"/referrals/{referral.reference}/close/"
    assert "Close referral" in client.get(url).content.decode()

    page = client.post(url, {"version": referral.version}).content.decode()
    assert "There is a problem" in page
    assert "Select the outcome" in page
    assert "Give the rationale for closing the referral" in page

    response = client.post(
        url,
        {
            "outcome": outcome("duplicate").pk,
            "rationale": "Same incident as VH-2026-000001.",
            "version": referral.version,
        },
    )
    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.CLOSED
    detail = client.get(f"/referrals/{referral.reference}/").content.decode()
    assert "Closed: Duplicate" in detail
    assert "Reopen this referral" in detail


def test_sign_off_page_for_another_supervisor_and_not_for_the_closer(
    client_for, officer, practitioner, supervisor, supervisor2
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    close(referral, supervisor)
    url = f"/referrals/{referral.reference}/close/"

    own = client_for(supervisor).get(url).content.decode()
    assert "Record decision" not in own
    assert "other than the person who asked" in own

    response = client_for(supervisor2).post(url, {"decision": "approve"})
    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.CLOSED


def test_the_officer_sees_the_outcome_in_my_referrals(client_for, officer, practitioner) -> None:
    referral = submit_referral(officer)
    close(referral, practitioner, "transferred")
    page = client_for(officer).get("/referrals/mine/").content.decode()
    assert "Transferred to another force or area" in page


def test_an_officer_and_a_partner_cannot_open_the_close_or_reopen_pages(
    client_for, officer, practitioner, partner_a
) -> None:
    referral = submit_referral(officer)
    for user in (officer, partner_a):
        for page in ("close", "reopen"):
            before = AuditEvent.objects.filter(action="access.denied").count()
            response = client_for(user).get(f"/referrals/{referral.reference}/{page}/")
            assert response.status_code == 403
            assert AuditEvent.objects.filter(action="access.denied").count() == before + 1


def test_closures_waiting_list_has_a_fixed_number_of_queries(
    client_for, officer, practitioner, supervisor, supervisor2, django_assert_num_queries
) -> None:
    client = client_for(supervisor)
    for count in (3, 4):
        while Referral.objects.filter(closure_requests__state="pending").count() < count:
            close(approved_referral(officer, practitioner, supervisor2), practitioner)
        client.get("/referrals/closures/")  # warm the session and the per-process caches
        # 1 user, 2 its roles with the header's agency (the session comes from the cache, its
        # device checked by the first request); 3 the closures with their referral, outcome and
        # closer (one join); 4 the audit chain's lock with its last hash, 5 the change-history
        # context with the audit event; 6 the navigation's unread count. No session save: a
        # page within the minute writes nothing to the session (accounts/middleware.py).
        with django_assert_num_queries(6):
            page = client.get("/referrals/closures/").content.decode()
        assert page.count("/close/") == count


# --- Merging a duplicate -------------------------------------------------------------------


def test_a_duplicate_merged_into_another_referral_stays_reachable_from_it(
    client_for, officer, practitioner, supervisor
) -> None:
    survivor = submit_referral(officer)
    duplicate = approved_referral(officer, practitioner, supervisor)
    share = share_with(duplicate, practitioner)
    duplicate.refresh_from_db()
    running = set(
        SlaClock.objects.filter(referral=duplicate, share__isnull=True, state__in=OPEN).values_list(
            "pk", flat=True
        )
    )
    assert running

    do_merge_referral(
        duplicate, actor=practitioner, survivor=survivor, reason="Same incident, sent twice."
    )

    duplicate.refresh_from_db()
    assert duplicate.status == ReferralStatus.MERGED
    assert duplicate.merged_into == survivor
    assert duplicate.closure_outcome.code == "duplicate"
    # Its hub clocks stop with the reason; the partner keeps its share and its clock.
    hub_clocks = SlaClock.objects.filter(referral=duplicate, share__isnull=True)
    assert not hub_clocks.filter(state__in=OPEN).exists()
    assert set(hub_clocks.filter(pk__in=running).values_list("stop_reason", flat=True)) == {
        f"Merged into {survivor.reference}"
    }
    assert Share.objects.get(pk=share.pk).status == ShareStatus.ACTIVE
    assert RetentionReview.objects.filter(referral=duplicate).exists()
    assert AuditEvent.objects.get(action="referral.merge").details["into"] == survivor.reference
    assert AuditEvent.objects.get(action="referral.merge_in").referral_id == survivor.pk

    client = client_for(practitioner)
    dup_page = client.get(f"/referrals/{duplicate.reference}/").content.decode()
    assert "This referral was merged into" in dup_page
    assert f'href="/referrals/{survivor.reference}/"' in dup_page
    assert duplicate.subjects.get().person.full_name in dup_page  # its children
    survivor_page = client.get(f"/referrals/{survivor.reference}/").content.decode()
    assert "Duplicates merged into this referral" in survivor_page
    assert f'href="/referrals/{duplicate.reference}/"' in survivor_page


def test_merge_refuses_itself_a_merged_survivor_and_an_officer(officer, practitioner) -> None:
    a, b, c = (submit_referral(officer) for _ in range(3))
    with pytest.raises(ActionError, match="into itself"):
        do_merge_referral(a, actor=practitioner, survivor=a, reason="x")
    with pytest.raises(ActionPermissionError):
        do_merge_referral(a, actor=officer, survivor=b, reason="x")
    do_merge_referral(b, actor=practitioner, survivor=c, reason="Duplicate of c.")
    with pytest.raises(ActionError, match="merge into that one"):
        do_merge_referral(a, actor=practitioner, survivor=b, reason="Duplicate of b.")
    a.refresh_from_db()
    assert a.status == ReferralStatus.SUBMITTED


def test_the_merge_page_names_an_unknown_reference_in_the_error_summary(
    client_for, officer, practitioner
) -> None:
    duplicate = submit_referral(officer)
    survivor = submit_referral(officer)
    client = client_for(practitioner)
    url = f"/referrals/{duplicate.reference}/merge/"

    page = client.post(url, {"survivor": "VH-2026-999999", "reason": "Dup"}).content.decode()
    assert "There is a problem" in page
    assert "No referral VH-2026-999999 was found" in page

    response = client.post(url, {"survivor": survivor.reference.lower(), "reason": "Dup"})
    assert response.status_code == 302
    assert response["Location"] == f"/referrals/{survivor.reference}/"
    duplicate.refresh_from_db()
    assert duplicate.merged_into == survivor


# --- Bulk close from the queue (supervisors) -------------------------------------------------

BULK = "/referrals/queue/close/"


def _three_to_close(officer, practitioner, supervisor, supervisor2):
    """An ungraded referral (closes at once), a high one never shared (needs sign-off), and a
    high one whose closure already waits (cannot be closed again)."""
    plain = submit_referral(officer)
    high = approved_referral(officer, practitioner, supervisor2)
    waiting = approved_referral(officer, practitioner, supervisor2)
    close(waiting, practitioner)
    return plain, high, waiting


def test_a_supervisor_bulk_closes_after_a_preview_and_each_closure_is_audited(
    client_for, officer, practitioner, supervisor, supervisor2
) -> None:
    plain, high, waiting = _three_to_close(officer, practitioner, supervisor, supervisor2)
    client = client_for(supervisor)
    chosen = {"referrals": [plain.pk, high.pk, waiting.pk], "back": "grade="}

    page = client.post(BULK, chosen).content.decode()
    assert "Close 3 referrals" in page
    for r in (plain, high, waiting):
        assert r.reference in page
    # Missing outcome and rationale: the error summary, nothing closed.
    page = client.post(BULK, {**chosen, "step": "preview"}).content.decode()
    assert "There is a problem" in page
    assert "Select the outcome" in page
    assert "Give the rationale for closing the referrals" in page

    answers = {"outcome": outcome("transferred").pk, "rationale": "Moved to Powys."}
    response = client.post(BULK, {**chosen, **answers, "step": "preview"})
    page = response.content.decode()
    assert "Check before closing" in page
    assert "Closes now" in page
    assert "Needs sign-off" in page
    assert "Cannot be closed" in page
    assert "already has a closure waiting" in page
    assert "Close 2 referrals" in page
    assert Referral.objects.filter(status=ReferralStatus.CLOSED).count() == 0
    preview = AuditEvent.objects.filter(action="case_list.view").last()
    assert preview.details["page"] == "bulk_close_preview"
    assert set(preview.details["referrals"]) == {plain.pk, high.pk, waiting.pk}
    versions = response.context["applying"]

    response = client.post(
        BULK,
        {
            **chosen,
            **answers,
            **{f"version-{r.pk}": r.version for r in versions},
            "step": "confirm",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/referrals/queue/?grade="
    plain.refresh_from_db()
    high.refresh_from_db()
    waiting.refresh_from_db()
    assert plain.status == ReferralStatus.CLOSED
    assert plain.closure_outcome.code == "transferred"
    assert high.status == ReferralStatus.APPROVED  # waits for another supervisor
    assert high.closure_requests.get().state == ClosureRequestState.PENDING
    assert waiting.status == ReferralStatus.APPROVED
    closes = AuditEvent.objects.filter(action="referral.close", actor=supervisor)
    assert list(closes.values_list("referral_id", flat=True)) == [plain.pk]
    assert AuditEvent.objects.filter(
        action="referral.closure_request", actor=supervisor, referral=high
    ).exists()
    summary = AuditEvent.objects.get(action="referral.bulk_close")
    assert summary.details["closed"] == [plain.pk]
    assert summary.details["sign_off"] == [high.pk]
    # The one the preview said cannot be closed is left alone, not tried.
    assert summary.details["skipped"] == []
    assert waiting.closure_requests.count() == 1
    texts = [str(m) for m in response.wsgi_request._messages]
    assert texts == [
        "1 referral closed: Transferred to another force or area; "
        "1 sent to another supervisor for sign-off"
    ]


def test_a_referral_changed_after_the_preview_is_not_closed(
    client_for, officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer)
    other = submit_referral(officer)
    client = client_for(supervisor)
    answers = {"outcome": outcome("duplicate").pk, "rationale": "Sent twice."}
    chosen = {"referrals": [referral.pk, other.pk], **answers}
    client.post(BULK, {**chosen, "step": "preview"})
    seen = {referral.pk: referral.version, other.pk: other.version}
    do_start_triage(referral, actor=practitioner)  # someone works on it meanwhile

    response = client.post(
        BULK, {**chosen, **{f"version-{k}": v for k, v in seen.items()}, "step": "confirm"}
    )

    referral.refresh_from_db()
    other.refresh_from_db()
    assert referral.status == ReferralStatus.IN_TRIAGE
    assert other.status == ReferralStatus.CLOSED
    texts = [str(m) for m in response.wsgi_request._messages]
    assert any("changed after you saw the preview" in t for t in texts)


def test_the_change_button_keeps_the_outcome_and_rationale(client_for, officer, supervisor) -> None:
    referral = submit_referral(officer)
    page = (
        client_for(supervisor)
        .post(
            BULK,
            {
                "referrals": [referral.pk],
                "outcome": outcome("transferred").pk,
                "rationale": "Moved to Powys.",
                "step": "change",
            },
        )
        .content.decode()
    )
    assert "Moved to Powys." in page
    assert f'value="{outcome("transferred").pk}" checked' in page.replace('"\n', '" ')


@pytest.mark.parametrize("who", ["practitioner", "manager", "officer", "partner_a"])
def test_only_supervisors_bulk_close(db, request, client_for, officer, who) -> None:
    referral = submit_referral(officer)
    user = request.getfixturevalue(who)
    answers = {"outcome": outcome("duplicate").pk, "rationale": "Sent twice."}
    before = AuditEvent.objects.filter(action="access.denied", actor=user).count()

    response = client_for(user).post(
        BULK,
        {"referrals": [referral.pk], **answers, f"version-{referral.pk}": 1, "step": "confirm"},
    )

    assert response.status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=user).count() == before + 1
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SUBMITTED


def test_bulk_close_with_nothing_selected_goes_back_to_the_queue(client_for, supervisor) -> None:
    response = client_for(supervisor).post(BULK, {"back": "status=submitted"})
    assert response.status_code == 302
    assert response["Location"] == "/referrals/queue/?status=submitted"


def test_the_queue_offers_selection_and_bulk_close_to_supervisors_only(
    client_for, officer, practitioner, supervisor, manager
) -> None:
    submit_referral(officer)
    own = client_for(supervisor).get("/referrals/queue/").content.decode()
    assert "Close the selected referrals" in own
    assert "Select all on this page" in own
    for user in (practitioner, manager):
        page = client_for(user).get("/referrals/queue/").content.decode()
        assert "Close the selected referrals" not in page
        assert 'name="referrals"' not in page


def test_the_bulk_close_preview_has_a_fixed_number_of_queries(
    client_for, officer, practitioner, supervisor, django_assert_num_queries
) -> None:
    client = client_for(supervisor)
    answers = {"outcome": outcome("duplicate").pk, "rationale": "Sent twice.", "step": "preview"}
    referrals = []
    for count in (2, 4):
        while len(referrals) < count:
            referrals.append(approved_referral(officer, practitioner, supervisor))
        data = {"referrals": [r.pk for r in referrals], **answers}
        client.post(BULK, data)  # warm the session and the per-process caches
        # 1 user, 2 its roles with the header's agency (the session from the cache, its device
        # already checked); 3 the referrals with their incident type, whether each was shared
        # and has a closure waiting; 4 their children; 5 the outcome chosen (the form's check);
        # 6 the audit chain's lock with its last hash, 7 the change-history context with the
        # list view's event; 8 the navigation's unread count; 9-11 the session's save (a post
        # always notes the activity).
        with django_assert_num_queries(11):
            page = client.post(BULK, data).content.decode()
        assert page.count("Needs sign-off") == count


# --- The queue: closures waiting, and referrals whose work is over ------------------------


def test_the_queue_marks_a_closure_awaiting_sign_off(
    client_for, officer, practitioner, supervisor
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    submit_referral(officer)
    page = client_for(practitioner).get("/referrals/queue/").content.decode()
    assert "Closure awaiting sign-off" not in page
    close(referral, practitioner)

    page = client_for(practitioner).get("/referrals/queue/").content.decode()

    assert page.count("Closure awaiting sign-off") == 1


@pytest.mark.parametrize(
    ("code", "status"),
    [
        ("transferred", "closed"),
        ("no-further-action-police", "no_further_action"),
        ("merged", "merged"),
    ],
)
def test_the_queue_lists_ended_referrals_with_their_outcome_when_filtered(
    client_for, officer, practitioner, code, status
) -> None:
    referral = submit_referral(officer)
    still_open = submit_referral(officer)
    if code == "merged":
        do_merge_referral(
            referral, actor=practitioner, survivor=still_open, reason="The same incident."
        )
        label = "Duplicate"
    else:
        label = close(referral, practitioner, code).outcome.label
    client = client_for(practitioner)

    default = client.get("/referrals/queue/").context["referrals"]
    assert [r.pk for r in default] == [still_open.pk]
    response = client.get(f"/referrals/queue/?status={status}")
    assert [r.pk for r in response.context["referrals"]] == [referral.pk]
    page = response.content.decode()
    assert label in page
    # Searching by reference finds it there too.
    found = client.get(f"/referrals/queue/?status={status}&search={referral.reference}")
    assert [r.pk for r in found.context["referrals"]] == [referral.pk]
