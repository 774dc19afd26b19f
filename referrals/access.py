"""The only way views, APIs and tasks look up a referral for a person."""

import re
from typing import TYPE_CHECKING, Literal, NoReturn

from django.http import Http404

from audit.actions import record_event
from audit.denials import deny_not_found, require_role
from referrals.models import ImportJob, Person, Referral, ReferralDraft
from vhub import prepared
from vhub.roles import Role

if TYPE_CHECKING:
    from accounts.models import User

Perm = Literal["view", "change"]
REFERENCE = re.compile(r"VH-\d{4}-\d{6,}")
_REFERRAL_FIELDS = tuple(f.name for f in Referral._meta.concrete_fields)


# Every referral page and action reads the referral, its incident type, local authority, sender,
# holder, closure outcome and the reference of the referral it was merged into (of that one, only
# what names it: not a second whole referral row). The reference is unique: no ORDER BY. Compiled
# once per process (vhub/prepared.py): Django compiling this six-table read cost more than
# running it (bench/README.md, issue 21).
_REFERRAL = prepared.Read(
    lambda: (
        Referral.objects.select_related(
            "incident_type",
            "local_authority",
            "submitted_by",
            "allocated_to",
            "closure_outcome",
            "merged_into",
        )
        .only(*_REFERRAL_FIELDS, "merged_into__reference")
        .filter(reference=prepared.Param("reference"))
        .order_by()
    )
)


def can_view_referral(user: "User", referral: Referral) -> bool:
    if user.is_vhub_case_reader:
        return True
    # An officer sees the referrals they sent.
    return user.has_role("officer") and referral.submitted_by_id == user.pk


def can_change_referral(user: "User", referral: Referral) -> bool:
    return user.is_vhub_caseworker


def access_referral(user: "User", reference: str, perm: Perm = "view") -> Referral:
    """The referral, or Http404 for missing and forbidden alike; a refusal is audited."""
    if not REFERENCE.fullmatch(reference or ""):
        _deny(user, reference[:40], "not a referral reference")
    found = _REFERRAL(reference=reference)
    referral = found[0] if found else None
    if referral is None:
        _deny(user, reference, "not found")
    elif not can_view_referral(user, referral):
        _deny(user, reference, "no view permission")
    elif perm == "change" and not can_change_referral(user, referral):
        _deny(user, reference, "no change permission")
    return referral


def view_referral(
    user: "User", reference: str, perm: Perm = "view", *, details: dict[str, object] | None = None
) -> Referral:
    """`access_referral` for a page or API response that shows the referral's case data: the
    read is audited (`referral.view`, with `details` such as which API view), a refusal too."""
    referral = access_referral(user, reference, perm)
    record_event("referral.view", actor=user, obj=referral, referral=referral, details=details)
    return referral


def _deny(user: "User", reference: str, reason: str) -> NoReturn:
    deny_not_found(
        user,
        object_type="referrals.referral",
        object_id=reference,
        reason=reason,
        message="No referral found",
    )


def access_person(user: "User", person_id: int) -> Person:
    """A person's record, for VHub staff only; everyone else gets the same 404, audited."""
    person = Person.objects.filter(pk=person_id).first() if user.is_vhub_case_reader else None
    if person is None:
        deny_not_found(
            user,
            object_type="referrals.person",
            object_id=person_id,
            reason="not visible",
            message="No person found",
        )
    return person


# Run before every intake, and almost always finds nothing: a fixed statement that PostgreSQL
# plans once per connection (vhub/prepared.py) costs about a tenth of the CPU of compiling the
# ORM's query each time. Only a replay loads the referral itself.
_INTAKE_ID_SQL = (
    f"SELECT id FROM {Referral._meta.db_table} "  # noqa: S608 # nosec B608: the model's table
    "WHERE source_system = %(source_system)s AND external_id = %(external_id)s"
)


def intake_referral(source_system: str, external_id: str) -> Referral | None:
    """The referral a records system (or the backlog import) sent under its own id, if any:
    callers are scoped to their own source system, so no other sender's referral is found."""
    rows, _ = prepared.execute(
        _INTAKE_ID_SQL, {"source_system": source_system, "external_id": external_id}
    )
    return Referral.objects.get(pk=rows[0][0]) if rows else None


def intake_referrals(source_system: str, external_ids: list[str]) -> dict[str, Referral]:
    """`intake_referral` for several ids at once (an import's batch): external id -> referral."""
    return {
        r.external_id: r
        for r in Referral.objects.filter(source_system=source_system, external_id__in=external_ids)
    }


def access_draft(user: "User", draft_id: int) -> ReferralDraft:
    """A draft referral, for the officer who is writing it and nobody else (the hub, other
    officers and every other role get the same 404, audited)."""
    draft = (
        ReferralDraft.objects.select_related("referral").filter(pk=draft_id, owner=user).first()
        if user.has_role("officer")
        else None
    )
    if draft is None:
        deny_not_found(
            user,
            object_type="referrals.referraldraft",
            object_id=draft_id,
            reason="not yours",
            message="No draft found",
        )
    return draft


def access_import_job(user: "User", job_id: int) -> ImportJob:
    """A backlog import: managers run them, supervisors read them (the digest and the risk
    scan); anyone else gets an audited 403, a missing one a 404."""
    require_role(user, Role.MANAGER, Role.SUPERVISOR)
    job = ImportJob.objects.filter(pk=job_id).first()
    if job is None:
        raise Http404("No such import")
    return job
