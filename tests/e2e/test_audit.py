"""The audit pages in a real browser: a supervisor finds out who has seen a child; an auditor
draws last month's quality-audit sample and scores an assessment, and the practitioner who made
it reads the feedback.

Each key page is saved as a full-page screenshot in tests/e2e/screenshots/ (names a01-…).
"""

from datetime import datetime

import pytest
import time_machine
from django.utils import timezone
from playwright.sync_api import expect

from risk.quality import previous_month
from tests.e2e.test_journey import expect_success_banner, open_more_actions, sign_in
from tests.factories import approved_referral, child, submit_referral

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_supervisor_sees_who_has_seen_a_child(
    transactional_db, live_server, new_page, shot, console_errors, officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer, children=[child(first_name="Ella", last_name="Price")])
    person = referral.subjects.get().person

    reader = sign_in(new_page, live_server, practitioner)
    reader.goto(f"{live_server.url}/referrals/{referral.reference}/")
    expect(reader.get_by_role("heading", level=1)).to_have_text(f"Referral {referral.reference}")
    # A practitioner is not offered the access log, and is refused it.
    expect(reader.get_by_role("link", name="Access log of this referral")).to_have_count(0)
    response = reader.goto(f"{live_server.url}/audit/people/{person.pk}/")
    assert response is not None
    assert response.status == 403
    console_errors.clear()  # the browser reports the expected 403 as a console error

    page = sign_in(new_page, live_server, supervisor)
    page.goto(f"{live_server.url}/referrals/people/{person.pk}/")
    page.get_by_role("link", name="Who has seen Ella's record").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Who has seen Ella Price")
    table = page.get_by_role("table")
    first_read = (
        table.get_by_role("row").filter(has_text="practitioner").filter(has_text="Referral viewed")
    )
    expect(first_read.first).to_contain_text(referral.reference)
    expect(table).to_contain_text("Access refused")  # the practitioner's attempt on this page
    expect(table).to_contain_text("Referral submitted")
    shot(page, "a01-who-has-seen-this-child")

    page.goto(f"{live_server.url}/referrals/{referral.reference}/")
    open_more_actions(page)
    page.get_by_role("link", name="Access log of this referral").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Referral {referral.reference}")
    expect(page.get_by_role("table")).to_contain_text("Referral viewed")
    shot(page, "a02-referral-access-log")
    assert console_errors == []


