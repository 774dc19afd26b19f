"""The case-working pages on a phone (390 and 320 px wide) and at a desk (1280 px): the triage
queue, My referrals, the referral page, the share form, the partner inbox, the list of possible
hidden high risk, the dashboard and the other supervisors', managers' and auditors' tables
(approvals, retention, capacity, SLA policy, risk catalogue and model, audit trail) read
without scrolling sideways (rows become cards, tables on the referral page stack); the
navigation folds behind a Menu button (GOV.UK service navigation) and the queue's filters
behind a "Show filters" button (MOJ filter).
Screenshots: tests/e2e/screenshots/phone-*.png and desk-*.png.
"""

import pytest
from playwright.sync_api import Page, expect

from risk.models import FlagKind, UnderGradingFlag
from tests.e2e.test_journey import open_more_actions, sign_in
from tests.e2e.test_queue import fill_the_queue, open_queue
from tests.factories import UserFactory, approved_referral, share_with, submit_referral
from vhub.clock import now

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
PHONES = (390, 320)
DESK = {"width": 1280, "height": 900}


def page_width(page: Page) -> int:
    """How wide the page's content is: more than the window means scrolling sideways."""
    return page.evaluate("document.documentElement.scrollWidth")


def expect_no_sideways_scrolling(page: Page, shot, name: str) -> None:
    """At each phone width: a screenshot, and the page no wider than the window."""
    for width in PHONES:
        page.set_viewport_size({"width": width, "height": 844})
        shot(page, f"phone-{name}-{width}")
        scroll, window = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert scroll <= window, (f"{name} at {width} px is {scroll} px wide", too_wide(page))


# The elements that reach past the window's right edge, to say what a failure is about.
TOO_WIDE = """() => [...document.querySelectorAll("main *")]
  .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
  .slice(0, 6)
  .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)"""


def too_wide(page: Page) -> list[str]:
    return page.evaluate(TOO_WIDE)


def at_the_desk(page: Page, shot, name: str) -> None:
    page.set_viewport_size(DESK)
    shot(page, f"desk-{name}")
    assert page_width(page) <= DESK["width"]


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
) -> None:
    queue = fill_the_queue(officer, practitioner)
    page = sign_in(new_page, live_server, practitioner)
    open_queue(page, live_server)

    # At a desk the queue takes the screen's whole width, the filters in a panel beside it.
    at_the_desk(page, shot, "queue")
    panel = page.locator(".moj-filter")
    expect(panel).to_be_visible()
    expect(page.get_by_role("button", name="Hide filters")).to_have_attribute(
        "aria-expanded", "true"
    )
    assert page.locator("main").bounding_box()["width"] > 1100  # not GOV.UK's 960 px

    page.set_viewport_size(PHONE)
    row = page.locator("#queue-results tbody tr").filter(
        has=page.get_by_role("link", name=queue.knife.reference)
    )
    expect(row).to_contain_text("Leo Walker")
    # On a phone the long filter panel folds behind a button, and opens over the page.
    expect(panel).to_be_hidden()
    show = page.get_by_role("button", name="Show filters")
    expect(show).to_have_attribute("aria-expanded", "false")
    expect_no_sideways_scrolling(page, shot, "queue")
    page.set_viewport_size(PHONE)
    show.click()
    expect(panel).to_be_visible()
    expect(page.get_by_label("Grade")).to_be_visible()
    shot(page, "phone-queue-filters-open")
    page.get_by_role("button", name="Close filters").click()
    expect(panel).to_be_hidden()
    expect_navigation_behind_a_menu_button(page)
    shot(page, "phone-queue-menu-open")
    assert page_width(page) <= PHONE["width"]
    assert console_errors == []


def test_my_referrals_reads_on_a_phone_without_scrolling_sideways(
    transactional_db, live_server, new_page, shot, console_errors, officer
) -> None:
    for _ in range(3):
        submit_referral(officer)
    page = sign_in(new_page, live_server, officer)
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/referrals/mine/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My referrals")
    expect_no_sideways_scrolling(page, shot, "my-referrals")
    page.set_viewport_size(PHONE)
    expect_navigation_behind_a_menu_button(page)
    # At a desk the table sorts (MOJ sortable table): newest first, as sent.
    page.set_viewport_size(DESK)
    sent = page.get_by_role("columnheader", name="Sent")
    expect(sent).to_have_attribute("aria-sort", "descending")
    page.get_by_role("button", name="Reference").click()
    expect(page.get_by_role("columnheader", name="Reference")).to_have_attribute(
        "aria-sort", "ascending"
    )
    assert console_errors == []


def test_the_referral_page_and_share_form_read_on_a_phone(
    transactional_db, live_server, new_page, shot, console_errors, officer, practitioner, supervisor
) -> None:
    """An approved referral shared once: grade history, a supervisor's decision, a share, the
    timeline; its secondary actions in the "More actions" menu."""
    referral = approved_referral(officer, practitioner, supervisor)
    share_with(referral, practitioner)
    page = sign_in(new_page, live_server, practitioner)
    page.goto(f"{live_server.url}/referrals/{referral.reference}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Referral {referral.reference}")
    expect(page.locator(".moj-badge")).to_have_text("High risk")
    expect(page.locator(".moj-timeline__item").first).to_be_visible()
    close = page.get_by_role("link", name="Close this referral")
    expect(close).to_be_hidden()
    at_the_desk(page, shot, "referral")
    open_more_actions(page)
    expect(close).to_be_visible()
    shot(page, "desk-referral-more-actions")
    page.keyboard.press("Escape")

    expect_no_sideways_scrolling(page, shot, "referral")
    decisions = page.get_by_role("table", name="Supervisor decisions")
    expect(decisions).to_contain_text("Approve")

    page.goto(f"{live_server.url}/partners/referrals/{referral.reference}/share/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Share")
    at_the_desk(page, shot, "share-form")
    expect_no_sideways_scrolling(page, shot, "share-form")
    assert console_errors == []


