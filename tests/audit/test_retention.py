"""Retention review: review dates from configurable periods, a supervisor's queue, nothing
deleted silently."""

from datetime import date, datetime, timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from audit.models import AuditEvent, RetentionReview, RetentionRule, RetentionStatus
from governance.holdings import retention_holdings
from referrals.attachments import do_add_referral_attachment
from referrals.lifecycle import transition
from referrals.models import CaseNote, NoteKind, Referral, ReferralAttachment
from referrals.notes import do_add_case_note
from referrals.retention import rule_for, schedule_retention_reviews, years_after
from referrals.tasks import schedule_retention
from tests.factories import submit_referral, submitted_assessment


def _close(referral: Referral, actor) -> Referral:
    with transaction.atomic():
        return transition(Referral.objects.get(pk=referral.pk), "closed", actor=actor)


def _closed_referral(officer, practitioner, supervisor, *, grade: str = "high") -> Referral:
    referral = submit_referral(officer)
    from risk.actions import do_decide_assessment

    assessment = submitted_assessment(referral, practitioner, grade)
    if assessment.status != "approved":
        do_decide_assessment(assessment, actor=supervisor, decision="approve")
    return _close(referral, practitioner)


def test_a_closed_high_referral_is_reviewed_ten_years_after_closure_a_standard_one_after_six(
    officer, practitioner, supervisor
) -> None:
    with time_machine.travel(datetime(2026, 3, 10, 12, 0, tzinfo=timezone.get_current_timezone())):
        high = _closed_referral(officer, practitioner, supervisor, grade="high")
        medium = _closed_referral(officer, practitioner, supervisor, grade="medium")
        still_open = submit_referral(officer)
    with time_machine.travel(datetime(2026, 3, 11, 2, 30, tzinfo=timezone.get_current_timezone())):
        assert schedule_retention_reviews() == 2
    assert RetentionReview.objects.get(referral=high).review_due == date(2036, 3, 10)
    assert RetentionReview.objects.get(referral=medium).review_due == date(2032, 3, 10)
    assert "10 years" in RetentionReview.objects.get(referral=high).basis
    assert not RetentionReview.objects.filter(referral=still_open).exists()
    assert schedule_retention_reviews() == 0  # safe to run again


def test_the_most_specific_rule_wins(db) -> None:
    RetentionRule.objects.create(grade="", outcome="no_further_action", years=3, note="NFA")
    RetentionRule.objects.create(grade="high", outcome="closed", years=12, note="High closed")
    rules = list(RetentionRule.objects.all())
    assert rule_for(rules, grade="high", outcome="closed").years == 12
    assert rule_for(rules, grade="high", outcome="merged").years == 10  # the seeded high rule
    assert rule_for(rules, grade="medium", outcome="no_further_action").years == 3
    assert rule_for(rules, grade="standard", outcome="closed").years == 6  # the default


def test_a_leap_day_closure_is_reviewed_on_28_february() -> None:
    assert years_after(date(2028, 2, 29), 6) == date(2034, 2, 28)


def test_the_daily_task_audits_what_it_scheduled(officer, practitioner, supervisor) -> None:
    _closed_referral(officer, practitioner, supervisor)
    assert schedule_retention() == 1
    event = AuditEvent.objects.get(action="retention.schedule")
    assert event.details == {"referrals": 1, "channel": "task"}


@pytest.fixture
def due_review(officer, practitioner, supervisor):
    referral = _closed_referral(officer, practitioner, supervisor)
    schedule_retention_reviews()
    review = RetentionReview.objects.get(referral=referral)
    RetentionReview.objects.filter(pk=review.pk).update(review_due=date.today() - timedelta(days=1))
    review.refresh_from_db()
    return review


def test_supervisor_sees_the_due_review_and_retains_with_a_reason(
    client_for, supervisor, due_review
) -> None:
    client = client_for(supervisor)
    queue = client.get("/audit/retention/")
    assert [r.pk for r in queue.context["due"]] == [due_review.pk]
    next_review = date.today() + timedelta(days=730)
    response = client.post(
        f"/audit/retention/{due_review.pk}/",
        {
            "decision": "retain",
            "next_review_0": next_review.day,
            "next_review_1": next_review.month,
            "next_review_2": next_review.year,
            "reason": "A sibling's referral is still open.",
        },
    )
    assert response.status_code == 302
    due_review.refresh_from_db()
    assert due_review.status == RetentionStatus.RETAINED
    assert due_review.review_due == next_review
    event = AuditEvent.objects.get(action="retention.retain")
    assert event.actor == supervisor
    assert event.referral_id == due_review.referral_id
    assert event.details["reason"] == "A sibling's referral is still open."
    assert client.get("/audit/retention/").context["due"] == []  # not due again until then


