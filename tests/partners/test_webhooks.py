"""Webhooks to a partner agency's own system (partners/webhooks.py, docs/webhooks.md): signed calls
naming ids only, sent once per event and subscription through the outbox, retried with backoff,
turned off after repeated failure with the partner lead told, and sent again from the log."""

import importlib
import json
from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.test import Client

from audit.models import AuditEvent
from partners.actions import do_withdraw_share
from partners.models import (
    WebhookAttempt,
    WebhookDelivery,
    WebhookDeliveryStatus,
    WebhookEventType,
    WebhookSubscription,
)
from partners.portal_actions import IsrInput, do_post_share_message, do_raise_isr
from partners.webhooks import (
    do_create_webhook,
    do_replay_webhook_delivery,
    do_set_webhook_active,
    sign,
)
from referrals.models import ClockKind, ClockState, Notification, OutboxMessage, SlaClock
from referrals.outbox_calls import RETRY_AFTER
from referrals.tasks import deliver_escalations
from tests.factories import UserFactory, approved_referral, partner_system, share_with
from tests.receiver import receiver, verify
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError

TUESDAY_10AM = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)
ALL_EVENTS = list(WebhookEventType.values)


@pytest.fixture(autouse=True)
def _loopback_allowed(settings):
    settings.OUTBOUND_ALLOW_LOOPBACK_HTTP = True


@pytest.fixture
def lead_a(herefordshire):
    return UserFactory(
        username="lead.a", roles=["partner_lead"], agency=herefordshire, email="lead@hfd.example"
    )


def test_a_share_is_called_in_once_signed_then_read_and_acknowledged_and_the_clock_is_met(
    lead_a, officer, practitioner, supervisor, django_capture_on_commit_callbacks
):
    with receiver() as r, time_machine.travel(TUESDAY_10AM, tick=False):
        _, secret = do_create_webhook(actor=lead_a, url=r.url, events=ALL_EVENTS)
        assert secret.startswith("whsec_")
        referral = approved_referral(officer, practitioner, supervisor)
        with django_capture_on_commit_callbacks(execute=True):  # the delivery task runs
            share = share_with(referral, practitioner)
        deliver_escalations.delay()  # the beat's next run finds nothing more to send

        assert len(r.calls) == 1
        call = r.calls[0]
        headers = call.headers
        assert verify(secret, headers, call.body, at=now())
        assert not verify(secret, headers, call.body.replace(b"share", b"shard"), at=now())
        assert not verify("whsec_" + "A" * 44, headers, call.body, at=now())
        # Standard Webhooks: v1,base64(HMAC-SHA256(key, "id.timestamp.body")).
        assert headers["webhook-signature"] == sign(
            secret, headers["webhook-id"], int(headers["webhook-timestamp"]), call.body
        )
        body = json.loads(call.body)
        assert body["type"] == "share.created"
        assert body["data"] == {"agency": "herefordshire-cs", "share_id": share.pk}
        # Ids only: nothing from the case travels in the call.
        for case_detail in (referral.reference, "Mill Lane", referral.narrative[:20]):
            assert case_detail not in call.body.decode()

        # The receiving system pulls the share through the partner API with its own token,
        # then acknowledges it there (docs/partner-api.md).
        _, token = partner_system("herefordshire-cs", "Receiving case system")
        api = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
        pulled = api.get(f"/api/v1/partner/shares/{body['data']['share_id']}/")
        assert pulled.status_code == 200
        assert pulled.json()["snapshot"]["reference"] == referral.reference
        acknowledged = api.post(f"/api/v1/partner/shares/{body['data']['share_id']}/acknowledge/")
        assert acknowledged.status_code == 200
    clock = SlaClock.objects.get(share=share, kind=ClockKind.PARTNER_ACK)
    assert clock.state == ClockState.MET
    assert WebhookDelivery.objects.get().status == WebhookDeliveryStatus.DELIVERED


