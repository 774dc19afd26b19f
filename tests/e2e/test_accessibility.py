"""Accessibility in a real browser (docs/accessibility.md).

- The axe-core check every browser test gets (tests/e2e/conftest.py) finds problems, both on a
  page as it loaded and on a page as the test left it.
- Every page in each role's navigation, at 390 and 320 pixels wide: no axe-core violation
  (WCAG 2.0-2.2 A and AA) and no scrolling sideways.
- The accessibility statement, for someone not signed in, from the footer.
- A practitioner's main path with the keyboard alone: skip link, queue, referral, risk
  assessment, submit; the focused element is always visibly highlighted.

Screenshots: a11y-*.png.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import PHONE, SMALL_PHONE
from tests.e2e.test_journey import sign_in
from tests.e2e.test_queue import fill_the_queue
from tests.factories import submit_referral

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_axe_check_finds_problems_as_loaded_and_as_left(
    transactional_db, live_server, new_page, browser, axe
) -> None:
    page = new_page()
    # A page as it loaded: served with an unlabelled field, checked from its snapshot.
    page.route(
        f"{live_server.url}/broken/",
        lambda route: route.fulfill(
            content_type="text/html",
            body='<!DOCTYPE html><html lang="en"><head><title>Broken</title></head><body>'
            '<main><h1>Broken</h1><input type="text"></main></body></html>',
        ),
    )
    page.goto(f"{live_server.url}/broken/")
    page.goto(f"{live_server.url}/accessibility/")
    axe.check_snapshots(browser)
    assert any("/broken/" in v and ": label (critical)" in v for v in axe.violations), (
        axe.violations
    )
    assert not any("/accessibility/" in v for v in axe.violations), axe.violations
    # A page as the test left it: an image without a text alternative added after loading.
    page.evaluate("document.querySelector('h1').after(document.createElement('img'))")
    problems = axe.check(page)
    assert any("image-alt" in problem for problem in problems), problems
    page.evaluate("document.querySelector('main img').remove()")
    axe.violations.clear()  # found as intended: not this test's failure


def page_scrolls_sideways(page: Page) -> bool:
    return page.evaluate("document.scrollingElement.scrollWidth > window.innerWidth")


def navigation_links(page: Page, live_server) -> list[str]:
    """The role's main pages: every link in its service navigation (as D2 or anyone adds
    pages to the navigation, they are checked here too)."""
    hrefs = page.locator("#navigation a").evaluate_all("links => links.map(a => a.href)")
    return [href for href in hrefs if href.startswith(live_server.url)]


# Pages that still scroll sideways at 390 or 320 px, and for whom (what they show differs by
# role): none now. Every main page's tables become cards on a phone (the vhub-cards pattern)
# and wide charts scroll inside their own box. A listed page that no longer scrolls sideways
# for a listed role fails the test until it is taken out: the list can only shrink.
KNOWN_SIDEWAYS: dict[str, set[str]] = {}
# What sticks out past the window's right edge (the innermost such elements), for the message.
STICKING_OUT = """() => {
  const edge = window.innerWidth + 1;
  const past = (el) => el.getBoundingClientRect().right > edge;
  return [...document.querySelectorAll("main *, header *, nav *")]
    .filter((el) => past(el) && ![...el.children].some(past))
    .slice(0, 3)
    .map((el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
      + (typeof el.className === "string" && el.className.trim()
        ? "." + el.className.trim().split(/\\s+/).join(".") : ""));
}"""

ROLES = ["officer", "practitioner", "supervisor", "manager", "auditor", "partner_a"]


@pytest.mark.parametrize("role", ROLES)
def test_every_main_page_of_each_role_passes_axe_on_a_phone_without_scrolling_sideways(
    transactional_db, live_server, new_page, axe, shot, request, role, officer, practitioner
) -> None:
    fill_the_queue(officer, practitioner)
    user = request.getfixturevalue(role)
    page = sign_in(new_page, live_server, user)
    page.set_viewport_size(PHONE)
    pages = [page.url, *navigation_links(page, live_server), f"{live_server.url}/account/"]
    paths = {url.removeprefix(live_server.url) for url in pages}
    assert len(pages) >= 3, pages
    sideways: dict[str, str] = {}
    for url in dict.fromkeys(pages):
        page.goto(url)
        for size in (PHONE, SMALL_PHONE):
            page.set_viewport_size(size)
            axe.check(page)
            if page_scrolls_sideways(page):
                where = f"{size['width']}px: {', '.join(page.evaluate(STICKING_OUT))}"
                sideways.setdefault(url.removeprefix(live_server.url), where)
        page.set_viewport_size(PHONE)
    shot(page, f"a11y-phone-{role}")
    assert len(axe.pages_checked) >= 2 * len(set(pages))
    unexpected = {
        path: where for path, where in sideways.items() if role not in KNOWN_SIDEWAYS.get(path, ())
    }
    assert unexpected == {}, f"Scroll sideways (page: width and what sticks out): {unexpected}"
    fixed = {
        path
        for path, roles in KNOWN_SIDEWAYS.items()
        if role in roles and path in paths and path not in sideways
    }
    assert not fixed, f"No longer scroll sideways, take them out of KNOWN_SIDEWAYS: {fixed}"


def test_the_accessibility_statement_is_linked_from_every_footer_for_everyone(
    transactional_db, live_server, new_page, shot, console_errors
) -> None:
    page = new_page()
    page.goto(f"{live_server.url}/login/")
    page.locator("footer").get_by_role("link", name="Accessibility statement").click()
    expect(page).to_have_url(re.compile(r"/accessibility/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Accessibility statement for VHub")
    expect(page.get_by_role("heading", name="Enforcement procedure")).to_be_visible()
    shot(page, "a11y-01-statement")
    phone = new_page(viewport=SMALL_PHONE)
    phone.goto(f"{live_server.url}/accessibility/")
    assert not page_scrolls_sideways(phone)
    shot(phone, "a11y-02-statement-320")
    assert console_errors == []


# --- The keyboard alone -------------------------------------------------------------------

FOCUS_SHOWN = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return "nothing focused";
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0
    && style.outlineColor !== "rgba(0, 0, 0, 0)";
  const shadow = style.boxShadow && style.boxShadow !== "none";
  const yellow = style.backgroundColor === "rgb(255, 221, 0)";
  if (outline || shadow || yellow) return "";
  return el.outerHTML.slice(0, 120) + " has no visible focus";
}"""


def expect_focus_visible(page: Page) -> None:
    assert page.evaluate(FOCUS_SHOWN) == ""


def tab_to(page: Page, locator, *, backwards: bool = False, limit: int = 200) -> None:
    """Press Tab (or Shift+Tab) until the locator has the focus, checking the focus is visible
    at every stop."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        expect_focus_visible(page)
        if locator.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {locator}")


def test_a_practitioner_assesses_and_submits_with_the_keyboard_alone(
    transactional_db, live_server, new_page, shot, console_errors, officer, practitioner
) -> None:
    referral = submit_referral(officer)
    reference = referral.reference
    page = sign_in(new_page, live_server, practitioner)
    page.goto(f"{live_server.url}/referrals/queue/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("queue")

    # The skip link is the first stop, shown when focused, and moves on to the main content.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    expect_focus_visible(page)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main-content$"))
    # The header's links, the logo among them, show GOV.UK's yellow focus too.
    tab_to(page, page.locator(".vhub-header__brand"), backwards=True)
    shot(page, "a11y-kb-01-logo-focused")

    # The queue: on to the referral's link, then open it.
    tab_to(page, page.get_by_role("link", name=reference))
    shot(page, "a11y-kb-02-queue-referral-focused")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Referral {reference}")

    # The referral: on to its first child's risk assessment.
    assess = page.get_by_role("link", name=re.compile(r"^Assess risk for "))
    tab_to(page, assess.first)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Child risk assessment for")

    # The assessment: tick a factor with Space, choose a grade with the arrow keys, type a
    # rationale, submit with Enter.
    factor = page.get_by_label("Child has an injury", exact=True)
    tab_to(page, factor)
    page.keyboard.press("Space")
    expect(factor).to_be_checked()
    grade = page.get_by_role("radio", name=re.compile(r"^(Standard|Medium|High)$"))
    tab_to(page, grade.first)
    # Arrow keys move within the group and choose as they go: go to High, the last.
    for _ in range(grade.count()):
        page.keyboard.press("ArrowDown")
    high = page.get_by_role("radio", name="High")
    if not high.is_checked():
        page.keyboard.press("ArrowUp")
    expect(high).to_be_checked()
    rationale = page.get_by_label("Rationale for the grade")
    tab_to(page, rationale)
    page.keyboard.type("Injured child; the keyboard test's rationale.")
    shot(page, "a11y-kb-03-assessment-filled")
    submit = page.get_by_role("button", name="Submit for approval")
    tab_to(page, submit)
    shot(page, "a11y-kb-04-submit-focused")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/referrals/{reference}/$"))
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text(
        "Risk assessment sent to a supervisor for approval"
    )
    shot(page, "a11y-kb-05-submitted")
    assert console_errors == []
