"""An officer refers a child through the form's task list; a practitioner recognises the child
as one the hub knows, links the records, and reads the child's chronology. Then the practitioner
returns a referral for missing information and the officer corrects and resubmits it.

Screenshots of each page are saved in tests/e2e/screenshots/ (form-*.png, match-*.png).
"""

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from referrals.models import Referral
from tests.e2e.referral_form import send_referral_through_the_form
from tests.e2e.test_journey import sign_in
from tests.factories import child, submit_referral

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_officer_refers_and_practitioner_links_the_known_child(
    transactional_db, live_server, new_page, shot, console_errors, officer, practitioner
) -> None:
    born = date.today() - timedelta(days=6 * 365 + 30)
    # The hub met this child before, under a misspelt name.
    earlier = submit_referral(
        officer, children=[child(first_name="Lilly", last_name="Smyth", date_of_birth=born)]
    )

    officer_page = sign_in(new_page, live_server, officer)
    reference = send_referral_through_the_form(
        officer_page, shot, prefix="form", date_of_birth=born
    )
    referral = Referral.objects.get(reference=reference)
    assert referral.subjects.get(role="child").assessment.proposed_grade == "high"
    officer_page.get_by_role("link", name="My referrals").click()
    expect(officer_page.get_by_role("link", name=reference)).to_be_visible()
    shot(officer_page, "form-10-my-referrals")

    page = sign_in(new_page, live_server, practitioner)
    page.goto(f"{live_server.url}/referrals/queue/")
    page.get_by_role("link", name=reference, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Referral {reference}")
    match = page.locator(".vhub-match")
    expect(match).to_contain_text("Lilly Smyth")
    expect(match).to_contain_text("Same date of birth, same address and names alike")
    expect(page.get_by_text("<script>alert(1)</script>", exact=False)).to_be_visible()
    expect(page.get_by_role("heading", name="Adults")).to_be_visible()
    shot(page, "match-01-referral-with-possible-match")

    page.get_by_role("button", name="Same child: link the records of Lilly Smyth").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text(
        "Linked to the known record of Lilly Smyth"
    )
    shot(page, "match-02-linked")

    page.get_by_role("link", name="Lilly's chronology").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lilly Smyth")
    expect(page.get_by_role("link", name=reference)).to_be_visible()
    expect(page.get_by_role("link", name=earlier.reference)).to_be_visible()
    expect(page.get_by_text("2 referrals with an incident in the last")).to_be_visible()
    shot(page, "match-03-chronology")
    assert console_errors == []


def test_practitioner_returns_a_referral_and_the_officer_corrects_it(
    transactional_db, live_server, new_page, shot, console_errors, officer, practitioner
) -> None:
    referral = submit_referral(officer, children=[child(school="")])

    page = sign_in(new_page, live_server, practitioner)
    page.goto(f"{live_server.url}/referrals/{referral.reference}/")
    page.get_by_text("Return to the officer for missing information").click()
    page.get_by_label("What is missing").fill("Which school does Lily attend?")
    shot(page, "return-01-practitioner-returns")
    page.get_by_role("button", name=re.compile(r"^Return to ")).click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("returned to")
    expect(page.get_by_text("Returned to the officer")).to_be_visible()
    shot(page, "return-02-returned")

    officer_page = sign_in(new_page, live_server, officer)
    officer_page.goto(f"{live_server.url}/referrals/mine/")
    expect(officer_page.get_by_text("Which school does Lily attend?")).to_be_visible()
    shot(officer_page, "return-03-officer-my-referrals")
    officer_page.get_by_role("button", name=f"Correct and resubmit {referral.reference}").click()
    expect(officer_page.get_by_role("heading", level=1)).to_have_text(
        "Correct and resubmit the referral"
    )
    shot(officer_page, "return-04-officer-task-list")
    officer_page.get_by_role("link", name="People involved").click()
    officer_page.get_by_role("link", name="Change Lily Smith").click()
    officer_page.get_by_label("School or nursery").fill("Riverside Primary School")
    officer_page.get_by_role("button", name="Save and continue").click()
    officer_page.get_by_role("button", name="Continue").click()
    officer_page.get_by_role("link", name="Initial risk assessment for Lily Smith").click()
    officer_page.get_by_label("Domestic abuse with the child present").check()
    officer_page.get_by_role("radio", name="High").check()
    officer_page.get_by_label("Rationale for the grade").fill("Child present.")
    officer_page.get_by_role("button", name="Save and continue").click()
    officer_page.get_by_role("link", name="Check your answers and resubmit").click()
    shot(officer_page, "return-05-officer-check-answers")
    officer_page.get_by_role("button", name="Resubmit the referral").click()
    expect(officer_page.locator(".govuk-notification-banner--success")).to_contain_text(
        "resubmitted"
    )
    shot(officer_page, "return-06-resubmitted")

    page.goto(f"{live_server.url}/notifications/")
    expect(page.get_by_text(f"{referral.reference} resubmitted by the officer")).to_be_visible()
    shot(page, "return-07-practitioner-notified")
    referral.refresh_from_db()
    assert referral.status == "submitted"
    assert referral.subjects.get().school == "Riverside Primary School"
    assert console_errors == []