def test_the_partner_inbox_reads_on_a_phone(
    transactional_db, live_server, new_page, shot, console_errors, officer, practitioner, supervisor
) -> None:
    from vhub.models import Agency

    partner = UserFactory(
        username="partner.a",
        roles=["partner_user"],
        agency=Agency.objects.get(slug="herefordshire-cs"),
    )
    references = []
    for _ in range(2):
        referral = approved_referral(officer, practitioner, supervisor)
        share_with(referral, practitioner)
        references.append(referral.reference)
    page = sign_in(new_page, live_server, partner)
    page.goto(f"{live_server.url}/partners/inbox/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Referrals shared with your agency")
    at_the_desk(page, shot, "partner-inbox")
    page.get_by_role("button", name="Shared").click()
    expect(page.get_by_role("columnheader", name="Shared")).to_have_attribute(
        "aria-sort", "ascending"
    )
    expect(page.locator("tbody tr").first).to_contain_text(references[0])
    expect_no_sideways_scrolling(page, shot, "partner-inbox")
    expect(page.locator("tbody tr").first).to_contain_text("Not acknowledged")
    assert console_errors == []


def test_the_list_of_possible_hidden_high_risk_reads_on_a_phone(
    transactional_db, live_server, new_page, shot, console_errors, officer, supervisor
) -> None:
    referral = submit_referral(officer)
    UnderGradingFlag.objects.create(
        referral=referral,
        kind=FlagKind.LEXICON,
        key="strangulation",
        reason="The narrative mentions strangulation, a sign of high risk.",
        raised_at=now(),
        matches=[
            {
                "field": "What happened",
                "before": "the mother said he had put his hands round her neck (",
                "match": "strangulation",
                "after": ") in front of the children; https://example.org/a-very-long-address",
            }
        ],
    )
    page = sign_in(new_page, live_server, supervisor)
    page.goto(f"{live_server.url}/risk/reviews/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Possible hidden high risk")
    expect(page.get_by_role("link", name=referral.reference, exact=True)).to_be_visible()
    at_the_desk(page, shot, "hidden-risk")
    expect_no_sideways_scrolling(page, shot, "hidden-risk")
    assert console_errors == []


def test_the_dashboard_opens_with_its_headline_figures_at_a_desk_and_on_a_phone(
    transactional_db, live_server, new_page, shot, console_errors, officer, supervisor
) -> None:
    oldest = submit_referral(officer)
    submit_referral(officer)
    page = sign_in(new_page, live_server, supervisor)
    page.goto(f"{live_server.url}/dashboards/overview/")
    figures = page.locator(".vhub-headline__item")
    expect(figures).to_have_count(4)
    expect(page.locator("#headline-open")).to_contain_text("2")
    at_the_desk(page, shot, "dashboard")
    expect_no_sideways_scrolling(page, shot, "dashboard")
    page.locator("#headline-oldest").get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Referral {oldest.reference}")
    assert console_errors == []


# Supervisors', managers' and auditors' pages whose tables become cards on a phone: the page,
# and a table on it that is a card list there (its column headings hidden, each cell labelled).
TABLE_PAGES = {
    "supervisor": [
        ("approvals", "/risk/approvals/", "table"),
        ("retention", "/audit/retention/", "table"),
        ("capacity", "/dashboards/capacity/", "table"),
    ],
    "manager": [
        ("sla-policy", "/referrals/sla/", "table"),
        ("risk-catalogue", "/risk/catalogue/", "table"),
        ("risk-model", "/risk/model/", "table"),
    ],
    "auditor": [("audit-events", "/audit/events/", "table")],
}


# How a table's first row is laid out, and whether its column headings are shown.
CARD_LAYOUT = """t => [getComputedStyle(t.querySelector("tbody tr")).display,
  t.querySelector("thead").getBoundingClientRect().width > 1]"""


@pytest.mark.parametrize("role", list(TABLE_PAGES))
def test_the_tables_of_supervisors_managers_and_auditors_read_on_a_phone(
    transactional_db,
    live_server,
    new_page,
    shot,
    console_errors,
    request,
    role,
    officer,
    practitioner,
) -> None:
    """Each row a card on a phone (at 390 and 320 px); at a desk the same tables as before, with
    their column headings."""
    fill_the_queue(officer, practitioner)
    page = sign_in(new_page, live_server, request.getfixturevalue(role))
    for name, path, table in TABLE_PAGES[role]:
        page.goto(f"{live_server.url}{path}")
        cards = page.locator(f"main {table}.vhub-cards:not(details table)").first
        at_the_desk(page, shot, name)
        assert cards.evaluate(CARD_LAYOUT) == ["table-row", True]
        expect_no_sideways_scrolling(page, shot, name)
        assert cards.evaluate(CARD_LAYOUT) == ["block", False]
    assert console_errors == []
