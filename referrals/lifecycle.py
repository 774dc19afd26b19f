"""The single pathway of DESIGN.md §3: which status may follow which, and who may move it."""

from typing import TYPE_CHECKING

from django.db import transaction

from audit.actions import record_event
from referrals import sla
from referrals.models import Referral, ReferralStatus
from referrals.priority import recompute_one
from vhub.errors import ActionError, ActionPermissionError, StaleError
from vhub.roles import Role

if TYPE_CHECKING:
    from accounts.models import User

S = ReferralStatus
CASEWORK = frozenset({Role.PRACTITIONER, Role.SUPERVISOR})

# (from, to) -> roles that may make the move.
TRANSITIONS: dict[tuple[str, str], frozenset[str]] = {
    (S.SUBMITTED, S.IN_TRIAGE): CASEWORK,
    # Back to the referring officer for missing information, and back to the hub when they have
    # added it (the action checks that it is the same officer).
    (S.SUBMITTED, S.RETURNED_TO_OFFICER): CASEWORK,
    (S.IN_TRIAGE, S.RETURNED_TO_OFFICER): CASEWORK,
    (S.RETURNED_TO_OFFICER, S.SUBMITTED): frozenset({Role.OFFICER}),
    (S.IN_TRIAGE, S.AWAITING_APPROVAL): CASEWORK,
    (S.RETURNED, S.AWAITING_APPROVAL): CASEWORK,
    (S.RETURNED, S.IN_TRIAGE): CASEWORK,
    (S.AWAITING_APPROVAL, S.APPROVED): frozenset({Role.SUPERVISOR}),
    (S.AWAITING_APPROVAL, S.RETURNED): frozenset({Role.SUPERVISOR}),
    (S.AWAITING_APPROVAL, S.NO_FURTHER_ACTION): frozenset({Role.SUPERVISOR}),
    (S.APPROVED, S.SHARED): CASEWORK,
    # Closing (referrals/closure.py) with an outcome whose status is closed or no further
    # action: from any status in which the hub holds the referral, and after sharing.
    **{
        (before, after): CASEWORK
        for before in (S.SUBMITTED, S.IN_TRIAGE, S.RETURNED_TO_OFFICER, S.RETURNED, S.APPROVED)
        for after in (S.CLOSED, S.NO_FURTHER_ACTION)
    },
    (S.SHARED, S.CLOSED): CASEWORK,
    # A duplicate merged into another referral (do_merge_referral), open or shared.
    **{
        (before, S.MERGED): CASEWORK
        for before in (
            S.SUBMITTED,
            S.IN_TRIAGE,
            S.RETURNED_TO_OFFICER,
            S.RETURNED,
            S.APPROVED,
            S.SHARED,
        )
    },
    # Reopening with new information: back to triage.
    (S.CLOSED, S.IN_TRIAGE): CASEWORK,
    (S.NO_FURTHER_ACTION, S.IN_TRIAGE): CASEWORK,
}


def can_move(current: str, to: str) -> bool:
    return (current, to) in TRANSITIONS


def lock_referral(referral: Referral, *, expected_version: int | None = None) -> Referral:
    """Re-read the referral under a row lock; refuse if the caller's copy is out of date."""
    locked = Referral.objects.select_for_update().get(pk=referral.pk)
    if expected_version is not None and locked.version != expected_version:
        raise StaleError(
            f"{locked.reference} was changed by someone else while you were working on it. "
            "Nothing you entered has been saved over their change: reload the page, check it, "
            "and try again."
        )
    return locked


def transition(
    referral: Referral,
    to: str,
    *,
    actor: "User | None",
    reason: str = "",
    system: bool = False,
    clock_reason: str = "",
) -> Referral:
    """Move a locked referral to a new status, audited, in the caller's transaction.

    `system=True` (with no actor) is for moves the rules make by themselves, such as approving a
    grade that the supervision sample left out."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("transition() must run inside the action's transaction")
    current = referral.status
    allowed_roles = TRANSITIONS.get((current, to))
    if allowed_roles is None:
        raise ActionError(
            f"{referral.reference} is {referral.get_status_display().lower()}, so it cannot "
            f"become {S(to).label.lower()}."
        )
    if system and actor is None:
        pass
    elif actor is None or not actor.has_role(*allowed_roles):
        raise ActionPermissionError("Your role does not allow this step.")
    referral.status = to
    referral.version += 1
    referral.save(update_fields=["status", "version", "updated_at"])
    sla.on_transition(referral, current, to, reason=clock_reason)
    recompute_one(referral)
    record_event(
        "referral.transition",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"from": current, "to": to, "reason": reason},
    )
    return referral