def test_delivery_fails_twice_then_succeeds_and_a_second_sweep_sends_nothing_again(
    lead_a, officer, practitioner, supervisor
):
    with receiver([500, 503]) as r:
        with time_machine.travel(TUESDAY_10AM, tick=False):
            do_create_webhook(actor=lead_a, url=r.url, events=["share.created"])
            share_with(approved_referral(officer, practitioner, supervisor), practitioner)
            deliver_escalations.delay()  # fails (500)
            deliver_escalations.delay()  # not due yet: no call
        assert len(r.calls) == 1
        first_retry = TUESDAY_10AM + RETRY_AFTER[0]
        with time_machine.travel(first_retry, tick=False):
            deliver_escalations.delay()  # fails (503)
        with time_machine.travel(first_retry + RETRY_AFTER[1], tick=False):
            deliver_escalations.delay()  # succeeds
            deliver_escalations.delay()  # a sweep twice: nothing more
        with time_machine.travel(first_retry + timedelta(days=2), tick=False):
            deliver_escalations.delay()
    assert [len(r.calls), len(r.delivered)] == [3, 1]
    assert len({c.headers["webhook-id"] for c in r.calls}) == 1, "retries keep their id"
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDeliveryStatus.DELIVERED
    assert [a.status_code for a in WebhookAttempt.objects.order_by("at")] == [500, 503, 200]
    assert delivery.outbox.attempts == 2
    assert delivery.outbox.delivered_at is not None


def test_one_delivery_per_event_and_subscription_by_a_database_constraint(
    lead_a, officer, practitioner, supervisor
):
    with receiver() as r:
        do_create_webhook(actor=lead_a, url=r.url, events=["share.created"])
        share_with(approved_referral(officer, practitioner, supervisor), practitioner)
        delivery = WebhookDelivery.objects.get()
        with pytest.raises(IntegrityError), transaction.atomic():
            WebhookDelivery.objects.create(
                event=delivery.event,
                subscription=delivery.subscription,
                outbox=OutboxMessage.objects.create(kind="webhook", deliver_after=now()),
                created_at=now(),
            )


def test_repeated_failure_turns_the_webhook_off_tells_the_lead_and_it_can_be_sent_again(
    lead_a, officer, practitioner, supervisor, django_capture_on_commit_callbacks
):
    at = TUESDAY_10AM
    with receiver([500] * (len(RETRY_AFTER) + 1)) as r:
        with time_machine.travel(at, tick=False):
            webhook, _ = do_create_webhook(actor=lead_a, url=r.url, events=["share.created"])
            share_with(approved_referral(officer, practitioner, supervisor), practitioner)
        for wait in (timedelta(0), *RETRY_AFTER):
            at += wait
            with (
                time_machine.travel(at, tick=False),
                django_capture_on_commit_callbacks(execute=True),
            ):
                deliver_escalations.delay()
        assert len(r.calls) == len(RETRY_AFTER) + 1
        webhook.refresh_from_db()
        delivery = WebhookDelivery.objects.get()
        assert not webhook.is_active
        assert "HTTP 500" in webhook.disabled_reason
        assert delivery.status == WebhookDeliveryStatus.FAILED
        assert Notification.objects.filter(user=lead_a, title__icontains="turned off").exists()
        assert mail.outbox[-1].to == [lead_a.email]
        assert AuditEvent.objects.filter(action="webhook.turned_off").count() == 1
        # Later events are not sent while it is off.
        with time_machine.travel(at + timedelta(hours=1), tick=False):
            share_with(approved_referral(officer, practitioner, supervisor), practitioner)
            deliver_escalations.delay()
        assert len(r.calls) == len(RETRY_AFTER) + 1

        # The lead fixes the receiver, turns the webhook on and sends the missed one again.
        with pytest.raises(ActionError):
            do_replay_webhook_delivery(delivery, actor=lead_a)
        with time_machine.travel(at + timedelta(hours=2), tick=False):
            do_set_webhook_active(webhook, actor=lead_a, active=True)
            replay = do_replay_webhook_delivery(delivery, actor=lead_a)
            deliver_escalations.delay()
        replay.refresh_from_db()
        assert replay.status == WebhookDeliveryStatus.DELIVERED
        assert r.calls[-1].headers["webhook-id"] == delivery.event.uid
        assert r.delivered == [r.calls[-1]]


