"""Webhooks: a partner agency's own system is called when something happens for the agency
(docs/webhooks.md). A call names the event and the ids of what it is about, never case data: the
receiver reads the share or request itself, through the portal or the partner API.

Each call is signed following the Standard Webhooks convention (headers `webhook-id`,
`webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, with
the subscription's `whsec_` secret), written in the transaction of the event as one
`WebhookDelivery` per subscription under a unique constraint, with its outbox row
(`referrals.OutboxMessage`); the outbox's worker sends it (`send_delivery` below), retries with
backoff, and after the last failure gives up and turns the subscription off, telling the partner
lead. The lead's delivery log lists every attempt and can send a delivery again.
"""

import base64
import hashlib
import hmac
import json
import logging
import secrets
import time
import uuid
from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import connection, transaction
from django.db.models import Prefetch, QuerySet
from django.urls import reverse

from accounts.models import User
from audit.actions import record_event
from partners.models import (
    InformationRequest,
    Share,
    ShareMessage,
    WebhookAttempt,
    WebhookDelivery,
    WebhookDeliveryStatus,
    WebhookEvent,
    WebhookEventType,
    WebhookSubscription,
)
from referrals.models import Notification, OutboxKind, OutboxMessage
from referrals.outbox_calls import CallResult, retry_in
from referrals.tasks import deliver_calls
from vhub.clock import now
from vhub.crypto import decrypt, reencrypt
from vhub.errors import ActionError, ActionPermissionError
from vhub.models import Agency
from vhub.outbound import OutboundCallFailed, OutboundURLError, check_outbound_url, post_json
from vhub.roles import Role

logger = logging.getLogger(__name__)

# The convention's prefix of a signing secret, not a secret.
SECRET_PREFIX = "whsec_"  # noqa: S105 # nosec B105
SIGNATURE_VERSION = "v1"
MAX_SUBSCRIPTIONS = 10  # per agency: each event is sent to each of them


# --- Signing (the Standard Webhooks convention) -------------------------------------------------


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def _key(secret: str) -> bytes:
    return base64.b64decode(secret.removeprefix(SECRET_PREFIX))


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """`v1,` and the base64 HMAC-SHA256, keyed with the secret's bytes, of "id.timestamp.body"."""
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(_key(secret), signed, hashlib.sha256).digest()
    return f"{SIGNATURE_VERSION},{base64.b64encode(digest).decode()}"


def signed_headers(secret: str, msg_id: str, at: datetime, body: bytes) -> dict[str, str]:
    timestamp = int(at.timestamp())
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, msg_id, timestamp, body),
    }


def payload(event: WebhookEvent) -> bytes:
    """The body of a call: the event's type, when it happened and the ids it is about."""
    data: dict[str, object] = {"agency": event.agency.slug}
    for name in ("share_id", "isr_id", "message_id"):
        if getattr(event, name) is not None:
            data[name] = getattr(event, name)
    body = {"type": event.type, "timestamp": event.created_at.isoformat(), "data": data}
    return json.dumps(body, separators=(",", ":"), sort_keys=True).encode()


# --- Events: written by the actions, in their transaction ---------------------------------------


def _queue(
    subscriptions: list[WebhookSubscription], event: WebhookEvent, **extra: object
) -> list[WebhookDelivery]:
    at = now()
    messages = OutboxMessage.objects.bulk_create(
        OutboxMessage(kind=OutboxKind.WEBHOOK, deliver_after=at) for _ in subscriptions
    )
    deliveries = WebhookDelivery.objects.bulk_create(
        WebhookDelivery(event=event, subscription=s, outbox=m, created_at=at, **extra)
        for s, m in zip(subscriptions, messages, strict=True)
    )
    transaction.on_commit(lambda: deliver_calls.delay())
    return deliveries


def emit(
    agency_id: int,
    event_type: str,
    *,
    share: Share | None = None,
    isr: InformationRequest | None = None,
    message: ShareMessage | None = None,
) -> WebhookEvent | None:
    """The event happened for the agency: one delivery for each of its active subscriptions
    to this type of event (none written when nobody listens)."""
    subscriptions = list(
        WebhookSubscription.objects.filter(
            agency_id=agency_id, is_active=True, events__contains=[event_type]
        ).order_by("pk")
    )
    if not subscriptions:
        return None
    event = WebhookEvent.objects.create(
        uid=f"msg_{uuid.uuid4().hex}",
        agency_id=agency_id,
        type=event_type,
        share=share,
        isr=isr,
        message=message,
        created_at=now(),
    )
    _queue(subscriptions, event)
    return event


