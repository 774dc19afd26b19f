"""The triage queue in a real browser: a practitioner reads the queue in priority order, asks
why a case ranks where it does and filters it; takes the next case twice; a supervisor
allocates two referrals at once; a practitioner is told about clocks running out on a case
they hold and marks the notices as read.

Each key page is saved as a full-page screenshot in tests/e2e/screenshots/ (names q01-…).
"""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from playwright.sync_api import Page, expect

from referrals.actions.allocation import do_start_triage
from referrals.escalation import deliver_outbox, sweep_clocks
from referrals.models import IncidentType, Notification, Referral
from referrals.priority import recompute_priorities
from risk.models import FlagKind, FlagStatus, UnderGradingFlag
from tests.e2e.test_journey import expect_success_banner, sign_in, sign_in_on
from tests.factories import child, submit_referral, submitted_assessment
from vhub.clock import now
from vhub.models import Agency

pytestmark = [
    pytest.mark.e2e,
    # The live server needs committed data; serialized rollback puts the agencies, SLA policy,
    # priority weights and lexicon from the data migrations back for the tests that follow.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Longer ago than the two-hour triage target and its 50% escalation margin, so the triage
# clock is breached and the decision-to-share clock (four hours) is at risk.
OVERDUE = timedelta(hours=3, minutes=10)


# A night between two working days, the clock then running on. The queue's triage clocks run
# round the clock, but a supervisor's and a school's (Operation Encompass) count working or
# school hours only: at the real time of a run (a Monday at 09:00, a school morning) those became
# the most urgent and the order and wording the test checks changed with the hour.
NIGHT = datetime(2027, 1, 12, 3, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _at_night():
    with time_machine.travel(NIGHT, tick=True):
        yield


def years_old(years: int) -> date:
    return date.today() - timedelta(days=years * 365 + 30)


@dataclass
class Queue:
    breached: Referral  # Shropshire, not graded, received over three hours ago
    waiting: Referral  # not graded, received 90 minutes ago: triage clock at risk
    high_young: Referral  # graded high, a three-year-old
    high_older: Referral  # graded high, received an hour ago
    knife: Referral  # graded medium, but the narrative mentions a knife: flagged
    standard: Referral  # graded standard

    @property
    def all(self) -> list[Referral]:
        return [
            self.breached,
            self.waiting,
            self.high_young,
            self.high_older,
            self.knife,
            self.standard,
        ]


def referred_at(when, officer, **details) -> Referral:
    """Submit a referral as if it arrived at `when` (the clocks start then)."""
    with time_machine.travel(when, tick=True):
        return submit_referral(officer, **details)


def fill_the_queue(officer, practitioner) -> Queue:
    """Six open referrals of mixed grades and areas; clocks swept and priorities recomputed
    at the real current time, as the beat tasks would."""
    start = now()
    breached = referred_at(
        start - OVERDUE,
        officer,
        local_authority=Agency.objects.get(slug="shropshire-cs"),
        location="4 Castle Street, Shrewsbury",
        postcode="SY1 2AA",
        narrative="Neighbour heard a man shouting at two in the morning and a child crying.",
        children=[child(first_name="Mia", last_name="Davies", date_of_birth=years_old(9))],
    )
    waiting = referred_at(
        start - timedelta(minutes=90),
        officer,
        narrative="Officers called to an argument between the parents; the son was at home.",
        children=[child(first_name="Oliver", last_name="Hughes", date_of_birth=years_old(11))],
    )
    # Submitted and graded now, like the rest (its supervisor's clock counts working hours).
    high_older = submit_referral(
        officer,
        narrative="Father pushed the mother down the stairs while the boy watched.",
        children=[child(first_name="Noah", last_name="Brown", date_of_birth=years_old(10))],
    )
    submitted_assessment(high_older, practitioner, grade="high")
    high_young = submit_referral(
        officer,
        incident_type=IncidentType.objects.get(code="physical-abuse"),
        narrative="Nursery staff saw marks on the girl's arms and called police.",
        children=[child(first_name="Ava", last_name="Jones", date_of_birth=years_old(3))],
    )
    submitted_assessment(high_young, practitioner, grade="high")
    knife = submit_referral(
        officer,
        narrative="Mother said the father waved a knife in the kitchen during the argument.",
        children=[child(first_name="Leo", last_name="Walker", date_of_birth=years_old(12))],
    )
    submitted_assessment(knife, practitioner, grade="medium")
    standard = submit_referral(
        officer,
        incident_type=IncidentType.objects.get(code="online-harm"),
        narrative="A stranger sent the girl messages online; the family blocked him.",
        children=[child(first_name="Grace", last_name="Taylor", date_of_birth=years_old(14))],
    )
    submitted_assessment(standard, practitioner, grade="standard")
    sweep_clocks()
    recompute_priorities()
    queue = Queue(breached, waiting, high_young, high_older, knife, standard)
    for referral in queue.all:
        referral.refresh_from_db()
    return queue


def queue_rows(page: Page):
    return page.locator("#queue-results tbody tr")


def row_for(page: Page, referral: Referral):
    return queue_rows(page).filter(has=page.get_by_role("link", name=referral.reference))


def open_queue(page: Page, live_server) -> None:
    page.goto(f"{live_server.url}/referrals/queue/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Triage queue")


def test_practitioner_reads_the_queue_most_urgent_first_and_filters_it(
    transactional_db, live_server, new_page, shot, console_errors, officer, practitioner
) -> None:
    queue = fill_the_queue(officer, practitioner)
    by_priority = sorted(queue.all, key=lambda r: (-r.priority_score, r.received_at, r.pk))
    # The medium referral whose narrative describes a knife comes first: the risk reader's
    # signal and its under-grading flag lift it above the high grades (docs/risk.md).
    assert by_priority[0] == queue.knife, [(r.reference, r.priority_score) for r in by_priority]

    page = sign_in(new_page, live_server, practitioner)
    expect(page).to_have_url(re.compile(r"/referrals/queue/$"))
    rows = queue_rows(page)
    expect(rows).to_have_count(6)
    for position, referral in enumerate(by_priority):
        expect(rows.nth(position)).to_contain_text(referral.reference)

    first = row_for(page, queue.breached)
    expect(first).to_contain_text("Mia Davies")
    expect(first).to_contain_text("Shropshire")
    expect(first.locator(".vhub-clock--breached")).to_have_text("Breached")
    expect(first).to_contain_text(re.compile(r"Initial triage: overdue by 1 hour \d+ minutes"))
    expect(first).to_contain_text("Unallocated")
    expect(row_for(page, queue.waiting).locator(".vhub-clock--at_risk")).to_have_text("At risk")
    expect(row_for(page, queue.waiting)).to_contain_text(
        re.compile(r"Initial triage: \d+ minutes? left")
    )
    knife_row = row_for(page, queue.knife)
    expect(knife_row).to_contain_text("Medium")
    flags = UnderGradingFlag.objects.filter(referral=queue.knife, status=FlagStatus.OPEN)
    assert flags.filter(kind=FlagKind.NARRATIVE, key="indicator:weapon").exists()
    expect(knife_row).to_contain_text(f"{flags.count()} flag")
    expect(row_for(page, queue.high_young)).to_contain_text("High")
    shot(page, "q01-practitioner-queue-most-urgent-first")

    why = first.locator("details")
    why.get_by_text("Why this rank").click()
    expect(why).to_have_attribute("open", "")
    parts = why.locator(".govuk-details__text li")
    expect(parts.filter(has_text=re.compile(r"^Grade"))).to_have_text("Grade, not graded yet: 60")
    expect(parts.filter(has_text="SLA pressure")).to_have_text("SLA pressure, breached: 80")
    expect(parts.last).to_have_text(f"Total: {queue.breached.priority_score}")
    shot(page, "q02-practitioner-why-this-rank")

    # With JavaScript, htmx re-renders the results on change and keeps the filters in the URL.
    page.get_by_label("Grade", exact=True).select_option(label="High")
    expect(rows).to_have_count(2)
    expect(page).to_have_url(re.compile(r"[?&]grade=high(&|$)"))
    for referral in (queue.high_young, queue.high_older):
        expect(row_for(page, referral)).to_contain_text("High")
    expect(rows.locator(".vhub-grade--high")).to_have_count(2)
    page.reload()
    expect(page.get_by_label("Grade", exact=True)).to_have_value("high")
    expect(rows).to_have_count(2)
    shot(page, "q03-practitioner-queue-high-only")

    search = page.get_by_label("Reference or name")
    search.fill("brown")
    search.press("Enter")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Noah Brown")
    expect(page).to_have_url(re.compile(r"[?&]search=brown(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]grade=high(&|$)"))
    shot(page, "q04-practitioner-queue-searched")

    page.get_by_role("link", name="Clear filters").click()
    expect(page).to_have_url(re.compile(r"/referrals/queue/$"))
    expect(rows).to_have_count(6)
    expect(page.get_by_label("Grade", exact=True)).to_have_value("")
    expect(page.get_by_label("Reference or name")).to_have_value("")

    assert console_errors == []


def test_practitioner_takes_the_next_case_twice(
    transactional_db, live_server, new_page, shot, console_errors, officer, practitioner
) -> None:
    queue = fill_the_queue(officer, practitioner)
    name = practitioner.get_full_name()
    page = sign_in(new_page, live_server, practitioner)
    expect(page).to_have_url(re.compile(r"/referrals/queue/$"))

    # Only the two referrals nobody has graded are unallocated; the breached one ranks first.
    for referral in (queue.breached, queue.waiting):
        page.get_by_role("link", name="Triage queue").click()
        page.get_by_role("button", name="Next case").click()
        expect(page).to_have_url(re.compile(rf"/referrals/{referral.reference}/$"))
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Referral {referral.reference}")
        expect_success_banner(
            page,
            f"{referral.reference} is allocated to you. It was the most urgent referral waiting.",
        )
        expect(page.get_by_text(f"Allocated to {name}")).to_be_visible()
        referral.refresh_from_db()
        assert referral.allocated_to == practitioner
        shot(
            page,
            "q05-practitioner-next-case-first"
            if referral == queue.breached
            else "q06-practitioner-next-case-second",
        )

    page.get_by_role("link", name="Triage queue").click()
    page.get_by_role("button", name="Next case").click()
    expect(page).to_have_url(re.compile(r"/referrals/queue/$"))
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        "There are no unallocated referrals waiting."
    )
    page.get_by_label("Allocation").select_option(label="Unallocated")
    expect(page.get_by_text("No open referrals match these filters.")).to_be_visible()
    shot(page, "q07-practitioner-no-case-waiting")

    assert console_errors == []


def test_supervisor_allocates_two_referrals_to_a_practitioner(
    transactional_db,
    live_server,
    new_page,
    shot,
    console_errors,
    officer,
    practitioner,
    practitioner2,
    supervisor,
) -> None:
    queue = fill_the_queue(officer, practitioner)
    name = str(practitioner2)
    page = sign_in(new_page, live_server, supervisor)
    open_queue(page, live_server)
    expect(queue_rows(page)).to_have_count(6)

    chosen = (queue.breached, queue.waiting)
    for referral in chosen:
        page.get_by_label(f"Select {referral.reference}").check()
    page.get_by_label("Allocate the selected referrals to").select_option(label=name)
    shot(page, "q08-supervisor-selects-two-referrals")
    page.get_by_role("button", name="Allocate", exact=True).click()
    # The preview: each referral and who holds it now; nothing is allocated yet.
    expect(page.get_by_role("heading", level=1)).to_have_text("Check before allocating")
    expect(page.locator("tbody tr")).to_have_count(2)
    assert practitioner2.allocated_referrals.count() == 0
    shot(page, "q08b-supervisor-checks-the-allocation")
    page.get_by_role("button", name="Allocate 2 referrals").click()

    expect(page).to_have_url(re.compile(r"/referrals/queue/$"))
    expect_success_banner(page, f"2 referrals allocated to {name}")
    for referral in chosen:
        expect(row_for(page, referral).locator("td").nth(6)).to_have_text(name)
        referral.refresh_from_db()
        assert referral.allocated_to == practitioner2
    expect(page.get_by_label(f"Select {queue.breached.reference}")).not_to_be_checked()
    shot(page, "q09-supervisor-allocated-two")

    assert console_errors == []


def test_practitioner_is_told_about_clocks_running_out_and_marks_notices_read(
    transactional_db, live_server, new_page, shot, console_errors, officer, practitioner
) -> None:
    referral = referred_at(
        now() - OVERDUE,
        officer,
        narrative="Officers found the children alone at home late at night.",
        children=[child(first_name="Ethan", last_name="Clarke", date_of_birth=years_old(8))],
    )
    do_start_triage(referral, actor=practitioner)
    page = sign_in(new_page, live_server, practitioner)
    bell = page.get_by_role("link", name=re.compile(r"^Notifications"))
    expect(bell.locator(".vhub-bell__count")).to_have_class(re.compile(r"vhub-bell__count--none"))
    expect(bell).to_contain_text("0 unread")

    # The beat tasks: the sweep moves the clocks on and queues escalations; delivery sends them.
    sweep_clocks()
    assert deliver_outbox() >= 1
    unread = Notification.objects.filter(user=practitioner, read_at__isnull=True)
    titles = set(unread.values_list("title", flat=True))
    assert f"{referral.reference}: initial triage overdue" in titles
    count = unread.count()

    page.reload()
    expect(bell).to_contain_text(f"{count} unread")
    expect(bell.locator(".vhub-bell__count")).not_to_have_class(
        re.compile(r"vhub-bell__count--none")
    )
    expect(row_for(page, referral).locator(".vhub-clock--breached")).to_have_text("Breached")
    shot(page, "q10-practitioner-notification-count")

    bell.click()
    expect(page).to_have_url(re.compile(r"/notifications/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Notifications")
    notice = page.locator(".vhub-notice").filter(
        has=page.get_by_role("link", name=f"{referral.reference}: initial triage overdue")
    )
    expect(notice).to_contain_text("New")
    expect(notice).to_contain_text(f"The initial triage clock for {referral.reference} is overdue")
    expect(page.locator(".vhub-notice--unread")).to_have_count(count)
    shot(page, "q11-practitioner-notifications")

    page.get_by_role("button", name="Mark all as read").click()
    expect(page).to_have_url(re.compile(r"/notifications/$"))
    expect_success_banner(page, "All notifications marked as read")
    expect(bell).to_contain_text("0 unread")
    expect(page.locator(".vhub-notice--unread")).to_have_count(0)
    expect(page.locator(".vhub-notice")).to_have_count(count)
    expect(page.get_by_role("button", name="Mark all as read")).to_have_count(0)
    shot(page, "q12-practitioner-notifications-read")
    assert not unread.exists()

    page.get_by_role("link", name=f"{referral.reference}: initial triage overdue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Referral {referral.reference}")

    assert console_errors == []


def test_filters_work_without_javascript(
    transactional_db, live_server, browser, shot, officer, practitioner
) -> None:
    queue = fill_the_queue(officer, practitioner)
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="en-GB", java_script_enabled=False
    )
    try:
        page = context.new_page()
        sign_in_on(page, live_server, practitioner)
        expect(page).to_have_url(re.compile(r"/referrals/queue/$"))
        expect(queue_rows(page)).to_have_count(6)

        page.get_by_label("Local authority").select_option(label="Shropshire Children's Services")
        page.get_by_label("Only under-grading flags").check()
        page.get_by_role("button", name="Apply filters").click()
        expect(page).to_have_url(re.compile(r"[?&]flagged=on(&|$)"))
        expect(page.get_by_text("No open referrals match these filters.")).to_be_visible()

        page.get_by_label("Only under-grading flags").uncheck()
        page.get_by_role("button", name="Apply filters").click()
        expect(page).to_have_url(re.compile(r"[?&]local_authority=\d+(&|$)"))
        expect(queue_rows(page)).to_have_count(1)
        expect(row_for(page, queue.breached)).to_contain_text("Shropshire")
        expect(page.get_by_label("Only under-grading flags")).not_to_be_checked()
        shot(page, "q13-practitioner-queue-filtered-without-javascript")
    finally:
        context.close()
