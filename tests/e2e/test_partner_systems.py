"""A partner lead connects the agency's case system, in a real browser: registers it, sees its
token once, and revokes it; at desktop and phone widths. Screenshots: partner-systems*.png."""

import pytest
from playwright.sync_api import expect

from partners.models import Agency, PartnerSystem
from partners.systems import hash_token
from tests.e2e.conftest import SMALL_PHONE
from tests.e2e.test_journey import expect_success_banner, sign_in
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _no_sideways_scroll(page) -> None:  # type: ignore[no-untyped-def]
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_lead_registers_and_revokes_a_case_system(live_server, new_page, shot, console_errors):
    herefordshire = Agency.objects.get(slug="herefordshire-cs")
    lead = UserFactory(username="lead.a", roles=["partner_lead"], agency=herefordshire)

    page = sign_in(new_page, live_server, lead)
    page.get_by_role("link", name="Your agency's users").click()
    page.get_by_role("link", name="Your agency's case systems connected to VHub").click()
    expect(page.get_by_role("heading", name="Your agency's case systems")).to_be_visible()
    shot(page, "partner-systems-empty")
    page.get_by_role("button", name="Register a system").click()
    page.get_by_role("button", name="Register and show the token").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter the name of the system")
    shot(page, "partner-systems-new-errors")
    page.get_by_label("Name of the system").fill("Mosaic")
    page.get_by_role("button", name="Register and show the token").click()
    expect(page.get_by_role("heading", name="Mosaic is registered")).to_be_visible()
    token = page.locator("#token").inner_text()
    system = PartnerSystem.objects.get(agency=herefordshire)
    assert hash_token(token) == system.token_hash
    shot(page, "partner-systems-token")

    page.get_by_role("link", name="Back to your agency's case systems").click()
    row = page.get_by_role("row").filter(has_text="Mosaic")
    expect(row).to_contain_text(system.token_prefix)
    expect(row).to_contain_text("Active")
    assert token not in page.content()
    shot(page, "partner-systems")
    row.get_by_role("button", name="Revoke Mosaic's token").click()
    expect_success_banner(page, "Mosaic's token is revoked")
    expect(page.get_by_role("row").filter(has_text="Mosaic")).to_contain_text("Revoked")
    shot(page, "partner-systems-revoked")
    system.refresh_from_db()
    assert system.revoked_by == lead

    phone = sign_in(lambda: new_page(SMALL_PHONE), live_server, lead)
    phone.goto(f"{live_server.url}/partners/systems/")
    _no_sideways_scroll(phone)
    shot(phone, "partner-systems-phone")
    phone.goto(f"{live_server.url}/partners/systems/new/")
    _no_sideways_scroll(phone)
    phone.get_by_label("Name of the system").fill("A second system with a long name for phones")
    phone.get_by_role("button", name="Register and show the token").click()
    expect(phone.get_by_role("heading", name="is registered")).to_be_visible()
    _no_sideways_scroll(phone)
    shot(phone, "partner-systems-token-phone")
    assert console_errors == []
