"""Anchoring the audit chain: signed checkpoints of its head, with a key the database never holds.

The hash chain alone proves only that the rows agree with each other: someone who can write the
table can cut its tail, empty it, or delete an event and recompute every hash after it. A
checkpoint records the head (last event, number of events, last hash) and signs it with an HMAC
key read from the environment or a file (AUDIT_CHECKPOINT_KEY / _FILE), so a chain changed after
a checkpoint no longer matches it, and a checkpoint changed to match no longer matches its
signature. Checkpoints are kept in the database, appended to AUDIT_CHECKPOINT_LOG when set, and
printed in the daily report, so copies leave the database's reach.
"""

import hashlib
import hmac
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from audit.actions import record_event
from audit.models import AuditCheckpoint, AuditEvent
from vhub.clock import now

MIN_KEY_LENGTH = 32
LOG_FIELDS = (
    "created_at",
    "last_event_id",
    "event_count",
    "head_hash",
    "reason",
    "key_id",
    "signature",
)


def _key() -> bytes:
    return str(settings.AUDIT_CHECKPOINT_KEY).encode()


def key_id(key: bytes | None = None) -> str:
    """A short digest naming the key (never the key), so a checkpoint says which key signed it."""
    return hashlib.sha256(b"vhub-audit-checkpoint-key:" + (key or _key())).hexdigest()[:16]


def _signed_bytes(checkpoint: AuditCheckpoint) -> bytes:
    return "\n".join(
        [
            "vhub-audit-checkpoint:v1",
            checkpoint.created_at.astimezone(UTC).isoformat(),
            str(checkpoint.last_event_id),
            str(checkpoint.event_count),
            checkpoint.head_hash,
        ]
    ).encode()


def sign(checkpoint: AuditCheckpoint, key: bytes | None = None) -> str:
    return hmac.new(key or _key(), _signed_bytes(checkpoint), hashlib.sha256).hexdigest()


def signature_matches(checkpoint: AuditCheckpoint, key: bytes | None = None) -> bool:
    return hmac.compare_digest(sign(checkpoint, key), checkpoint.signature)


@transaction.atomic
def do_record_checkpoint(*, reason: str) -> AuditCheckpoint:
    """Sign the chain's head. The checkpoint's own audit event is the head it signs; the chain's
    lock, taken by record_event, is held until commit, so nothing is appended in between."""
    event = record_event("audit.checkpoint", actor=None, details={"reason": reason})
    checkpoint = AuditCheckpoint(
        created_at=now(),
        last_event_id=event.pk,
        event_count=AuditEvent.objects.count(),
        head_hash=event.hash,
        reason=reason,
        key_id=key_id(),
    )
    checkpoint.signature = sign(checkpoint)
    checkpoint.save(force_insert=True)
    if settings.AUDIT_CHECKPOINT_LOG:
        path = Path(settings.AUDIT_CHECKPOINT_LOG)
        transaction.on_commit(lambda: append_to_log(checkpoint, path))
    return checkpoint


def daily_report_reason(day: date) -> str:
    return f"daily report {day.isoformat()}"


def checkpoint_for_report(day: date) -> AuditCheckpoint:
    """The checkpoint the daily report of `day` carries: taken once, when it is first sent.
    Call it outside a long transaction: the chain's lock is held until commit."""
    existing = AuditCheckpoint.objects.filter(reason=daily_report_reason(day)).first()
    return existing or do_record_checkpoint(reason=daily_report_reason(day))


# --- The checkpoint log: one JSON object a line, appended, never rewritten --------------------


def log_line(checkpoint: AuditCheckpoint) -> str:
    row: dict[str, Any] = {field: getattr(checkpoint, field) for field in LOG_FIELDS}
    row["created_at"] = checkpoint.created_at.astimezone(UTC).isoformat()
    return json.dumps(row, sort_keys=True)


def append_to_log(checkpoint: AuditCheckpoint, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as log:
        log.write(log_line(checkpoint) + "\n")


class CheckpointLogError(ValueError):
    pass


def read_log(path: Path) -> list[AuditCheckpoint]:
    """The checkpoints of an exported log, unsaved, for verify_audit --checkpoints."""
    checkpoints = []
    with path.open(encoding="utf-8") as log:
        for number, line in enumerate(log, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                checkpoints.append(
                    AuditCheckpoint(
                        created_at=datetime.fromisoformat(row["created_at"]),
                        last_event_id=int(row["last_event_id"]),
                        event_count=int(row["event_count"]),
                        head_hash=str(row["head_hash"]),
                        reason=str(row.get("reason", "")),
                        key_id=str(row.get("key_id", "")),
                        signature=str(row["signature"]),
                    )
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise CheckpointLogError(
                    f"{path}, line {number}: not a checkpoint ({exc})"
                ) from exc
    return checkpoints