def share_sent(share: Share, *, supersedes: bool) -> None:
    kind = WebhookEventType.SHARE_NEW_VERSION if supersedes else WebhookEventType.SHARE_CREATED
    emit(share.agency_id, kind, share=share)


# --- Sending: the outbox's worker calls this for each due delivery ------------------------------


def _leads(agency_id: int) -> list[User]:
    return list(
        User.objects.filter(
            is_active=True, agency_id=agency_id, groups__name=Role.PARTNER_LEAD
        ).distinct()
    )


def _turn_off(subscription: WebhookSubscription, *, at: datetime, reason: str) -> None:
    """After repeated failure: the subscription stops, and the agency's partner leads are told
    (in VHub and by e-mail, with no case data)."""
    subscription.is_active = False
    subscription.disabled_at = at
    subscription.disabled_reason = reason[:300]
    subscription.save(update_fields=["is_active", "disabled_at", "disabled_reason"])
    leads = _leads(subscription.agency_id)
    url = reverse("partners:webhook", args=[subscription.pk])
    title = "Your agency's webhook has been turned off"
    body = (
        f"Calls to {subscription.url} kept failing ({reason[:120]}), so VHub has stopped "
        "sending them. Fix the receiver, turn the webhook back on, and send again what it missed."
    )
    Notification.objects.bulk_create(
        Notification(user=lead, title=title, body=body, url=url, created_at=at) for lead in leads
    )
    record_event(
        "webhook.turned_off",
        actor=None,
        obj=subscription,
        details={"url": subscription.url, "reason": reason[:300], "told": [u.pk for u in leads]},
    )
    addresses = [lead.email for lead in leads if lead.email]

    def _email() -> None:
        for address in addresses:  # one refused address must not stop the others
            try:
                send_mail(
                    subject=f"VHub: {title}",
                    message=f"{body}\n\nOpen it in VHub: {settings.SITE_URL}{url}",
                    from_email=None,
                    recipient_list=[address],
                )
            except Exception as exc:
                logger.warning("Webhook notice e-mail to %s failed: %s", address, exc)

    transaction.on_commit(_email)


def send_delivery(message: OutboxMessage, at: datetime) -> CallResult:
    """One call of one delivery, logged as an attempt."""
    delivery = (
        WebhookDelivery.objects.select_for_update(of=("self",))
        .select_related("event__agency", "subscription")
        .get(outbox=message)
    )
    subscription = delivery.subscription
    if not subscription.is_active:
        delivery.status, delivery.finished_at = WebhookDeliveryStatus.DROPPED, at
        delivery.save(update_fields=["status", "finished_at"])
        return CallResult(sent=False, dropped=True)
    body = payload(delivery.event)
    headers = signed_headers(subscription.secret, delivery.event.uid, at, body)
    started = time.monotonic()
    status: int | None
    try:
        answer = post_json(subscription.url, body, headers)
    except OutboundCallFailed as exc:
        status, error = exc.status, exc.message
    except OutboundURLError as exc:
        status, error = None, str(exc)
    else:
        status, error = answer.status, ""
    WebhookAttempt.objects.create(
        delivery=delivery,
        at=at,
        status_code=status,
        error=error[:300],
        duration_ms=int((time.monotonic() - started) * 1000),
    )
    if not error:
        delivery.status, delivery.finished_at = WebhookDeliveryStatus.DELIVERED, at
        delivery.save(update_fields=["status", "finished_at"])
        return CallResult(sent=True)
    wait = retry_in(message.attempts + 1)
    if wait is None:
        delivery.status, delivery.finished_at = WebhookDeliveryStatus.FAILED, at
        delivery.save(update_fields=["status", "finished_at"])
        _turn_off(subscription, at=at, reason=error)
    return CallResult(sent=False, error=error, retry_after=wait)


# --- The partner lead's actions -----------------------------------------------------------------


def _require_lead_of(actor: User, agency_id: int | None = None) -> Agency:
    if actor.agency is None or not (actor.is_partner and actor.has_role(Role.PARTNER_LEAD)):
        raise ActionPermissionError("Only your agency's partner lead manages its webhooks.")
    if agency_id is not None and actor.agency_id != agency_id:
        raise ActionPermissionError("You can only manage your own agency's webhooks.")
    return actor.agency


