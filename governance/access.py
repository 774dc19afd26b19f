"""Who may open a person's or a referral's access log and subject-access exports (docs/audit.md)."""

from typing import NoReturn

from django.core.exceptions import PermissionDenied

from accounts.models import User
from audit.actions import record_denial
from audit.denials import deny_not_found
from referrals.access import REFERENCE
from referrals.models import Person, Referral
from vhub.roles import ACCESS_LOG_ROLES, Role


def _deny(user: "User", object_type: str, object_id: object, message: str) -> NoReturn:
    deny_not_found(
        user, object_type=object_type, object_id=object_id, reason="not found", message=message
    )


def access_person_for(user: "User", person_id: int, roles: tuple[Role, ...]) -> Person:
    """The person for a role-restricted audit page: 403 (audited) for the wrong role, 404
    (audited) for a person who does not exist."""
    if not user.has_role(*roles):
        # Named after the person, so the attempt shows in "who has seen this child".
        record_denial(
            user, object_type="referrals.person", object_id=person_id, reason="role not allowed"
        )
        raise PermissionDenied
    person = Person.objects.filter(pk=person_id).first()
    if person is None:
        _deny(user, "referrals.person", person_id, "No person found")
    return person


def access_referral_log(user: "User", reference: str) -> Referral:
    if not user.has_role(*ACCESS_LOG_ROLES):
        record_denial(
            user,
            object_type="referrals.referral",
            object_id=(reference or "")[:40],
            reason="role not allowed",
        )
        raise PermissionDenied
    referral = None
    if REFERENCE.fullmatch(reference or ""):
        referral = Referral.objects.filter(reference=reference).first()
    if referral is None:
        _deny(user, "referrals.referral", (reference or "")[:40], "No referral found")
    return referral
