"""A referral's end in a real browser: a practitioner closes a high-risk referral that was not
shared, the page sends it for sign-off, another supervisor signs it off from the list of closures
waiting; then the practitioner reopens it with new information.

Screenshots in tests/e2e/screenshots/ (names cl01-…).
"""

import re

import pytest
from playwright.sync_api import expect

from referrals.models import ClosureRequest, Referral, ReferralStatus
from tests.e2e.test_journey import expect_success_banner, open_more_actions, sign_in
from tests.factories import approved_referral, submit_referral

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_close_with_sign_off_then_reopen(
    transactional_db,
    live_server,
    new_page,
    shot,
    console_errors,
    officer,
    practitioner,
    supervisor,
    supervisor2,
):  # type: ignore[no-untyped-def]
    referral = approved_referral(officer, practitioner, supervisor)
    ref = referral.reference

    page = sign_in(new_page, live_server, practitioner)
    page.goto(f"{live_server.url}/referrals/{ref}/")
    open_more_actions(page)
    page.get_by_role("link", name="Close this referral").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Close referral {ref}")
    expect(page.locator(".govuk-warning-text")).to_contain_text("another supervisor must sign off")

    # Nothing chosen: the error summary names both problems and links to the fields.
    page.get_by_role("button", name="Send for sign-off").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Select the outcome")
    expect(summary).to_contain_text("Give the rationale for closing the referral")
    expect(page).to_have_title(re.compile(r"^Error: "))
    shot(page, "cl01-close-errors")

    page.get_by_label("No further action by police").check()
    page.get_by_label("Rationale").fill(
        "Police enquiries found no offence; the family is known to the school, which is content."
    )
    shot(page, "cl02-close-form")
    page.get_by_role("button", name="Send for sign-off").click()
    expect_success_banner(page, f"Closure of {ref} sent to a supervisor for sign-off")
    open_more_actions(page)
    expect(page.get_by_role("link", name="Closure waiting for sign-off")).to_be_visible()
    assert Referral.objects.get(pk=referral.pk).status == ReferralStatus.APPROVED

    boss = sign_in(new_page, live_server, supervisor2)
    boss.get_by_role("link", name="Closures to sign off").click()
    expect(boss.get_by_role("heading", level=1)).to_have_text("Closures waiting for sign-off")
    expect(boss.locator("tbody tr")).to_have_count(1)
    shot(boss, "cl03-closures-waiting")
    boss.get_by_role("link", name=ref).click()
    expect(boss.get_by_role("heading", level=1)).to_have_text("Closure waiting for sign-off")
    boss.get_by_label("Sign off: close the referral").check()
    shot(boss, "cl04-sign-off")
    boss.get_by_role("button", name="Record decision").click()
    expect_success_banner(boss, f"Closure of {ref} signed off")
    expect(boss.locator(".govuk-inset-text")).to_contain_text("Closed: No further action by police")
    shot(boss, "cl05-closed-referral")
    assert ClosureRequest.objects.get(referral=referral).decided_by == supervisor2

    page.goto(f"{live_server.url}/referrals/{ref}/")
    open_more_actions(page)
    page.get_by_role("link", name="Reopen this referral").click()
    page.get_by_role("button", name="Reopen referral").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Say what new information means the referral is reopened"
    )
    page.get_by_label("Why is the referral reopened").fill(
        "A second incident at the address was reported this morning."
    )
    shot(page, "cl06-reopen")
    page.get_by_role("button", name="Reopen referral").click()
    expect_success_banner(page, f"{ref} reopened and back in triage")
    shot(page, "cl07-reopened")
    assert Referral.objects.get(pk=referral.pk).status == ReferralStatus.IN_TRIAGE
    assert console_errors == []


def test_merge_a_duplicate_into_the_referral_it_duplicates(
    transactional_db, live_server, new_page, shot, console_errors, officer, practitioner
):  # type: ignore[no-untyped-def]
    survivor = submit_referral(officer)
    duplicate = submit_referral(officer)

    page = sign_in(new_page, live_server, practitioner)
    page.goto(f"{live_server.url}/referrals/{duplicate.reference}/")
    open_more_actions(page)
    page.get_by_role("link", name="Merge into another referral (a duplicate)").click()
    page.get_by_label("Reference of the referral it duplicates").fill("VH-2026-999999")
    page.get_by_label("Why is this a duplicate").fill("The control room sent the incident twice.")
    page.get_by_role("button", name="Merge referral").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("No referral VH-2026-999999")
    shot(page, "cl08-merge-error")
    page.get_by_label("Reference of the referral it duplicates").fill(survivor.reference)
    page.get_by_role("button", name="Merge referral").click()
    expect_success_banner(page, f"{duplicate.reference} merged into {survivor.reference}")
    expect(page.locator(".govuk-inset-text")).to_contain_text(
        "Duplicates merged into this referral"
    )
    shot(page, "cl09-survivor")
    page.get_by_role("link", name=duplicate.reference).click()
    expect(page.locator("#merged-title")).to_have_text("Merged")
    shot(page, "cl10-merged-duplicate")
    page.get_by_role("link", name=survivor.reference).first.click()
    expect(page).to_have_url(re.compile(rf"/referrals/{survivor.reference}/$"))
    assert Referral.objects.get(pk=duplicate.pk).status == ReferralStatus.MERGED
    assert console_errors == []
