"""Triage and allocation: starting triage, taking the next case, allocating referrals."""

from django.db import transaction

from accounts.models import User
from audit.actions import record_event
from referrals.lifecycle import lock_referral, transition
from referrals.models import (
    OPEN_STATUSES,
    Referral,
    ReferralStatus,
)
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role


@transaction.atomic
def do_start_triage(
    referral: Referral, *, actor: User, expected_version: int | None = None
) -> Referral:
    """A practitioner takes a submitted referral into triage; it is allocated to them if free."""
    referral = lock_referral(referral, expected_version=expected_version)
    if referral.allocated_to_id is None:
        allocate_on_first_touch(referral, actor)
    return transition(referral, ReferralStatus.IN_TRIAGE, actor=actor)


def allocate_on_first_touch(referral: Referral, actor: User) -> None:
    """Whoever first works an unallocated referral holds it (audited like any allocation)."""
    referral.allocated_to = actor
    referral.save(update_fields=["allocated_to", "updated_at"])
    record_event(
        "referral.allocate",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"to": actor.get_username(), "how": "took it into triage"},
    )


@transaction.atomic
def do_take_next_case(*, actor: User) -> Referral | None:
    """Hand the highest-priority unallocated referral to this practitioner. SKIP LOCKED means
    two people pressing at once each get a different case, and nobody waits on the other."""
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors take cases.")
    referral = (
        Referral.objects.select_for_update(skip_locked=True)
        .filter(status__in=OPEN_STATUSES, allocated_to__isnull=True)
        .order_by("-priority_score", "received_at", "id")
        .first()
    )
    if referral is None:
        return None
    referral.allocated_to = actor
    referral.version += 1
    referral.save(update_fields=["allocated_to", "version", "updated_at"])
    record_event(
        "referral.allocate",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"to": actor.get_username(), "how": "next case"},
    )
    return referral


@transaction.atomic
def do_allocate_referrals(referrals: list[Referral], *, actor: User, to: User) -> int:
    """A supervisor allocates (or reallocates) several referrals to one practitioner."""
    if not actor.has_role(Role.SUPERVISOR):
        raise ActionPermissionError("Only supervisors allocate work.")
    if not (to.is_active and to.has_role(Role.PRACTITIONER, Role.SUPERVISOR)):
        raise ActionError("Choose a practitioner to allocate to.", field="allocate_to")
    locked = list(
        Referral.objects.select_for_update()
        .filter(pk__in=[r.pk for r in referrals], status__in=OPEN_STATUSES)
        .order_by("id")
    )
    for referral in locked:
        previous = referral.allocated_to_id
        referral.allocated_to = to
        referral.version += 1
        record_event(
            "referral.allocate",
            actor=actor,
            obj=referral,
            referral=referral,
            details={"to": to.get_username(), "from_user_id": previous, "how": "supervisor"},
        )
    Referral.objects.bulk_update(locked, ["allocated_to", "version"])
    return len(locked)
