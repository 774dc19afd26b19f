"""Checking the audit chain end to end, and against every signed checkpoint of its head."""

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from audit.actions import GENESIS_HASH, compute_hash
from audit.checkpoints import signature_matches
from audit.models import AuditCheckpoint, AuditEvent

# What verify_audit can find, in the words it reports them with.
CHANGED = "changed event"
MISSING = "missing event"
TAIL_CUT = "tail cut"
TRUNCATED = "truncation"
REWRITTEN = "rewritten chain"


@dataclass(frozen=True)
class ChainReport:
    checked: int
    first_broken_id: int | None = None
    problem: str = ""
    finding: str = ""
    checkpoints: int = 0

    @property
    def ok(self) -> bool:
        return not self.finding


def _at(checkpoint: AuditCheckpoint) -> str:
    return f"the checkpoint of {checkpoint.created_at:%Y-%m-%d %H:%M:%S} UTC"


def verify_chain(
    checkpoints: Iterable[AuditCheckpoint] | None = None, batch_size: int = 5000
) -> ChainReport:
    """Walk the chain in order; stop at the first finding. `checkpoints` adds those of an
    exported log to the database's own (a checkpoint in both is checked once)."""
    anchors = {c.signature: c for c in AuditCheckpoint.objects.order_by("id")}
    for extra in checkpoints or ():
        anchors.setdefault(extra.signature, extra)
    ordered = sorted(anchors.values(), key=lambda c: (c.last_event_id, c.event_count))
    for checkpoint in ordered:
        if not signature_matches(checkpoint):
            return ChainReport(
                0,
                None,
                f"{_at(checkpoint)} (event {checkpoint.last_event_id}, "
                f"{checkpoint.event_count} events) does not match its signature: the checkpoint "
                "was altered or forged, most likely to cover a rewritten chain.",
                REWRITTEN,
                len(ordered),
            )
    pending = deque(c for c in ordered if c.event_count > 0)

    expected_prev = GENESIS_HASH
    checked = 0
    for event in AuditEvent.objects.order_by("id").iterator(chunk_size=batch_size):
        if event.prev_hash != expected_prev:
            return ChainReport(
                checked,
                event.pk,
                "its previous-hash does not match the event before it: an event before it is "
                "missing (or the one before was changed)",
                MISSING,
                len(ordered),
            )
        if compute_hash(event) != event.hash:
            return ChainReport(
                checked, event.pk, "its content does not match its hash", CHANGED, len(ordered)
            )
        expected_prev = event.hash
        checked += 1
        while pending and pending[0].last_event_id <= event.pk:
            anchor = pending.popleft()
            if anchor.last_event_id < event.pk:
                return ChainReport(
                    checked,
                    event.pk,
                    f"event {anchor.last_event_id}, the head signed by {_at(anchor)}, is no "
                    "longer in the trail although later events are: events were removed and "
                    "the hashes recomputed",
                    REWRITTEN,
                    len(ordered),
                )
            if anchor.head_hash != event.hash or anchor.event_count != checked:
                return ChainReport(
                    checked,
                    event.pk,
                    f"{_at(anchor)} signed this event with {anchor.event_count} events up to "
                    f"it and hash {anchor.head_hash[:12]}…; the trail now has {checked} events "
                    f"and hash {event.hash[:12]}…: the chain was rewritten after the checkpoint",
                    REWRITTEN,
                    len(ordered),
                )
    if pending:
        last = pending[-1]
        if checked == 0:
            return ChainReport(
                0,
                None,
                f"the trail is empty, but {_at(last)} recorded {last.event_count} events up to "
                f"event {last.last_event_id}",
                TRUNCATED,
                len(ordered),
            )
        return ChainReport(
            checked,
            None,
            f"the trail ends after {checked} events, but {_at(last)} recorded "
            f"{last.event_count} events up to event {last.last_event_id}: its last events were "
            "removed",
            TAIL_CUT,
            len(ordered),
        )
    return ChainReport(checked, checkpoints=len(ordered))
