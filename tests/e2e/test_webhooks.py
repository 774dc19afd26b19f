"""Webhooks in a real browser: the partner lead adds one (the secret shown once), a share calls it
and fails, and the lead reads the delivery log and sends the delivery again; at a desk and on a
phone. Screenshots: partner-webhook*.png, phone-partner-webhook*-{390,320}.png."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from partners.models import WebhookSubscription
from referrals.models import OutboxMessage
from referrals.tasks import deliver_escalations
from tests.e2e.test_journey import expect_success_banner, sign_in
from tests.e2e.test_phone import expect_no_sideways_scrolling
from tests.factories import UserFactory, approved_referral, share_with
from tests.receiver import receiver
from vhub.models import Agency

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_lead_adds_a_webhook_and_sends_a_failed_delivery_again(
    live_server, new_page, shot, console_errors, settings
):
    settings.OUTBOUND_ALLOW_LOOPBACK_HTTP = True
    herefordshire = Agency.objects.get(slug="herefordshire-cs")
    officer = UserFactory(username="officer", roles=["officer"])
    practitioner = UserFactory(username="practitioner", roles=["practitioner"])
    supervisor = UserFactory(username="supervisor", roles=["supervisor"])
    lead = UserFactory(username="lead.a", roles=["partner_lead"], agency=herefordshire)

    with receiver([500]) as r:
        page = sign_in(new_page, live_server, lead)
        page.get_by_role("link", name="Your agency's users").click()
        page.get_by_role("link", name="Webhooks to your agency's own system").click()
        expect(page.get_by_role("heading", name="Webhooks to your agency's system")).to_be_visible()
        page.get_by_role("button", name="Add a webhook").click()
        page.get_by_role("button", name="Add webhook").click()  # nothing filled in
        expect(page.locator(".govuk-error-summary")).to_contain_text("Choose at least one event")
        shot(page, "partner-webhook-new-errors")
        page.get_by_label("Address of your system's receiver").fill(r.url)
        page.get_by_label("A referral is shared with the agency").check()
        page.get_by_label("VHub writes in a share's message thread").check()
        page.get_by_label("Description (optional)").fill("Mosaic case system")
        page.get_by_role("button", name="Add webhook").click()
        expect(page.get_by_role("heading", name="Webhook added")).to_be_visible()
        webhook = WebhookSubscription.objects.get()
        expect(page.locator("#webhook-secret")).to_have_text(webhook.secret)
        shot(page, "partner-webhook-created")
        expect_no_sideways_scrolling(page, shot, "partner-webhook-created")

        share_with(approved_referral(officer, practitioner, supervisor), practitioner)
        deliver_escalations.delay()  # the receiver answers 500
        page.set_viewport_size({"width": 1280, "height": 900})
        page.get_by_role("button", name="Go to the webhook").click()
        expect(page.get_by_role("heading", name="Delivery log")).to_be_visible()
        row = page.get_by_role("row").filter(has_text="A referral is shared with the agency")
        expect(row).to_contain_text("Failing")
        expect(row).to_contain_text("HTTP 500")
        shot(page, "partner-webhook-log")
        expect_no_sideways_scrolling(page, shot, "partner-webhook-log")

        page.set_viewport_size({"width": 1280, "height": 900})
        page.get_by_role("button", name="Turn off").click()
        expect_success_banner(page, "The webhook is off")
        # Its retry comes round while it is off: not sent.
        OutboxMessage.objects.filter(kind="webhook").update(deliver_after=timezone.now())
        deliver_escalations.delay()
        page.reload()
        expect(row).to_contain_text("Not sent: the webhook is off")
        page.get_by_role("button", name="Turn on").click()
        expect_success_banner(page, "The webhook is on")
        row.get_by_role("button", name="Send again").click()  # sent at once, and it works
        expect_success_banner(page, "It will be sent again in a moment")
        page.reload()
        expect(page.get_by_role("row").filter(has_text="Sent again")).to_contain_text("Delivered")
        shot(page, "partner-webhook-sent-again")
    assert console_errors == []
    assert [len(r.calls), len(r.delivered)] == [2, 1]
