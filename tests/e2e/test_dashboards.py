"""The dashboard, capacity page and daily report in a real browser, with screenshots (and page 1
of the report as PNG) saved in tests/e2e/screenshots/ for review."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
import time_machine
from playwright.sync_api import expect

from dashboards.actions import do_set_roster
from partners.actions import do_acknowledge_share
from referrals.escalation import sweep_clocks
from referrals.models import IncidentType, Referral
from tests.e2e.test_journey import save_first_pdf_page, sign_in
from tests.factories import approved_referral, share_with, submit_referral
from vhub.clock import now

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _seed(officer, practitioner, supervisor, manager, partner_a) -> None:
    start = now()
    kinds = list(IncidentType.objects.all()[:4])
    for days in range(20, 0, -1):
        with time_machine.travel(start - timedelta(days=days, hours=days % 5), tick=False):
            kind = kinds[days % 4]
            if days % 3 == 0:
                referral = approved_referral(officer, practitioner, supervisor, incident_type=kind)
                share = share_with(referral, practitioner)
                if days % 2 == 0:
                    with time_machine.travel(now() + timedelta(hours=days), tick=False):
                        do_acknowledge_share(share, actor=partner_a)
            else:
                referral = submit_referral(officer, incident_type=kind)
                grade = ["high", "medium", "standard", ""][days % 4]
                Referral.objects.filter(pk=referral.pk).update(provisional_grade=grade)
    sweep_clocks()
    do_set_roster(
        actor=manager, practitioner=practitioner, hours={d: Decimal("7.5") for d in range(5)}
    )


def test_manager_reads_the_dashboard_capacity_and_daily_report(
    live_server,
    new_page,
    shot,
    screenshots_dir,
    console_errors,
    officer,
    practitioner,
    supervisor,
    manager,
    partner_a,
) -> None:
    _seed(officer, practitioner, supervisor, manager, partner_a)
    page = sign_in(new_page, live_server, manager)

    page.get_by_role("link", name="Dashboard").first.click()
    expect(page.get_by_role("heading", name="Performance dashboard")).to_be_visible()
    chart = page.get_by_role("img", name="Open referrals by status and grade")
    expect(chart).to_be_visible()
    page.get_by_text("Table: Open referrals by status and grade").click()
    expect(page.get_by_role("table").first).to_contain_text("Submitted")
    # How fresh the figures are (no read replica here: the primary, live).
    expect(page.locator("#freshness")).to_have_text("Live figures from the main database.")
    shot(page, "40-dashboard")

    page.get_by_label("Local authority").select_option(label="Herefordshire Children's Services")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"local_authority=\d+"))
    with page.expect_download() as download:
        page.get_by_role(
            "link", name="Download “Open referrals by status and grade” as CSV"
        ).click()
    text = download.value.path().read_text()
    assert text.startswith("Status,High,Medium,Standard,Not graded yet,Total")

    page.get_by_role("link", name="Capacity", exact=True).click()
    page.get_by_label("Extra practitioner hours a week").fill("37")
    page.get_by_role("button", name="Show the forecast").click()
    expect(page.get_by_text("With 37 extra hours a week")).to_be_visible()
    expect(page.get_by_role("img", name="Demand and throughput per week")).to_be_visible()
    shot(page, "41-capacity")

    page.goto(f"{live_server.url}/dashboards/reports/")
    yesterday = (now() - timedelta(days=1)).date()
    page.get_by_label("Day").fill(str(yesterday.day))
    page.get_by_label("Month").fill(str(yesterday.month))
    page.get_by_label("Year").fill(str(yesterday.year))
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the report (PDF)").click()
    pdf = screenshots_dir / "42-daily-report.pdf"
    download.value.save_as(pdf)
    save_first_pdf_page(pdf, screenshots_dir / "42-daily-report.png")
    pdf.unlink()
    assert console_errors == []


def test_manager_sets_sla_timescales_in_hours_days_or_working_days(
    live_server, new_page, shot, console_errors, manager
) -> None:
    from referrals.models import SlaPolicyVersion

    page = sign_in(new_page, live_server, manager)
    page.get_by_role("link", name="SLA policy").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("SLA policy")
    amount = page.get_by_label("Time allowed for Partner acknowledgement, any grade", exact=True)
    unit = page.get_by_label("Unit of the time allowed for Partner acknowledgement, any grade")
    expect(amount).to_have_value("1")
    expect(unit.locator("option:checked")).to_have_text("working days")
    shot(page, "sla-01-policy")

    # A day of 24 hours does not fit a working-hours clock: the page says so.
    unit.select_option(label="days")
    page.get_by_label("What you changed and why").fill("Acknowledgement within two days.")
    page.get_by_role("button", name="Publish a new version").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "in hours or working days, as it is timed in working hours"
    )
    shot(page, "sla-02-policy-error")
    page.locator(".govuk-error-summary a").first.click()
    expect(amount).to_be_focused()
    amount.fill("2")
    unit.select_option(label="working days")
    page.get_by_role("button", name="Publish a new version").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text("version 2")
    target = SlaPolicyVersion.objects.get(number=2).targets.get(kind="partner_ack")
    assert target.minutes == 2 * 480
    assert console_errors == []