def test_auditor_scores_an_assessment_and_the_practitioner_reads_the_feedback(
    transactional_db,
    live_server,
    new_page,
    shot,
    console_errors,
    officer,
    practitioner,
    supervisor,
    auditor,
) -> None:
    month = previous_month(timezone.localdate())
    with time_machine.travel(
        datetime(month.year, month.month, 12, 10, 0, tzinfo=timezone.get_current_timezone()),
        tick=False,
    ):
        approved_referral(
            officer, practitioner, supervisor, children=[child(first_name="Noah", last_name="Reed")]
        )

    page = sign_in(new_page, live_server, auditor)
    page.get_by_role("link", name="Quality audits").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Quality audits of child risk assessments"
    )
    page.get_by_role("button", name=f"Draw the sample for {month:%B %Y} now").click()
    expect_success_banner(page, f"Sample for {month:%B %Y} drawn: 1 audit")
    shot(page, "a03-quality-audit-sample")
    page.get_by_role("link", name="Score the assessment of Noah Reed").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Assessment of Noah Reed")

    # Disagreeing with the grade without a comment is refused with a linked error summary.
    page.get_by_role("group", name="Completeness").get_by_label("3 – Good").check()
    page.get_by_role("group", name="Voice of the child").get_by_label(
        "2 – Requires improvement"
    ).check()
    page.get_by_role("group", name="Rationale").get_by_label("4 – Outstanding").check()
    page.get_by_role("group", name="Do you agree with the grade?").get_by_label("No").check()
    page.get_by_role("button", name="Record the audit").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Say why you do not agree with the grade")
    shot(page, "a04-quality-audit-rubric-error")
    summary.get_by_role("link", name="Say why you do not agree with the grade").click()
    expect(page.get_by_label("Comments for the assessor")).to_be_focused()
    page.get_by_role("group", name="Completeness").get_by_label("3 – Good").check()
    page.get_by_role("group", name="Voice of the child").get_by_label(
        "2 – Requires improvement"
    ).check()
    page.get_by_role("group", name="Rationale").get_by_label("4 – Outstanding").check()
    page.get_by_role("group", name="Do you agree with the grade?").get_by_label("No").check()
    page.get_by_label("Comments for the assessor").fill(
        "Noah's own words are missing; the factors support medium rather than high."
    )
    page.get_by_role("button", name="Record the audit").click()
    expect_success_banner(page, "Audit of Noah Reed's assessment recorded")
    expect(page.get_by_role("table")).to_contain_text("Scored")

    page.goto(f"{live_server.url}/risk/quality/results/?by=person")
    expect(page.get_by_role("table")).to_contain_text("0 of 1")
    shot(page, "a05-quality-audit-results")

    assessor = sign_in(new_page, live_server, practitioner)
    assessor.get_by_role("link", name="Audit feedback").click()
    expect(assessor.get_by_role("heading", level=1)).to_have_text(
        "Feedback on your risk assessments"
    )
    card = assessor.locator(".govuk-summary-card").filter(has_text="Noah Reed")
    expect(card).to_contain_text("2 – Requires improvement")
    expect(card).to_contain_text("Noah's own words are missing")
    shot(assessor, "a06-assessor-feedback")
    assert console_errors == []


def test_auditor_searches_and_exports_and_a_supervisor_reviews_retention(
    transactional_db,
    live_server,
    new_page,
    shot,
    console_errors,
    officer,
    practitioner,
    supervisor,
    auditor,
) -> None:
    from datetime import date, timedelta

    from django.db import transaction

    from audit.models import RetentionReview
    from referrals.lifecycle import transition
    from referrals.retention import schedule_retention_reviews

    referral = approved_referral(officer, practitioner, supervisor)
    with transaction.atomic():
        transition(referral, "closed", actor=practitioner)
    schedule_retention_reviews()
    RetentionReview.objects.filter(referral=referral).update(
        review_due=date.today() - timedelta(days=1)
    )

    page = sign_in(new_page, live_server, auditor)
    page.get_by_role("link", name="Audit trail").click()
    page.get_by_label("Who (user name)").fill("practitioner")
    page.get_by_label("Referral reference").fill(referral.reference)
    page.get_by_role("button", name="Search").click()
    table = page.get_by_role("table")
    expect(table).to_contain_text("Risk assessment submitted for approval")
    expect(table).not_to_contain_text("supervisor")
    shot(page, "a07-audit-trail-search")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download these events as CSV").click()
    text = download.value.path().read_text()
    assert text.startswith("event,occurred_at,actor,agency,action")
    assert referral.reference in text

    review = sign_in(new_page, live_server, supervisor)
    review.get_by_role("link", name="Retention review").click()
    expect(review.get_by_role("heading", level=1)).to_have_text("Retention review")
    shot(review, "a08-retention-queue")
    review.get_by_role("link", name=f"Review {referral.reference}").click()
    review.get_by_label("Keep the records until a later review").check()
    review.get_by_role("button", name="Record the decision").click()
    expect(review.locator(".govuk-error-summary")).to_contain_text("Enter the next review date")
    shot(review, "a09-retention-decision-error")
    review.get_by_label("Mark the records for disposal").check()
    review.get_by_label("Reason").fill("No further policing purpose; no linked open cases.")
    review.get_by_role("button", name="Record the decision").click()
    expect_success_banner(review, f"{referral.reference} marked for disposal")
    expect(review.get_by_role("table").nth(1)).to_contain_text("No further policing purpose")
    shot(review, "a10-retention-marked")
    assert console_errors == []
