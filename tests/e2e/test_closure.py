"""A referral's end in a real browser: a practitioner closes a high-risk referral that was not
shared, the page sends it for sign-off, another supervisor signs it off from the list of closures
waiting; then the practitioner reopens it with new information. A supervisor bulk-closes
referrals from the queue through the preview, on a desktop and on a phone.

Screenshots in tests/e2e/screenshots/ (names cl01-…).
"""

import re

import pytest
from playwright.sync_api import expect

from referrals.actions.closure import do_close_referral
from referrals.models import ClosureOutcome, ClosureRequest, Referral, ReferralStatus
from tests.e2e.test_journey import expect_success_banner, open_more_actions, sign_in
from tests.e2e.test_phone import PHONE, page_width
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
) -> None:
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
) -> None:
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


def test_a_supervisor_bulk_closes_two_referrals_after_the_preview(
    transactional_db,
    live_server,
    new_page,
    shot,
    console_errors,
    officer,
    practitioner,
    supervisor,
    supervisor2,
) -> None:
    first, second = submit_referral(officer), submit_referral(officer)
    # A high referral whose closure already waits for sign-off: tagged in the queue, and the
    # preview says why it cannot be closed again.
    waiting = approved_referral(officer, practitioner, supervisor2)
    do_close_referral(
        waiting,
        actor=practitioner,
        outcome=ClosureOutcome.objects.get(code="no-further-action-police"),
        rationale="No offence disclosed.",
    )

    page = sign_in(new_page, live_server, supervisor)
    page.goto(f"{live_server.url}/referrals/queue/")
    waiting_row = page.locator("#queue-results tbody tr").filter(
        has=page.get_by_role("link", name=waiting.reference)
    )
    expect(waiting_row).to_contain_text("Closure awaiting sign-off")
    # "Select all on this page" ticks every row and says how many, for screen readers too.
    page.get_by_label("Select all on this page").check()
    expect(page.locator("[data-vhub-selected-count]")).to_have_text("3 referrals selected")
    page.get_by_label("Select all on this page").uncheck()
    expect(page.locator("input[name=referrals]:checked")).to_have_count(0)
    # By keyboard: the row's checkbox takes the focus and Space ticks it.
    page.get_by_label(f"Select {first.reference}").focus()
    page.keyboard.press("Space")
    page.get_by_label(f"Select {second.reference}").check()
    page.get_by_label(f"Select {waiting.reference}").check()
    expect(page.locator("[data-vhub-selected-count]")).to_have_text("3 referrals selected")
    expect(page.get_by_label("Select all on this page")).to_be_checked()
    # The minute's refresh would redraw the rows and lose the selection: it waits instead.
    page.evaluate(
        "htmx.ajax('GET', location.pathname, {source: '#queue-results', target: '#queue-results'})"
    )
    page.wait_for_timeout(1000)
    expect(page.locator("input[name=referrals]:checked")).to_have_count(3)
    shot(page, "cl11-queue-selected")

    page.get_by_role("button", name="Close the selected referrals").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Close 3 referrals")
    page.get_by_role("button", name="Continue").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Select the outcome")
    expect(summary).to_contain_text("Give the rationale for closing the referrals")
    expect(page).to_have_title(re.compile(r"^Error: "))
    shot(page, "cl12-bulk-close-errors")
    page.get_by_label("Duplicate").check()
    page.get_by_label("Rationale").fill("Sent twice by the control room overnight.")
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Check before closing")
    rows = page.locator("tbody tr")
    expect(rows).to_have_count(3)
    for referral in (first, second):
        expect(rows.filter(has=page.get_by_role("link", name=referral.reference))).to_contain_text(
            "Closes now"
        )
    expect(rows.filter(has=page.get_by_role("link", name=waiting.reference))).to_contain_text(
        "already has a closure waiting"
    )
    shot(page, "cl13-bulk-close-preview")
    assert Referral.objects.filter(status=ReferralStatus.CLOSED).count() == 0
    page.get_by_role("button", name="Close 2 referrals").click()

    expect_success_banner(page, "2 referrals closed: Duplicate")
    expect(page.get_by_role("heading", level=1)).to_have_text("Triage queue")
    shot(page, "cl14-bulk-closed")
    for referral in (first, second):
        referral.refresh_from_db()
        assert (referral.status, referral.closure_outcome.code) == ("closed", "duplicate")
    assert Referral.objects.get(pk=waiting.pk).status == ReferralStatus.APPROVED

    # The closed ones are a filter away, with their outcome.
    page.get_by_label("Status").select_option("Closed")
    expect(page.locator("#queue-results tbody tr")).to_have_count(2)
    expect(page.locator("#queue-results")).to_contain_text("Duplicate")
    expect(page.get_by_role("button", name="Close the selected referrals")).to_have_count(0)
    shot(page, "cl15-queue-closed-filter")
    assert console_errors == []


def test_bulk_close_on_a_phone(
    transactional_db, live_server, new_page, shot, console_errors, officer, supervisor
) -> None:
    first, second = submit_referral(officer), submit_referral(officer)
    page = sign_in(new_page, live_server, supervisor)
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/referrals/queue/")
    # Each card has its own checkbox, and "Select all on this page" is above the cards.
    expect(page.get_by_label("Select all on this page")).to_be_visible()
    page.get_by_label(f"Select {first.reference}").check()
    page.get_by_label(f"Select {second.reference}").check()
    expect(page.locator("[data-vhub-selected-count]")).to_have_text("2 referrals selected")
    shot(page, "phone-04-queue-selected")
    assert page_width(page) <= PHONE["width"]

    page.get_by_role("button", name="Close the selected referrals").click()
    page.get_by_label("Transferred to another force or area").check()
    page.get_by_label("Rationale").fill("Both moved to Powys; sent to Dyfed-Powys Police.")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check before closing")
    expect(page.locator("tbody tr")).to_have_count(2)
    shot(page, "phone-05-bulk-close-preview")
    assert page_width(page) <= PHONE["width"]
    page.get_by_role("button", name="Close 2 referrals").click()
    expect_success_banner(page, "2 referrals closed: Transferred to another force or area")
    assert Referral.objects.filter(status=ReferralStatus.CLOSED).count() == 2
    assert console_errors == []