def test_each_event_type_is_sent_with_its_ids(
    lead_a, officer, practitioner, supervisor, django_capture_on_commit_callbacks
):
    with receiver() as r:
        do_create_webhook(actor=lead_a, url=r.url, events=ALL_EVENTS)
        referral = approved_referral(officer, practitioner, supervisor)
        with django_capture_on_commit_callbacks(execute=True):
            first = share_with(referral, practitioner)
            second = share_with(referral, practitioner)
            message = do_post_share_message(second, actor=practitioner, body="Any news?")
            do_post_share_message(second, actor=lead_a, body="Not yet")  # not sent to itself
            isr = do_raise_isr(
                IsrInput(
                    urgency="routine",
                    reason="History",
                    lawful_basis="ca1989_s47",
                    subject_name="Sam Example",
                ),
                actor=lead_a,
            )
            do_withdraw_share(second, actor=practitioner, reason="Sent in error")
        deliver_escalations.delay()
    got = [(b["type"], b["data"]) for b in (json.loads(c.body) for c in r.calls)]
    agency = {"agency": "herefordshire-cs"}
    assert sorted(got, key=str) == sorted(
        [
            ("share.created", {**agency, "share_id": first.pk}),
            ("share.new_version", {**agency, "share_id": second.pk}),
            ("message.received", {**agency, "share_id": second.pk, "message_id": message.pk}),
            ("isr.raised", {**agency, "isr_id": isr.pk}),
            ("share.withdrawn", {**agency, "share_id": second.pk}),
        ],
        key=str,
    )


def test_only_the_agencys_lead_subscribes_and_only_to_an_https_or_allowed_address(
    settings, lead_a, partner_a, partner_b
):
    with pytest.raises(ActionPermissionError):
        do_create_webhook(actor=partner_a, url="https://hfd.example/hook", events=ALL_EVENTS)
    settings.OUTBOUND_ALLOW_LOOPBACK_HTTP = False
    for url, words in [
        ("http://127.0.0.1:9/hook", "https://"),
        ("http://hfd.example/hook", "https://"),
        ("https://10.1.2.3/hook", "public address"),
        ("https://127.0.0.1/hook", "public address"),
        ("https://user:pw@hfd.example/hook", "passwords"),
        ("hfd.example/hook", "full web address"),
    ]:
        with pytest.raises(ActionError, match=words) as refused:
            do_create_webhook(actor=lead_a, url=url, events=ALL_EVENTS)
        assert refused.value.field == "url"
    with pytest.raises(ActionError, match="event"):
        do_create_webhook(actor=lead_a, url="https://hfd.example/hook", events=["nonsense"])
    webhook, _ = do_create_webhook(
        actor=lead_a, url="https://hfd.example/hook", events=["share.created"]
    )
    assert webhook.agency_id == lead_a.agency_id
    assert AuditEvent.objects.filter(action="webhook.create", object_id=str(webhook.pk)).exists()
    assert "whsec_" not in json.dumps(
        list(AuditEvent.objects.filter(action="webhook.create").values_list("details", flat=True))
    )


def test_the_lead_sees_the_log_and_another_agency_gets_404(
    client_for, lead_a, partner_b, officer, practitioner, supervisor
):
    with receiver([500]) as r:
        webhook, _ = do_create_webhook(actor=lead_a, url=r.url, events=ALL_EVENTS)
        share = share_with(approved_referral(officer, practitioner, supervisor), practitioner)
        deliver_escalations.delay()
    page = client_for(lead_a).get(f"/partners/webhooks/{webhook.pk}/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "HTTP 500" in text
    assert f"Share {share.pk}" in text
    assert webhook.secret not in text
    other_lead = UserFactory(username="lead.b", roles=["partner_lead"], agency=partner_b.agency)
    assert client_for(other_lead).get(f"/partners/webhooks/{webhook.pk}/").status_code == 404
    delivery = WebhookDelivery.objects.get()
    replay = f"/partners/webhooks/{webhook.pk}/deliveries/{delivery.pk}/replay/"
    assert client_for(other_lead).post(replay).status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=other_lead).count() == 2


def test_the_new_webhook_page_shows_the_secret_once(client_for, lead_a):
    client = client_for(lead_a)
    errors = client.post("/partners/webhooks/new/", {"url": "ftp://x", "events": []})
    assert "Choose at least one event" in errors.content.decode()
    created = client.post(
        "/partners/webhooks/new/",
        {"url": "https://hfd.example/hook", "events": ["share.created", "isr.answered"]},
    )
    assert created.status_code == 200
    assert "no-cache" in created["Cache-Control"]
    webhook = lead_a.agency.webhooks.get()
    assert webhook.secret in created.content.decode()
    assert webhook.secret not in client.get(f"/partners/webhooks/{webhook.pk}/").content.decode()
    assert webhook.secret not in client.get("/partners/webhooks/").content.decode()


