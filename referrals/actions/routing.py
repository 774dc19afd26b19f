"""Routing a referral to the local authority it belongs to."""

from django.db import transaction

from accounts.models import User
from audit.actions import record_event
from referrals import sla
from referrals.lifecycle import lock_referral
from referrals.models import (
    Referral,
    SlaClock,
)
from vhub.errors import ActionError, ActionPermissionError
from vhub.models import Agency
from vhub.roles import Role


@transaction.atomic
def do_route_referral(referral: Referral, *, actor: User, agency: Agency, reason: str) -> Referral:
    """A practitioner sends a referral to another local authority, saying why."""
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors re-route referrals.")
    if not reason.strip():
        raise ActionError("Say why the referral belongs to this local authority.", field="reason")
    referral = lock_referral(referral)
    previous = referral.local_authority
    if previous == agency:
        raise ActionError(f"{referral.reference} is already with {agency}.", field="agency")
    referral.local_authority = agency
    referral.routing_note = (
        f"Re-routed by {actor.get_full_name() or actor.get_username()}: {reason}"
    )
    referral.version += 1
    referral.save(update_fields=["local_authority", "routing_note", "version", "updated_at"])
    # School-day clocks follow the new authority's term dates.
    sla.recompute_open_clocks(SlaClock.objects.filter(referral=referral))
    record_event(
        "referral.route",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"from": str(previous or ""), "to": str(agency), "reason": reason},
    )
    return referral
