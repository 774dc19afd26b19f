"""In a real browser: the API docs open for a signed-in practitioner and ask anyone not
signed in to sign in first; the officer's form refuses a name holding a right-to-left override,
with the GOV.UK error summary. Screenshots: api-01-docs, api-02-sign-in-first, names-01-error."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.test_journey import sign_in

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_api_docs_are_for_signed_in_staff_only(
    transactional_db, live_server, new_page, shot, console_errors, practitioner
) -> None:
    anonymous = new_page()
    anonymous.goto(f"{live_server.url}/api/docs/")
    # Not signed in: asked to sign in (and brought back after), never shown the operations.
    expect(anonymous).to_have_url(re.compile(r"login.*next=/api/docs/"))
    expect(anonymous.locator("body")).not_to_contain_text("referral_intake")
    shot(anonymous, "api-02-sign-in-first")

    page = sign_in(new_page, live_server, practitioner)
    page.goto(f"{live_server.url}/api/docs/")
    # The schema as a GOV.UK page: every operation, linked to the data structures it returns.
    expect(page.get_by_role("heading", level=1)).to_have_text("VHub API")
    expect(page.get_by_text("/api/v1/referrals/{reference}/").first).to_be_visible()
    page.get_by_role("link", name="GET /api/v1/referrals/{reference}/risk/").click()
    operation = page.locator("section").filter(has=page.locator("#referral_risk"))
    operation.get_by_role("link", name="ReferralRisk").click()
    expect(page.get_by_role("heading", name="ReferralRisk", exact=True)).to_be_visible()
    shot(page, "api-01-docs")


def test_a_name_with_a_direction_override_is_refused_with_an_error_summary(
    transactional_db, live_server, new_page, shot, officer
) -> None:
    page = sign_in(new_page, live_server, officer)
    page.get_by_role("link", name="New referral").click()
    page.get_by_role("button", name="Start a referral").click()
    page.get_by_role("link", name="People involved").click()
    page.get_by_role("button", name="Add a child").click()
    page.get_by_label("First name").fill("Lily\u202eSmith")
    page.get_by_label("Last name").fill("Smith")
    page.get_by_role("button", name="Save and continue").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("There is a problem")
    link = summary.get_by_role("link", name=re.compile("Remove the invisible or text-direction"))
    expect(link).to_contain_text("U+202E")
    shot(page, "names-01-error")
    link.click()
    expect(page.get_by_label("First name")).to_be_focused()
