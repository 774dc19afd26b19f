"""Webhook deliveries through a real Celery worker and the broker: a share's commit sends the
delivery task; the receiver fails twice, then takes it; the beat's delivery run twice over sends
nothing more."""

import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
import time_machine

from partners.models import WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus
from partners.webhooks import do_create_webhook
from referrals.outbox_calls import RETRY_AFTER
from referrals.tasks import deliver_escalations
from tests.factories import UserFactory, approved_referral, share_with
from tests.receiver import receiver
from tests.vhub.test_worker import real_worker  # noqa: F401 - the fixture

START = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def _wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        assert time.monotonic() < deadline, f"no {what} within 60 s"
        time.sleep(0.1)


@pytest.mark.worker
def test_a_delivery_fails_twice_then_succeeds_through_the_worker_and_goes_once(
    real_worker,  # noqa: F811 - the fixture imported above
    settings,
    herefordshire,
    officer,
    practitioner,
    supervisor,
):
    settings.OUTBOUND_ALLOW_LOOPBACK_HTTP = True
    lead = UserFactory(username="lead.a", roles=["partner_lead"], agency=herefordshire)
    with receiver([500, 500]) as r:
        with time_machine.travel(START, tick=False):
            do_create_webhook(actor=lead, url=r.url, events=["share.created"])
            referral = approved_referral(officer, practitioner, supervisor)
            share_with(referral, practitioner)  # commits: the delivery task goes to the broker
            _wait_for(lambda: WebhookAttempt.objects.exists(), "first attempt")

        def beat(at: datetime) -> None:  # the every-minute delivery, twice, through the broker
            with time_machine.travel(at, tick=False):
                deliver_escalations.delay().get(timeout=60)
                deliver_escalations.delay().get(timeout=60)

        beat(START + RETRY_AFTER[0])  # fails again
        beat(START + RETRY_AFTER[0] + RETRY_AFTER[1])  # delivered
        beat(START + RETRY_AFTER[0] + RETRY_AFTER[1] + RETRY_AFTER[2])  # nothing left
    assert [len(r.calls), len(r.delivered)] == [3, 1]
    assert len({c.headers["webhook-id"] for c in r.calls}) == 1
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDeliveryStatus.DELIVERED
    assert list(delivery.attempts.values_list("status_code", flat=True)) == [500, 500, 200]
