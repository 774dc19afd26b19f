"""Writing the audit trail. Every action, access helper and read path calls record_event."""

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, date
from typing import TYPE_CHECKING, Any

from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction

from audit.context import count_denial, current_context
from audit.models import AuditEvent, RetentionReview, RetentionStatus
from vhub import prepared
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role

if TYPE_CHECKING:
    from accounts.models import User
    from audit.models import RetentionReview

GENESIS_HASH = "0" * 64
# Any constant 64-bit key: serialises appends to the chain across processes.
_CHAIN_LOCK_KEY = 0x564855420001


# The chain's lock, then its head, in one round trip (migration audit/0010_chain_head_function):
# the head is read by a statement of its own inside a VOLATILE function, so its snapshot is taken
# once the lock is held and includes the previous holder's committed event.
_LOCK_AND_HEAD_SQL = "SELECT audit_chain_head(%s)"


def canonical_content(event: AuditEvent) -> bytes:
    """The bytes that an event's hash covers. Changing this breaks every existing chain."""
    content = {
        "occurred_at": event.occurred_at.astimezone(UTC).isoformat(),
        "actor_id": event.actor_id,
        "actor_label": event.actor_label,
        "agency_id": event.agency_id,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "referral_id": event.referral_id,
        "ip": event.ip,
        "user_agent": event.user_agent,
        "details": event.details,
        "prev_hash": event.prev_hash,
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def compute_hash(event: AuditEvent) -> str:
    return hashlib.sha256(canonical_content(event)).hexdigest()


def record_event(
    action: str,
    *,
    actor: Any | None,
    obj: models.Model | None = None,
    referral: Any | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain.

    Appends are serialised by a transaction-level advisory lock so the chain stays linear under
    concurrent writers. Inside an action, call this after taking the action's row locks, so the
    lock order is always rows first, then the chain.
    """
    return record_events(
        [{"action": action, "actor": actor, "obj": obj, "referral": referral, "details": details}]
    )[0]


def record_events(events: list[dict[str, Any]]) -> list[AuditEvent]:
    """Append several events, in order, under one take of the lock and in one INSERT; each
    item holds `record_event`'s arguments."""
    if not events:
        return []
    context = current_context()
    built = []
    for spec in events:
        actor, obj, referral = spec["actor"], spec.get("obj"), spec.get("referral")
        # Normalise details through JSON now so the hash covers exactly what the database
        # stores; PostgreSQL cannot store a NUL character, which anyone can type into a URL.
        text = json.dumps(spec.get("details") or {}, cls=DjangoJSONEncoder)
        clean_details = json.loads(text.replace("\\u0000", "\\ufffd"))
        if context.channel != "web":
            clean_details.setdefault("channel", context.channel)
        authenticated = actor is not None and getattr(actor, "is_authenticated", False)
        built.append(
            AuditEvent(
                actor=actor if authenticated else None,
                actor_label=(actor.get_username() if authenticated else "system")[:200],
                agency_id=getattr(actor, "agency_id", None) if authenticated else None,
                action=spec["action"],
                object_type=obj._meta.label_lower if obj is not None else "",
                object_id=str(obj.pk) if obj is not None else "",
                referral_id=referral.pk if referral is not None else None,
                ip=context.ip,
                user_agent=context.user_agent.replace("\x00", "\ufffd"),
                details=clean_details,
            )
        )
    # No savepoint inside a caller's transaction (two statements fewer): a failed append fails
    # the caller's action with it, as it must.
    with transaction.atomic(savepoint=False):
        with connection.cursor() as cursor:
            # Plain SQL: the ORM's compilation cost more than the index read itself (0.45
            # against 0.07 ms median, bench/README.md). NULL while the chain is empty.
            cursor.execute(_LOCK_AND_HEAD_SQL, [_CHAIN_LOCK_KEY])
            (head,) = cursor.fetchone()
        previous = head or GENESIS_HASH
        for event in built:
            event.occurred_at = now()
            event.prev_hash = previous
            event.hash = previous = compute_hash(event)
        prepared.insert(built)
    return built


# A list of case data read: one event per page shown (DESIGN.md §7). Its details name the list
# ("page"), the filters and page number it was shown with, and the id of every referral (and,
# for lists of people, every person) on it, so "who has seen this child" and a referral's
# access log find the list without one event per row (audit.selectors.listed).
LIST_VIEW = "case_list.view"


def record_list_view(
    actor: Any,
    page: str,
    *,
    referrals: Iterable[int | None] = (),
    people: Iterable[int | None] = (),
    action: str = LIST_VIEW,
    obj: models.Model | None = None,
    **details: Any,
) -> AuditEvent:
    """Audit one page of a list of case data. `action` is for the few lists that have had an
    event of their own since before this helper (the dashboard, the MARAC list…)."""
    shown: dict[str, Any] = {"page": page, **details}
    shown["referrals"] = list(dict.fromkeys(i for i in referrals if i is not None))
    persons = list(dict.fromkeys(i for i in people if i is not None))
    if persons:
        shown["people"] = persons
    return record_event(action, actor=actor, obj=obj, details=shown)


def record_denial(actor: Any, *, object_type: str, object_id: Any, reason: str) -> AuditEvent:
    """Audit a refused access. The caller answers 404 so the object's existence is not revealed."""
    event = record_event(
        "access.denied",
        actor=actor,
        details={"object_type": object_type, "object_id": str(object_id), "reason": reason},
    )
    count_denial()
    return event


# --- Retention review (DESIGN.md §7): nothing is deleted, every decision is on the trail -------


def _check_retention_decision(actor: "User", reason: str) -> None:
    if not actor.has_role(Role.SUPERVISOR):
        raise ActionPermissionError("Only supervisors decide whether records are kept.")
    if not reason.strip():
        raise ActionError("Give the reason for your decision.", field="reason")


@transaction.atomic
def do_retain_referral(
    review: "RetentionReview", *, actor: "User", reason: str, next_review: date | None
) -> "RetentionReview":
    """Keep the referral's records, with a reason, until the next review date."""
    _check_retention_decision(actor, reason)
    review = (
        RetentionReview.objects.select_for_update().select_related("referral").get(pk=review.pk)
    )
    if next_review is None or next_review <= now().date():
        raise ActionError("Choose a next review date in the future.", field="next_review")
    previous_due = review.review_due
    review.status = RetentionStatus.RETAINED
    review.review_due = next_review
    review.decided_by = actor
    review.decided_at = now()
    review.reason = reason
    review.save()
    record_event(
        "retention.retain",
        actor=actor,
        obj=review,
        referral=review.referral,
        details={
            "reason": reason,
            "previous_review": previous_due.isoformat(),
            "next_review": next_review.isoformat(),
        },
    )
    return review


@transaction.atomic
def do_mark_for_disposal(
    review: "RetentionReview", *, actor: "User", reason: str
) -> "RetentionReview":
    """Mark the referral's records for disposal. Nothing is deleted here: disposal is a separate,
    supervised step (docs/audit.md), and the audit trail of the referral is never disposed of."""
    _check_retention_decision(actor, reason)
    review = (
        RetentionReview.objects.select_for_update().select_related("referral").get(pk=review.pk)
    )
    if review.status == RetentionStatus.MARKED_FOR_DISPOSAL:
        raise ActionError("This referral is already marked for disposal.")
    if review.review_due > now().date():
        raise ActionError("This referral is not due for review yet.")
    review.status = RetentionStatus.MARKED_FOR_DISPOSAL
    review.decided_by = actor
    review.decided_at = now()
    review.reason = reason
    review.save()
    record_event(
        "retention.mark_disposal",
        actor=actor,
        obj=review,
        referral=review.referral,
        details={"reason": reason, "review_due": review.review_due.isoformat()},
    )
    return review


def record_event_once(
    action: str, *, key: str, within_seconds: int, actor: Any | None, details: dict[str, Any]
) -> AuditEvent | None:
    """record_event, at most once per `key` within `within_seconds`. For refusals that come in
    floods (rate limits): one event per window says all there is to say, and a flood cannot
    turn into a flood of writes to the chain."""
    marker = "audit-once:" + hashlib.sha256(f"{action}\0{key}".encode()).hexdigest()
    if not cache.add(marker, 1, timeout=max(int(within_seconds), 1)):
        return None
    return record_event(action, actor=actor, details=details)
