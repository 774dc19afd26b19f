"""Risk grading in a real browser: a practitioner assesses a baby and cannot propose below the
suggestion; a supervisor returns one assessment and changes the grade of another; a supervisor
finds a referral graded standard whose narrative mentions strangulation and regrades it; a
manager looks after the risk model and the risk reader's catalogue.

Each key page is saved as a full-page screenshot in tests/e2e/screenshots/ (names r01-…).
"""

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

from referrals.models import IncidentType
from risk.models import AssessmentStatus, ChildRiskAssessment, FlagStatus, UnderGradingFlag
from tests.e2e.test_journey import expect_success_banner, sign_in
from tests.factories import child, submit_referral, submitted_assessment

pytestmark = [
    pytest.mark.e2e,
    # The live server needs committed data; serialized rollback puts the risk model, lexicon,
    # roles and incident types from the data migrations back for the tests that follow.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def open_referral(page: Page, live_server, reference: str) -> None:
    page.goto(f"{live_server.url}/referrals/{reference}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Referral {reference}")


def test_practitioner_grades_a_bruised_baby_high_and_cannot_propose_lower(
    transactional_db, live_server, new_page, shot, console_errors, officer, practitioner
) -> None:
    referral = submit_referral(
        officer,
        incident_type=IncidentType.objects.get(code="physical-abuse"),
        narrative="Health visitor found an unexplained bruise on the baby's cheek. "
        "Mother could not say how it happened.",
        children=[
            child(
                first_name="Ava",
                last_name="Jones",
                date_of_birth=date.today() - timedelta(days=122),
                school="",
                witnessed=False,
                was_injured=True,
                voice_of_child="Ava is four months old; she was alert and settled when held.",
            )
        ],
    )
    reference = referral.reference
    page = sign_in(new_page, live_server, practitioner)
    open_referral(page, live_server, reference)
    page.get_by_role("link", name="Assess risk for Ava Jones").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Child risk assessment for Ava Jones")

    # The age factors follow from the date of birth; the suggestion starts from them.
    age = re.compile(r"^[34]\smonths(,\s\d\sweeks?)?\sold at the incident$")  # Django's timesince
    expect(page.get_by_text(age)).to_be_visible()
    expect(page.get_by_label("Child is under 1", exact=True)).to_be_checked()
    expect(page.get_by_label("Child is under 5", exact=True)).to_be_checked()
    expect(page.get_by_label("Baby is not yet mobile", exact=True)).not_to_be_checked()
    suggestion = page.locator("#suggestion")
    expect(suggestion).to_have_attribute("aria-live", "polite")
    expect(suggestion).to_contain_text("Medium because: score 15 ≥ 15")
    shot(page, "r01-practitioner-baby-assessment-opened")

    page.get_by_label("Baby is not yet mobile", exact=True).check()
    expect(suggestion).to_contain_text("score 23 ≥ 15")
    page.get_by_label("Child has an injury", exact=True).check()
    expect(suggestion).to_contain_text("High because: non-mobile baby with injury; score 35 ≥ 30")
    expect(suggestion.locator(".govuk-tag")).to_have_text("High")
    shot(page, "r02-practitioner-baby-suggestion-high")

    # Proposing below the suggestion is refused with the GOV.UK error pattern.
    page.get_by_role("radio", name="Medium").check()
    page.get_by_label("Rationale for the grade").fill(
        "Unexplained bruise on a four-month-old baby who cannot yet move about on her own."
    )
    page.get_by_role("button", name="Submit for approval").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("There is a problem")
    expect(summary.get_by_role("link")).to_contain_text("You cannot propose a lower grade")
    expect(page).to_have_title(re.compile(r"^Error: "))
    expect(page.locator("#suggestion")).to_contain_text("non-mobile baby with injury")
    expect(page.get_by_label("Child has an injury", exact=True)).to_be_checked()
    shot(page, "r03-practitioner-baby-lower-grade-refused")

    page.get_by_role("radio", name="High").check()
    page.get_by_role("button", name="Submit for approval").click()
    expect(page).to_have_url(re.compile(rf"/referrals/{reference}/$"))
    expect_success_banner(page, "Risk assessment sent to a supervisor for approval")
    expect(page.get_by_text("Awaiting supervisor: proposed high")).to_be_visible()
    shot(page, "r04-practitioner-baby-submitted-high")

    assessment = ChildRiskAssessment.objects.get(referral=referral)
    assert assessment.status == AssessmentStatus.SUBMITTED
    assert (assessment.proposed_grade, assessment.suggested_grade) == ("high", "high")
    assert set(assessment.factor_codes) == {
        "age_under_1",
        "age_under_5",
        "non_mobile_baby",
        "injury",
    }
    assert console_errors == []


def test_supervisor_returns_one_assessment_and_changes_the_grade_of_another(
    transactional_db,
    live_server,
    new_page,
    shot,
    console_errors,
    officer,
    practitioner,
    supervisor,
) -> None:
    returned = submit_referral(officer, children=[child(first_name="Lily", last_name="Smith")])
    submitted_assessment(returned, practitioner, grade="high")
    noah = child(
        first_name="Noah",
        last_name="Brown",
        voice_of_child="Said he was scared when the shouting started.",
    )
    changed = submit_referral(officer, children=[noah])
    submitted_assessment(changed, practitioner, grade="medium")

    page = sign_in(new_page, live_server, supervisor)
    expect(page).to_have_url(re.compile(r"/risk/approvals/$"))
    expect(page.get_by_role("link", name=returned.reference, exact=True)).to_be_visible()
    expect(page.get_by_role("link", name=changed.reference, exact=True)).to_be_visible()
    shot(page, "r05-supervisor-approvals-two-waiting")

    # Return Lily's assessment with reasons.
    page.get_by_role("link", name=f"Decide on Lily Smith, {returned.reference}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Risk grade for Lily Smith")
    different_grade = page.get_by_label("Grade (if approving with a different grade)")
    expect(different_grade).to_be_hidden()  # revealed only for "approve with a different grade"
    page.get_by_role("radio", name="Return to the assessor").check()
    expect(different_grade).to_be_hidden()
    reasons = "Check with Riverside Primary whether Lily has said anything at school."
    page.get_by_label("Rationale or reasons for returning").fill(reasons)
    shot(page, "r06-supervisor-returns-assessment")
    page.get_by_role("button", name="Record decision").click()
    expect(page).to_have_url(re.compile(r"/risk/approvals/$"))
    expect_success_banner(page, "Decision recorded for Lily Smith")
    expect(page.get_by_role("link", name=returned.reference, exact=True)).to_have_count(0)

    # Approve Noah's with a higher grade than proposed.
    page.get_by_role("link", name=f"Decide on Noah Brown, {changed.reference}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Risk grade for Noah Brown")
    page.get_by_role("radio", name="Approve with a different grade").check()
    different_grade = page.get_by_label("Grade (if approving with a different grade)")
    expect(different_grade).to_be_visible()
    different_grade.select_option(label="High")
    rationale = "Third call-out this year and the father has been violent to other people."
    page.get_by_label("Rationale or reasons for returning").fill(rationale)
    shot(page, "r07-supervisor-changes-grade")
    page.get_by_role("button", name="Record decision").click()
    expect_success_banner(page, "Decision recorded for Noah Brown")
    expect(page.get_by_text("Nothing is waiting for your decision.")).to_be_visible()
    shot(page, "r08-supervisor-approvals-empty")

    # The assessor sees why the assessment came back.
    practitioner_page = sign_in(new_page, live_server, practitioner)
    open_referral(practitioner_page, live_server, returned.reference)
    expect(practitioner_page.get_by_text("Returned to assessor: proposed high")).to_be_visible()
    practitioner_page.get_by_role("link", name="Continue risk assessment for Lily Smith").click()
    returned_box = practitioner_page.get_by_role("region", name="Important")
    expect(returned_box.get_by_role("heading", level=3)).to_contain_text(
        f"Returned by {supervisor}"
    )
    expect(returned_box).to_contain_text(reasons)
    shot(practitioner_page, "r09-practitioner-sees-return-reasons")

    # The changed referral's grade history shows the supervisor's change and why.
    open_referral(practitioner_page, live_server, changed.reference)
    history = practitioner_page.locator(
        "table", has=practitioner_page.get_by_role("columnheader", name="From")
    )
    row = history.locator("tbody tr")
    expect(row).to_have_count(1)
    expect(row.locator("td").nth(1)).to_have_text(str(supervisor))
    expect(row.locator("td").nth(2)).to_have_text("Not graded")
    expect(row.locator("td").nth(3)).to_have_text("High")
    expect(row.locator("td").nth(4)).to_have_text(f"Supervisor decision: {rationale}")
    decisions = practitioner_page.locator(
        "table", has=practitioner_page.get_by_role("columnheader", name="Decision")
    )
    expect(decisions).to_contain_text("Approve with a different grade: medium → high")
    # The referral's grade, at its head (an MOJ badge since issue 18).
    expect(practitioner_page.locator(".moj-badge").first).to_have_text("High risk")
    shot(practitioner_page, "r10-referral-grade-history")
    assert console_errors == []


def test_supervisor_regrades_a_standard_referral_that_mentions_strangling(
    transactional_db,
    live_server,
    new_page,
    shot,
    console_errors,
    officer,
    practitioner,
    supervisor,
) -> None:
    referral = submit_referral(
        officer,
        narrative="Lily was in the room when her father strangled her mother. "
        "He left before officers arrived.",
    )
    reference = referral.reference

    # No factor ticked, so standard is the suggestion and the practitioner may propose it.
    page = sign_in(new_page, live_server, practitioner)
    open_referral(page, live_server, reference)
    page.get_by_role("link", name="Assess risk for Lily Smith").click()
    expect(page.locator("#suggestion")).to_contain_text("Standard because: score 0 < 15")
    page.get_by_role("radio", name="Standard").check()
    page.get_by_label("Rationale for the grade").fill("First police contact with the family.")
    shot(page, "r11-practitioner-proposes-standard")
    page.get_by_role("button", name="Submit for approval").click()
    expect_success_banner(page, "Risk assessment sent to a supervisor for approval")
    flags = page.locator("h2", has_text="Under-grading flags").locator("+ ul")
    waiting = flags.locator("li", has_text="Waiting for review")
    expect(waiting.locator("mark.vhub-mark")).to_have_text("strangled")

    supervisor_page = sign_in(new_page, live_server, supervisor)
    supervisor_page.get_by_role("link", name="Possible hidden high risk").click()
    expect(supervisor_page.get_by_role("heading", level=1)).to_have_text(
        "Possible hidden high risk"
    )
    card = supervisor_page.locator(
        ".govuk-summary-card",
        has=supervisor_page.get_by_role("link", name=reference, exact=True),
    )
    expect(card).to_contain_text("Standard (provisional)")
    expect(card).to_contain_text(
        "The text describes strangulation, choking or suffocation, a sign of high risk."
    )
    expect(card.locator("mark.vhub-mark")).to_have_text("strangled")
    shot(supervisor_page, "r12-supervisor-undergrading-reviews")

    card.get_by_role("link", name=f"Review this flag on {reference}").click()
    expect(supervisor_page.get_by_role("heading", level=1)).to_have_text(
        "The text signals high risk"
    )
    expect(supervisor_page.locator("mark.vhub-mark")).to_have_text("strangled")
    new_grade = supervisor_page.get_by_label("New grade (if regrading)")
    expect(new_grade).to_be_hidden()  # revealed only when regrading
    supervisor_page.get_by_role("radio", name="Regrade the referral").check()
    new_grade.select_option(label="High")
    supervisor_page.get_by_label("Rationale").fill(
        "Strangulation with a child in the room is high risk whatever else is known."
    )
    shot(supervisor_page, "r13-supervisor-regrades-high")
    supervisor_page.get_by_role("button", name="Record review").click()
    expect(supervisor_page).to_have_url(re.compile(r"/risk/reviews/$"))
    expect_success_banner(supervisor_page, f"Review of {reference} recorded")
    expect(supervisor_page.get_by_role("link", name=reference, exact=True)).to_have_count(0)
    expect(
        supervisor_page.get_by_text("No referrals are waiting for an under-grading review.")
    ).to_be_visible()
    shot(supervisor_page, "r14-supervisor-reviews-cleared")

    open_referral(supervisor_page, live_server, reference)
    history = supervisor_page.locator(
        "table", has=supervisor_page.get_by_role("columnheader", name="From")
    )
    expect(history).to_contain_text("Under-grading review: Strangulation with a child")
    shot(supervisor_page, "r15-referral-regraded-high")

    referral.refresh_from_db()
    assert referral.current_grade == "high"
    assert not UnderGradingFlag.objects.filter(referral=referral, status=FlagStatus.OPEN).exists()
    assert console_errors == []


def test_manager_sees_the_risk_model_and_publishes_a_catalogue_version(
    transactional_db, live_server, new_page, shot, console_errors, manager
) -> None:
    page = sign_in(new_page, live_server, manager)
    page.get_by_role("link", name="Risk model").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Risk model")
    expect(page.get_by_label("High from score")).to_have_value("30")
    expect(page.get_by_label("Weight for Baby is not yet mobile")).to_have_value("8")
    expect(page.get_by_text("Also high whatever the score")).to_contain_text(
        "non-mobile baby with injury"
    )
    shot(page, "r16-manager-risk-model")

    page.get_by_role("link", name="Risk reader").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Risk reader catalogue")
    expect(page.get_by_label("Patterns")).to_contain_text("strangulation | strangle-word")
    page.get_by_role("button", name="Publish version 3").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Say what you changed and why")
    shot(page, "r17-manager-catalogue-error")

    patterns = page.get_by_label("Patterns")
    patterns.fill(patterns.input_value() + "\nstrangulation | ligature | ligature|noose")
    page.get_by_label("What you changed and why").fill("Ligatures seen in two referrals")
    page.get_by_role("button", name="Publish version 3").click()
    expect(page).to_have_url(re.compile(r"/risk/catalogue/$"))
    expect_success_banner(page, "Version 3 published")
    expect(page.locator(".govuk-caption-l")).to_contain_text("Version 3")
    shot(page, "r18-manager-catalogue-published")
    assert console_errors == []