def test_the_worked_example_in_the_docs_is_what_vhub_signs():
    secret = "whsec_FTrv+DhJK32o9XiEfXPD3psvWGe1iUpSOdzn+LCc0FA="
    body = (
        b'{"data":{"agency":"herefordshire-cs","share_id":4182},'
        b'"timestamp":"2026-11-23T09:59:58.412000+00:00","type":"share.created"}'
    )
    msg_id = "msg_2f1c9a4e8b7d4c0fa3e6b5d2c1f0e9a8"
    signature = "v1,32fVo8UuklxanIeAf7UmCwhCqZ/T2oxqTlAtJi3+vLU="
    assert sign(secret, msg_id, 1795428000, body) == signature
    headers = {"webhook-id": msg_id, "webhook-timestamp": "1795428000"}
    at = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    # Several signatures (a secret being rotated): one that matches is enough.
    assert verify(secret, {**headers, "webhook-signature": f"v1,bm9wZQ== {signature}"}, body, at=at)
    assert not verify(
        secret, {**headers, "webhook-signature": signature}, body, at=at + timedelta(minutes=6)
    )


def _stored_secret(webhook_id: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT secret FROM partners_webhooksubscription WHERE id = %s", [webhook_id]
        )
        return cursor.fetchone()[0]


def test_the_signing_secret_is_encrypted_in_the_database_and_still_signs(
    lead_a, officer, practitioner, supervisor, django_capture_on_commit_callbacks
):
    with receiver() as r, time_machine.travel(TUESDAY_10AM, tick=False):
        webhook, secret = do_create_webhook(actor=lead_a, url=r.url, events=ALL_EVENTS)
        stored = _stored_secret(webhook.pk)
        assert secret.startswith("whsec_")
        assert secret not in stored
        assert secret.removeprefix("whsec_") not in stored
        assert WebhookSubscription.objects.get(pk=webhook.pk).secret == secret
        referral = approved_referral(officer, practitioner, supervisor)
        with django_capture_on_commit_callbacks(execute=True):
            share_with(referral, practitioner)
        [call] = r.calls
        assert verify(secret, call.headers, call.body, at=now())


def test_a_rotated_key_still_decrypts_and_reencrypt_moves_every_secret_to_the_new_key(
    lead_a, settings
):
    webhook, secret = do_create_webhook(
        actor=lead_a, url="https://hfd.example/hook", events=["share.created"]
    )
    old_key = settings.SECRET_KEY
    settings.SECRET_KEY = "a-new-key-" + "x" * 50
    # Without the old key the secret cannot be read: a clear error, not a wrong signature.
    with pytest.raises(ValueError, match="SECRET_KEY_FALLBACKS"):
        WebhookSubscription.objects.get(pk=webhook.pk)
    settings.SECRET_KEY_FALLBACKS = [old_key]
    assert WebhookSubscription.objects.get(pk=webhook.pk).secret == secret
    before = _stored_secret(webhook.pk)
    out = StringIO()
    call_command("reencrypt_secrets", stdout=out)
    assert "1 webhook signing secrets re-encrypted" in out.getvalue()
    assert _stored_secret(webhook.pk) != before
    settings.SECRET_KEY_FALLBACKS = []
    assert WebhookSubscription.objects.get(pk=webhook.pk).secret == secret
    event = AuditEvent.objects.get(action="webhook.secrets_reencrypt")
    assert event.details == {"webhooks": 1, "channel": "command"}


def test_the_migration_encrypts_secrets_stored_in_plain_and_its_reverse_restores_them(lead_a):
    migration = importlib.import_module("partners.migrations.0015_webhook_secret_encrypted")
    webhook, secret = do_create_webhook(
        actor=lead_a, url="https://hfd.example/hook", events=["share.created"]
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE partners_webhooksubscription SET secret = %s WHERE id = %s",
            [secret, webhook.pk],
        )
    editor = connection.schema_editor()
    migration.encrypt_secrets(None, editor)
    assert _stored_secret(webhook.pk) != secret
    assert WebhookSubscription.objects.get(pk=webhook.pk).secret == secret
    migration.encrypt_secrets(None, editor)  # run twice, nothing encrypted twice
    assert WebhookSubscription.objects.get(pk=webhook.pk).secret == secret
    migration.decrypt_secrets(None, editor)
    assert _stored_secret(webhook.pk) == secret
