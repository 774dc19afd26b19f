"""Partners told when work arrives, in a real browser: a partner user chooses the daily digest in
their e-mail settings; the partner lead reads the list of the agency's e-mails; a manager keeps
the duty rota. Screenshots: partner-preferences*.png, partner-notices.png, manager-rota*.png."""

import pytest
from playwright.sync_api import expect

from partners.models import NoticePreference
from referrals.escalation import deliver_outbox
from referrals.models import DutyRota
from tests.e2e.test_journey import expect_success_banner, sign_in
from tests.factories import UserFactory, approved_referral, share_with
from vhub.models import Agency

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_partner_chooses_a_digest_and_the_lead_sees_the_deliveries(
    live_server, new_page, shot, console_errors
) -> None:
    herefordshire = Agency.objects.get(slug="herefordshire-cs")
    officer = UserFactory(username="officer", roles=["officer"])
    practitioner = UserFactory(username="practitioner", roles=["practitioner"])
    supervisor = UserFactory(username="supervisor", roles=["supervisor"])
    partner = UserFactory(username="partner.a", roles=["partner_user"], agency=herefordshire)
    lead = UserFactory(username="lead.a", roles=["partner_lead"], agency=herefordshire)

    page = sign_in(new_page, live_server, partner)
    page.get_by_role("link", name="E-mail settings").click()
    expect(page.get_by_role("heading", name="E-mail settings")).to_be_visible()
    expect(page.get_by_label("Straight away, one e-mail for each item")).to_be_checked()
    shot(page, "partner-preferences")
    page.get_by_label("Once a day at 08:00, one e-mail listing the day's items").check()
    page.get_by_role("button", name="Save").click()
    expect_success_banner(page, "Your e-mail settings have been saved")
    expect(
        page.get_by_label("Once a day at 08:00, one e-mail listing the day's items")
    ).to_be_checked()
    shot(page, "partner-preferences-saved")
    assert NoticePreference.objects.get(user=partner).frequency == "daily_digest"

    share = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    deliver_outbox()  # the lead's own e-mail goes straight away; the partner's waits

    page = sign_in(new_page, live_server, lead)
    page.get_by_role("link", name="Your agency's users").click()
    page.get_by_role("link", name="E-mails about new work sent to your agency's users").click()
    expect(page.get_by_role("heading", name="E-mails about new work")).to_be_visible()
    partner_row = page.get_by_role("row").filter(has_text=str(partner))
    expect(partner_row).to_contain_text("Daily digest")
    expect(partner_row).to_contain_text("Waiting for the 08:00 digest")
    lead_row = page.get_by_role("row").filter(has_text=str(lead))
    expect(lead_row).to_contain_text("Sent")
    expect(page.get_by_role("link", name=f"Share {share.reference}").first).to_be_visible()
    shot(page, "partner-notices")
    assert console_errors == []


def test_manager_keeps_the_duty_rota(live_server, new_page, shot, console_errors) -> None:
    manager = UserFactory(username="manager", roles=["manager"])
    supervisor = UserFactory(
        username="supervisor", roles=["supervisor"], first_name="Sam", last_name="Duty"
    )
    page = sign_in(new_page, live_server, manager)
    page.get_by_role("link", name="Duty rota").click()
    expect(page.get_by_role("heading", name="Duty rota", exact=True)).to_be_visible()
    page.get_by_role("button", name="Add to the rota").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Choose the area team")
    shot(page, "manager-rota-errors")
    page.get_by_label("Area team").select_option(label="Herefordshire Children's Services")
    page.get_by_label("Supervisor on duty").select_option(label=str(supervisor))
    page.get_by_label("Which days").select_option(label="Tuesday")
    page.get_by_role("button", name="Add to the rota").click()
    expect_success_banner(page, "Added to the duty rota")
    expect(page.get_by_role("row").filter(has_text="Sam Duty")).to_contain_text("Tuesdays")
    shot(page, "manager-rota")
    assert DutyRota.objects.get().supervisor == supervisor
    assert console_errors == []
