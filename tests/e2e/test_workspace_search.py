"""The practitioner's workspace in a real browser: a senior practitioner (a practitioner who
also supervises) searches for a child by a misspelt name, finds last year's closed referral
and opens it, then confirms two under-grading flags together from the review list, through
the preview; the search again on a phone.

Screenshots in tests/e2e/screenshots/ (names ws01-…).
"""

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from accounts.models import User
from referrals.actions.closure import do_close_referral
from referrals.models import ClosureOutcome
from risk.actions import do_save_assessment
from risk.models import FlagKind, FlagStatus, UnderGradingFlag
from tests.e2e.test_journey import expect_success_banner, sign_in
from tests.e2e.test_phone import PHONE, page_width
from tests.factories import UserFactory, assessment_input, child, submit_referral
from vhub.clock import now

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

STRANGLED = "Officers attended. Mother said he strangled her in the kitchen while {name} watched."


def _flagged(officer: User, practitioner: User, name: str) -> UnderGradingFlag:
    """A referral graded medium whose narrative reads as high risk."""
    referral = submit_referral(
        officer,
        narrative=STRANGLED.format(name=name),
        children=[child(first_name=name, last_name="Okafor")],
    )
    do_save_assessment(
        referral.subjects.get(),
        assessment_input("medium", rationale="Argument only.", voice_of_child="Asleep upstairs."),
        actor=practitioner,
        submit=True,
    )
    return UnderGradingFlag.objects.get(referral=referral, kind=FlagKind.NARRATIVE)


def _search(page: Page, base_url: str, name: str) -> None:
    page.goto(f"{base_url}/")
    menu = page.get_by_role("button", name="Menu")
    if menu.is_visible():  # a phone: the navigation is folded behind its button
        menu.click()
    page.get_by_role("link", name="Search", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Search people and referrals")
    page.get_by_label("Name").fill(name)
    page.get_by_role("button", name="Search").click()


def test_search_a_misspelt_name_open_last_years_referral_and_confirm_flags_in_bulk(
    transactional_db, live_server, new_page, shot, officer, practitioner
):
    senior = UserFactory(username="senior", roles=["practitioner", "supervisor"])
    last_year = submit_referral(officer, incident_at=now() - timedelta(days=340))
    do_close_referral(
        last_year,
        actor=practitioner,
        outcome=ClosureOutcome.objects.get(code="no-further-action-police"),
        rationale="Police enquiries found no offence.",
    )
    ref = last_year.reference
    flags = [_flagged(officer, practitioner, name) for name in ("Amara", "Tobi")]

    page = sign_in(new_page, live_server, senior)
    _search(page, live_server.url, "Lilly Smyth")
    expect(page.get_by_role("heading", level=2, name="1 person found")).to_be_visible()
    result = page.locator(".vhub-search-result")
    expect(result).to_contain_text("Lily Smith")
    expect(result).to_contain_text("No further action")  # closed last year
    shot(page, "ws01-search-results")

    result.get_by_role("link", name=ref).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(ref)
    shot(page, "ws02-last-years-referral")

    page.get_by_role("link", name="Possible hidden high risk").click()
    for flag in flags:
        page.locator(f"#flag-{flag.pk}").check()
    shot(page, "ws03-review-list-selected")
    page.get_by_role("button", name="Review the selected flags").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Review 2 flags")
    page.get_by_label("Confirm the current grade").check()
    page.get_by_label("Rationale").fill(
        "Read both narratives with the officers' notes: medium stands; strangulation referred to "
        "the DA team."
    )
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check before reviewing")
    expect(page.locator("tbody .govuk-tag--green")).to_have_count(2)
    shot(page, "ws04-bulk-flag-preview")
    page.get_by_role("button", name="Confirm 2 flags").click()
    expect_success_banner(page, "2 flags confirmed")
    shot(page, "ws05-flags-confirmed")
    assert {f.status for f in UnderGradingFlag.objects.filter(pk__in=[f.pk for f in flags])} == {
        FlagStatus.CONFIRMED
    }

    phone = sign_in(lambda: new_page(PHONE), live_server, senior)
    _search(phone, live_server.url, "Lilly Smyth")
    expect(phone.get_by_role("heading", level=2, name="1 person found")).to_be_visible()
    assert page_width(phone) <= PHONE["width"]
    shot(phone, "ws06-search-phone")
