"""Returning a referral to the officer who sent it, for missing information (the officer
corrects it through their form: officer/actions.py)."""

from django.db import transaction
from django.urls import reverse

from accounts.models import User
from referrals.lifecycle import lock_referral, transition
from referrals.models import Notification, Referral, ReferralDraft, ReferralSource, ReferralStatus
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role


@transaction.atomic
def do_return_to_officer(
    referral: Referral,
    *,
    actor: User,
    reason: str,
    expected_version: int | None = None,
) -> Referral:
    """A practitioner or supervisor sends a referral back to the officer who sent it, saying
    what is missing. The SLA clocks keep running (docs/sla.md): the child is still waiting."""
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors return referrals.")
    if not reason.strip():
        raise ActionError("Say what information is missing.", field="reason")
    referral = lock_referral(referral, expected_version=expected_version)
    if referral.source != ReferralSource.WEB:
        raise ActionError(
            "This referral came from a records system or the backlog import, not from an "
            "officer's form: ask the sender to correct it at source."
        )
    transition(referral, ReferralStatus.RETURNED_TO_OFFICER, actor=actor, reason=reason)
    referral.return_reason = reason.strip()
    referral.returned_at = now()
    referral.returned_by = actor
    if referral.allocated_to_id is None:
        referral.allocated_to = actor  # they asked, so they hear when it comes back
    referral.save(update_fields=["return_reason", "returned_at", "returned_by", "allocated_to"])
    # A correction the officer had started for an earlier return is out of date now.
    ReferralDraft.objects.filter(referral=referral).delete()
    Notification.objects.create(
        user=referral.submitted_by,
        title=f"{referral.reference} returned to you for missing information",
        body=reason.strip(),
        url=reverse("referrals:mine"),
        created_at=now(),
    )
    return referral
