"""A person's first sign-in in a real browser: password, authenticator set-up, recovery codes."""

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.factories import TEST_PASSWORD
from tests.two_factor import current_code

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_first_sign_in_sets_up_two_factor_then_reaches_the_queue(
    live_server, new_page, shot, console_errors, practitioner
) -> None:
    page = new_page()
    page.goto(f"{live_server.url}/referrals/queue/")
    page.get_by_label("User name").fill(practitioner.username)
    page.get_by_label("Password").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    expect(page).to_have_url(re.compile(r"/account/two-factor/set-up/"))
    expect(page.get_by_role("heading", name="Set up two-factor sign-in")).to_be_visible()
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    page.get_by_text("I cannot scan the QR code").click()
    expect(page.locator("#totp-secret")).to_be_visible()
    shot(page, "t01-two-factor-set-up")

    page.get_by_label("Code").fill("000000")
    page.get_by_role("button", name="Confirm and continue").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("That code is not right")
    shot(page, "t02-two-factor-wrong-code")

    device = TOTPDevice.objects.get(user=practitioner, confirmed=False)
    page.wait_for_timeout(1500)  # django-otp's wait after one wrong code is a second
    page.get_by_label("Code").fill(current_code(device))
    page.get_by_role("button", name="Confirm and continue").click()
    expect(page.get_by_role("heading", name="Two-factor sign-in is set up")).to_be_visible()
    expect(page.locator(".vhub-recovery-codes li")).to_have_count(10)
    shot(page, "t03-two-factor-recovery-codes")

    page.get_by_role("link", name=re.compile("I have kept my codes")).click()
    expect(page).to_have_url(re.compile(r"/referrals/queue/$"))
    expect(page.get_by_role("heading", name="Triage queue")).to_be_visible()

    # The next sign-in asks only for the app's code.
    page.get_by_role("button", name="Sign out").click()
    page.get_by_label("User name").fill(practitioner.username)
    page.get_by_label("Password").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/account/two-factor/"))
    shot(page, "t04-two-factor-code")
    device.refresh_from_db()
    page.get_by_label("Code").fill(current_code(device, steps_ahead=1))
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Home").or_(page.locator("h1")).first).to_be_visible()
    expect(page).not_to_have_url(re.compile(r"/login/|/two-factor/"))
    assert console_errors == []
