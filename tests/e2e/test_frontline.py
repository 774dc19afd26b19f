"""The frontline loop in a real browser: West's single point of contact opens their page, sees
the referral whose officer left out their reasons, writes to the officer, and the officer reads
it on My referrals; after approval the officer sees the hub's grade beside theirs. At a desk and
on a phone (390 and 320 px, no sideways scrolling).

Screenshots in tests/e2e/screenshots/ (names f01-…).
"""

from datetime import date

import pytest
from playwright.sync_api import expect

from referrals.escalation import deliver_outbox
from risk.actions import do_decide_assessment, do_save_assessment
from risk.quality_actions import do_sample_quality_audits
from tests.e2e.test_journey import expect_success_banner, sign_in
from tests.e2e.test_phone import expect_no_sideways_scrolling, page_width
from tests.factories import assessment_input, submit_referral

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}


def _sent_by(officer, grade: str, **answers):  # type: ignore[no-untyped-def]
    referral = submit_referral(officer)
    do_save_assessment(
        referral.subjects.get(), assessment_input(grade, **answers), actor=officer, submit=False
    )
    return referral


def test_a_spoc_writes_to_an_officer_who_reads_it_on_my_referrals(
    transactional_db, live_server, new_page, shot, spoc, officer, practitioner, supervisor
):  # type: ignore[no-untyped-def]
    incomplete = _sent_by(officer, "medium", rationale="")
    # Another referral, approved: graded standard by the officer and high by the hub.
    graded = _sent_by(officer, "standard")
    done = do_save_assessment(
        graded.subjects.get(),
        assessment_input("high", factor_codes=["disclosure"]),
        actor=practitioner,
        submit=True,
    )
    do_decide_assessment(done, actor=supervisor, decision="approve")

    page = sign_in(new_page, live_server, spoc)  # the contact's start page is theirs
    expect(page.get_by_role("heading", level=1)).to_have_text("Officers' risk assessments")
    attention = page.locator(
        "section", has=page.get_by_role("heading", name="Referrals whose officer")
    )
    expect(attention).to_contain_text(incomplete.reference)
    expect(attention).to_contain_text("Initial assessment without the officer's reasons")
    expect(attention).to_contain_text("Graded standard by the officer, high by the hub")
    shot(page, "f01-spoc-frontline-desktop")

    page.get_by_role("link", name=f"Write to the officer about {incomplete.reference}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Write to the officer")
    page.get_by_role("button", name="Send to the officer").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Choose a reminder or feedback")
    page.get_by_role("radio", name="Reminder").check()
    page.get_by_label("Message to the officer").fill(
        "Please add your reasons for the grade next time: what made you think medium?"
    )
    shot(page, "f02-spoc-writes-to-officer")
    page.get_by_role("button", name="Send to the officer").click()
    expect_success_banner(page, f"Sent to the officer who made referral {incomplete.reference}")

    phone = sign_in(new_page, live_server, spoc)
    phone.set_viewport_size(PHONE)
    phone.goto(f"{live_server.url}/dashboards/frontline/")
    expect_no_sideways_scrolling(phone, shot, "f03-spoc-frontline-phone")

    deliver_outbox()
    mine = sign_in(new_page, live_server, officer)
    mine.goto(f"{live_server.url}/referrals/mine/")
    feedback = mine.locator("#feedback ~ .govuk-summary-card").first
    expect(
        mine.get_by_role("heading", name="From your area's single point of contact")
    ).to_be_visible()
    expect(feedback).to_contain_text(f"Reminder about {incomplete.reference}")
    expect(feedback).to_contain_text("what made you think medium?")
    expect(mine.locator(".vhub-bell__count")).to_contain_text("1")
    shot(mine, "f04-officer-my-referrals-feedback")

    mine.goto(f"{live_server.url}/referrals/{graded.reference}/")
    grades = mine.locator(
        "section", has=mine.get_by_role("heading", name="Your grade and the hub's")
    )
    expect(grades).to_contain_text("Standard")
    expect(grades).to_contain_text("High")
    expect(grades).to_contain_text("Child has disclosed harm")
    shot(mine, "f05-officer-grade-feedback-desktop")
    # At 390 px (the referral page's priority table is wider than 320 px: not this section's).
    mine.set_viewport_size(PHONE)
    shot(mine, "f06-officer-grade-feedback-phone-390")
    assert page_width(mine) <= PHONE["width"]
    mine.goto(f"{live_server.url}/referrals/mine/")
    expect_no_sideways_scrolling(mine, shot, "f07-officer-my-referrals-phone")


def test_the_learning_needs_report_and_the_officers_audit(
    transactional_db,
    live_server,
    new_page,
    shot,
    spoc,
    officer,
    practitioner,
    supervisor,
    auditor,
    manager,
):  # type: ignore[no-untyped-def]
    for grade in ("standard", "medium", "high"):
        referral = _sent_by(officer, grade)
        done = do_save_assessment(
            referral.subjects.get(),
            assessment_input("high", factor_codes=["disclosure", "injury"]),
            actor=practitioner,
            submit=True,
        )
        do_decide_assessment(done, actor=supervisor, decision="approve")

    page = sign_in(new_page, live_server, spoc)
    page.get_by_role("link", name="learning-needs report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Learning needs: the under-grading gap"
    )
    expect(page.locator("body")).to_contain_text("Child has disclosed harm")
    shot(page, "f08-learning-needs-desktop")
    expect_no_sideways_scrolling(page, shot, "f09-learning-needs-phone")

    # This month's sample (the page's button draws last month's, when these did not exist).
    do_sample_quality_audits(date.today(), actor=auditor)
    audit = sign_in(new_page, live_server, auditor)
    audit.goto(f"{live_server.url}/risk/quality/")
    audit.get_by_role("link", name="audit of officers' submissions").click()
    expect(audit.get_by_role("heading", level=1)).to_have_text("Audit of officers' submissions")
    audit.get_by_role("link", name="Score").first.click()
    audit.get_by_role("button", name="Record the audit").click()
    expect(audit.locator(".govuk-error-summary")).to_contain_text(
        "Score the completeness of the officer's assessment"
    )
    shot(audit, "f10-officer-audit-score-errors")
    audit.get_by_role("group", name="Completeness").get_by_label("3 – Good").check()
    audit.get_by_role("group", name="Voice of the child").get_by_label(
        "2 – Requires improvement"
    ).check()
    audit.get_by_role("group", name="Factors identified").get_by_label("1 – Inadequate").check()
    audit.get_by_role("button", name="Record the audit").click()
    expect_success_banner(audit, "assessment recorded")

    results = sign_in(new_page, live_server, manager)
    results.goto(f"{live_server.url}/dashboards/frontline/officer-audits/results/")
    expect(results.locator("body")).to_contain_text("Mean rubric scores")
    shot(results, "f11-officer-audit-results-desktop")
    expect_no_sideways_scrolling(results, shot, "f12-officer-audit-results-phone")
