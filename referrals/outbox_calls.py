"""Outbox rows that are calls to other systems (a partner's webhook, a Teams channel) rather than
notices to people: written in the transaction of what they report, sent by a worker, retried
with backoff, each row sent by one worker at a time.

The app that wrote a row knows how to send it: it registers a sender for its kind in
OUTBOX_SENDERS (a lower app cannot import a higher one). Each row is claimed with SKIP LOCKED
and sent in a transaction of its own, so a slow receiver holds one row, not a batch.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction

from referrals.models import OutboxMessage
from vhub.clock import now

logger = logging.getLogger(__name__)

# After the n-th failed attempt, the next one waits RETRY_AFTER[n - 1]; after the last, the call
# is given up (about a day of trying, as the Standard Webhooks convention suggests).
RETRY_AFTER = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
)


def retry_in(failures: int) -> timedelta | None:
    """How long to wait after `failures` failed attempts, or None: give up."""
    return RETRY_AFTER[failures - 1] if 0 < failures <= len(RETRY_AFTER) else None


@dataclass(frozen=True)
class CallResult:
    """What a sender did with one row: sent, or failed (`error`), to be tried again in
    `retry_after` or (None) given up."""

    sent: bool
    error: str = ""
    retry_after: timedelta | None = None
    # Nothing to send any more (its subscription is off, say): the row is finished, unsent.
    dropped: bool = False


# kind -> function(message, at) that makes the call and says how it went.
OUTBOX_SENDERS: dict[str, Callable[[OutboxMessage, datetime], CallResult]] = {}


def deliver_outbox_calls(at: datetime | None = None, limit: int = 100) -> int:
    """Send due call rows, oldest first, one transaction each. Returns how many were sent."""
    at = at or now()
    sent = 0
    for _ in range(limit):
        with transaction.atomic():
            message = (
                OutboxMessage.objects.select_for_update(skip_locked=True)
                .filter(
                    kind__in=list(OUTBOX_SENDERS),
                    delivered_at__isnull=True,
                    deliver_after__lte=at,
                )
                .order_by("deliver_after", "id")
                .first()
            )
            if message is None:
                break
            try:
                with transaction.atomic():  # a sender's half-done rows go with its failure
                    result = OUTBOX_SENDERS[message.kind](message, at)
            except Exception as exc:  # one faulty row must not stop the others
                logger.exception("Outbox call %s raised", message.pk)
                result = CallResult(
                    sent=False,
                    error=f"{type(exc).__name__}: {exc}",
                    retry_after=retry_in(message.attempts + 1),
                )
            if result.sent or result.dropped:
                # Finished with: sent, or nothing left to send.
                message.delivered_at = at
                sent += result.sent
            else:
                message.attempts += 1
                message.last_error = result.error[:300]
                if result.retry_after is None:
                    message.delivered_at = at  # given up; the sender has recorded why
                else:
                    message.deliver_after = at + result.retry_after
                logger.warning("Outbox call %s failed: %s", message.pk, result.error)
            message.save(update_fields=["delivered_at", "attempts", "last_error", "deliver_after"])
    return sent
