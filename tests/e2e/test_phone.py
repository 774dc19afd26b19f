"""The case-working lists on a phone (390 px wide): the triage queue and My referrals read
without scrolling sideways, and the navigation folds behind a Menu button (GOV.UK service
navigation). Screenshots: tests/e2e/screenshots/phone-*.png.
"""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_journey import sign_in
from tests.e2e.test_queue import fill_the_queue, open_queue
from tests.factories import submit_referral

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}


def page_width(page: Page) -> int:
    """How wide the page's content is: more than the window means scrolling sideways."""
    return page.evaluate("document.documentElement.scrollWidth")


def expect_navigation_behind_a_menu_button(page: Page) -> None:
    menu = page.get_by_role("button", name="Menu")
    expect(menu).to_be_visible()
    expect(menu).to_have_attribute("aria-expanded", "false")
    links = page.locator("#navigation")
    expect(links).to_be_hidden()
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(links).to_be_visible()


def test_the_queue_reads_on_a_phone_without_scrolling_sideways(
    transactional_db, live_server, new_page, shot, console_errors, officer, practitioner
):  # type: ignore[no-untyped-def]
    queue = fill_the_queue(officer, practitioner)
    page = sign_in(new_page, live_server, practitioner)
    page.set_viewport_size(PHONE)
    open_queue(page, live_server)
    shot(page, "phone-01-queue")
    assert page_width(page) <= PHONE["width"]
    row = page.locator("#queue-results tbody tr").filter(
        has=page.get_by_role("link", name=queue.knife.reference)
    )
    expect(row).to_contain_text("Leo Walker")
    expect_navigation_behind_a_menu_button(page)
    shot(page, "phone-02-queue-menu-open")
    assert page_width(page) <= PHONE["width"]
    assert console_errors == []


def test_my_referrals_reads_on_a_phone_without_scrolling_sideways(
    transactional_db, live_server, new_page, shot, console_errors, officer
):  # type: ignore[no-untyped-def]
    for _ in range(3):
        submit_referral(officer)
    page = sign_in(new_page, live_server, officer)
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/referrals/mine/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My referrals")
    shot(page, "phone-03-my-referrals")
    assert page_width(page) <= PHONE["width"]
    expect_navigation_behind_a_menu_button(page)
    assert console_errors == []