def test_marking_for_disposal_deletes_nothing_and_is_audited(
    client_for, supervisor, due_review
) -> None:
    response = client_for(supervisor).post(
        f"/audit/retention/{due_review.pk}/",
        {"decision": "dispose", "reason": "No further policing purpose."},
    )
    assert response.status_code == 302
    due_review.refresh_from_db()
    assert due_review.status == RetentionStatus.MARKED_FOR_DISPOSAL
    assert Referral.objects.filter(pk=due_review.referral_id).exists()
    assert AuditEvent.objects.filter(referral_id=due_review.referral_id).count() > 3
    assert AuditEvent.objects.get(action="retention.mark_disposal").details["reason"] == (
        "No further policing purpose."
    )
    listed = client_for(supervisor).get("/audit/retention/").context
    assert listed["due"] == []
    assert [r.pk for r in listed["marked"]] == [due_review.pk]


def test_retaining_needs_a_next_review_date_and_a_reason(
    client_for, supervisor, due_review
) -> None:
    response = client_for(supervisor).post(
        f"/audit/retention/{due_review.pk}/", {"decision": "retain", "reason": ""}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter the next review date" in html
    assert "Give the reason for your decision" in html
    assert 'href="#id_next_review_0"' in html
    assert not AuditEvent.objects.filter(action="retention.retain").exists()


def test_a_review_not_yet_due_cannot_be_marked_for_disposal(supervisor, due_review) -> None:
    from audit.actions import do_mark_for_disposal
    from vhub.errors import ActionError

    RetentionReview.objects.filter(pk=due_review.pk).update(review_due=date(2099, 1, 1))
    with pytest.raises(ActionError, match="not due"):
        do_mark_for_disposal(due_review, actor=supervisor, reason="Early")


@pytest.mark.parametrize("who", ["practitioner2", "manager", "auditor", "partner_a", "officer"])
def test_retention_pages_are_for_supervisors_only(db, request, client_for, due_review, who) -> None:
    user = request.getfixturevalue(who)
    client = client_for(user)
    assert client.get("/audit/retention/").status_code == 403
    assert (
        client.post(
            f"/audit/retention/{due_review.pk}/", {"decision": "dispose", "reason": "x"}
        ).status_code
        == 403
    )
    assert AuditEvent.objects.filter(action="access.denied", actor=user).count() == 2
    due_review.refresh_from_db()
    assert due_review.status == RetentionStatus.PENDING


def test_a_missing_review_is_a_404_and_audited(client_for, supervisor) -> None:
    assert client_for(supervisor).get("/audit/retention/999999/").status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=supervisor).exists()


def test_retention_queue_queries(due_review, django_assert_num_queries) -> None:
    from audit.selectors import retention_queue

    with django_assert_num_queries(1):
        # 1: due reviews with referral, incident type and decider joined.
        rows = list(retention_queue(today=date.today()))
        [(r.referral.reference, r.referral.incident_type.label, r.decided_by) for r in rows]
    assert len(rows) == 1


def test_changing_a_retention_period_in_the_admin_is_audited(db, client_for) -> None:
    from tests.factories import UserFactory

    admin_user = UserFactory(username="root", roles=["admin"], is_staff=True, is_superuser=True)
    rule = RetentionRule.objects.get(grade="", outcome="")
    response = client_for(admin_user).post(
        f"/admin/audit/retentionrule/{rule.pk}/change/",
        {"grade": "", "outcome": "", "years": "7", "note": rule.note},
    )
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.years == 7
    event = AuditEvent.objects.get(action="config.change", actor=admin_user)
    assert event.object_type == "audit.retentionrule"
    assert event.details["changed"] == ["years"]
    assert event.details["years"] == "7"


def test_notes_and_files_go_with_their_referrals_review_and_nothing_is_deleted(
    client_for, practitioner, supervisor, due_review
):
    """A referral's case notes and files are covered by its retention decision; notes about
    its people are shown with it. Marking for disposal deletes none of them."""
    referral = due_review.referral
    research = NoteKind.objects.get(code="research")
    do_add_case_note(actor=practitioner, kind=research, text="Checked.", referral=referral)
    do_add_case_note(
        actor=practitioner, kind=research, text="Known.", person=referral.subjects.get().person
    )
    do_add_referral_attachment(
        referral, SimpleUploadedFile("a.txt", b"Attendance.\n"), actor=practitioner
    )
    assert retention_holdings(referral.pk) == {
        "case_notes": 1,
        "attachments": 1,
        "message_files": 0,
        "notes_about_people": 1,
    }
    client = client_for(supervisor)
    page = client.get(f"/audit/retention/{due_review.pk}/").content.decode()
    for line in ("1 case note", "1 attached file", "0 files sent with partners", "1 note about"):
        assert line in page
    client.post(
        f"/audit/retention/{due_review.pk}/",
        {"decision": "dispose", "reason": "No further policing purpose."},
    )
    due_review.refresh_from_db()
    assert due_review.status == RetentionStatus.MARKED_FOR_DISPOSAL
    assert CaseNote.objects.count() == 2
    assert ReferralAttachment.objects.count() == 1