@transaction.atomic
def do_create_webhook(
    *, actor: User, url: str, events: Iterable[str], description: str = ""
) -> tuple[WebhookSubscription, str]:
    """The partner lead subscribes a URL of their agency's system to events. Returns the
    subscription and its signing secret, shown this once."""
    agency = _require_lead_of(actor)
    try:
        url = check_outbound_url(url)
    except OutboundURLError as exc:
        raise ActionError(str(exc), field="url") from exc
    chosen = sorted(set(events))
    if not chosen or set(chosen) - set(WebhookEventType.values):
        raise ActionError("Choose at least one event to be told about.", field="events")
    if WebhookSubscription.objects.filter(agency=agency, is_active=True).count() >= (
        MAX_SUBSCRIPTIONS
    ):
        raise ActionError(
            f"Your agency has {MAX_SUBSCRIPTIONS} webhooks on; turn one off first.", field="url"
        )
    secret = new_secret()
    subscription = WebhookSubscription.objects.create(
        agency=agency,
        url=url,
        description=description.strip(),
        events=chosen,
        secret=secret,
        created_at=now(),
        created_by=actor,
    )
    record_event(
        "webhook.create",
        actor=actor,
        obj=subscription,
        details={"agency": agency.name, "url": url, "events": chosen},
    )
    return subscription, secret


@transaction.atomic
def do_set_webhook_active(
    subscription: WebhookSubscription, *, actor: User, active: bool
) -> WebhookSubscription:
    """The partner lead turns a webhook off, or back on (after fixing a failing receiver)."""
    _require_lead_of(actor, subscription.agency_id)
    subscription = WebhookSubscription.objects.select_for_update().get(pk=subscription.pk)
    if subscription.is_active == active:
        raise ActionError(f"This webhook is already {'on' if active else 'off'}.")
    if active:
        try:
            check_outbound_url(subscription.url)
        except OutboundURLError as exc:
            raise ActionError(f"{exc} Add a new webhook with a good address instead.") from exc
    subscription.is_active = active
    subscription.disabled_at = None if active else now()
    subscription.disabled_reason = "" if active else f"Turned off by {actor}"
    subscription.save(update_fields=["is_active", "disabled_at", "disabled_reason"])
    record_event(
        "webhook.turn_on" if active else "webhook.turn_off",
        actor=actor,
        obj=subscription,
        details={"url": subscription.url},
    )
    return subscription


@transaction.atomic
def do_replay_webhook_delivery(delivery: WebhookDelivery, *, actor: User) -> WebhookDelivery:
    """Send a delivery again (a receiver that was down, or lost what it got): a new delivery of
    the same event, with the same `webhook-id`, so a receiver that had it can tell."""
    subscription = WebhookSubscription.objects.select_for_update().get(pk=delivery.subscription_id)
    _require_lead_of(actor, subscription.agency_id)
    if not subscription.is_active:
        raise ActionError("Turn the webhook on before sending anything again.")
    first = delivery.replay_of or delivery
    [replay] = _queue([subscription], first.event, replay_of=first, replayed_by=actor)
    record_event(
        "webhook.replay",
        actor=actor,
        obj=subscription,
        details={"event": first.event.uid, "type": first.event.type, "delivery": first.pk},
    )
    return replay


@transaction.atomic
def do_reencrypt_webhook_secrets(*, actor: User | None) -> int:
    """After `SECRET_KEY` is rotated (the old key kept in `SECRET_KEY_FALLBACKS`): every signing
    secret rewritten under the current key, so the old key can then be dropped. Returns how
    many were rewritten. The secrets themselves do not change, so receivers need do nothing."""
    rewritten = 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, secret FROM partners_webhooksubscription FOR UPDATE")
        for pk, token in cursor.fetchall():
            fresh = reencrypt(token)
            if decrypt(fresh) != decrypt(token):  # pragma: no cover - a broken key, not a path
                raise ActionError(f"Webhook {pk}'s secret did not survive re-encryption.")
            cursor.execute(
                "UPDATE partners_webhooksubscription SET secret = %s WHERE id = %s", [fresh, pk]
            )
            rewritten += 1
    record_event("webhook.secrets_reencrypt", actor=actor, details={"webhooks": rewritten})
    return rewritten


# --- Reads for the partner lead's pages ---------------------------------------------------------


def agency_webhooks(agency_id: int) -> QuerySet[WebhookSubscription]:
    return WebhookSubscription.objects.filter(agency_id=agency_id).order_by("-is_active", "pk")


def delivery_log(subscription_id: int) -> QuerySet[WebhookDelivery]:
    """A subscription's deliveries, newest first, each with its attempts (two queries a page)."""
    return (
        WebhookDelivery.objects.filter(subscription_id=subscription_id)
        .select_related("event", "outbox")
        .prefetch_related(Prefetch("attempts", queryset=WebhookAttempt.objects.order_by("at")))
        .order_by("-created_at", "-id")
    )
