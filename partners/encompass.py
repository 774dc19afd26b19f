"""Operation Encompass (DESIGN.md §6): after a domestic-abuse incident, each school-age child's
school hears before the next school day starts; for a child educated at home, the local
authority does. Notices are proposed automatically at intake; a practitioner sends each one
(an Encompass-template share) or records why it is not needed. The ENCOMPASS clock runs from
receipt to 08:30 on the next school day and is met when the last notice goes."""

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q

from audit.actions import record_event, record_events
from partners.actions import do_create_share
from partners.models import EncompassNotice, EncompassStatus, SharePurpose
from partners.pack_templates import ENCOMPASS
from referrals import sla
from referrals.lifecycle import lock_referral
from referrals.models import ClockKind, Referral, ReferralSubject, SubjectRole
from vhub import prepared
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.models import Agency, AgencyKind
from vhub.roles import Role

if TYPE_CHECKING:
    from accounts.models import User

# What officers write in the school box for a child educated at home.
_HOME_EDUCATED = re.compile(
    r"\b(home[- ]?educat\w*|educated at home|elective home education|ehe|home[- ]?school\w*)\b",
    re.IGNORECASE,
)
_NOISE = re.compile(r"[^a-z0-9 ]+")
_FILLER = {"the", "school", "primary", "academy", "c", "of", "e", "ce", "rc", "junior", "infant"}


def is_school_age(date_of_birth: date | None, on: date) -> bool:
    """Reception to 17: started reception (the September after turning four) and under 18.
    A child whose date of birth is not known is treated as school age, so nobody is missed."""
    if date_of_birth is None:
        return True
    school_year_start = on.year if on.month >= 9 else on.year - 1
    started_reception = date_of_birth <= date(school_year_start - 4, 8, 31)
    try:
        eighteenth = date_of_birth.replace(year=date_of_birth.year + 18)
    except ValueError:  # born on 29 February
        eighteenth = date(date_of_birth.year + 18, 3, 1)
    return started_reception and on < eighteenth


def looks_home_educated(school: str) -> bool:
    return bool(_HOME_EDUCATED.search(school or ""))


def _key(name: str) -> str:
    words = _NOISE.sub(" ", name.lower().replace("&", " and ")).split()
    return " ".join(w for w in words if w not in _FILLER)


def match_school(name: str, area: str = "") -> Agency | None:
    """The school agency whose name matches the one the officer wrote (ignoring case,
    punctuation and words like 'Primary School'); a school in the referral's area wins a tie."""
    key = _key(name)
    if not key:
        return None
    candidates = [
        a
        for a in Agency.objects.filter(kind=AgencyKind.SCHOOL, is_active=True)
        if _key(a.name) == key
    ]
    if len(candidates) > 1:
        local = [a for a in candidates if area and a.area == area]
        return local[0] if len(local) == 1 else None
    return candidates[0] if candidates else None


def propose_encompass_notices(
    referral: Referral,
    *,
    record: bool = True,
    start_clock: bool = True,
    new_subjects: list[ReferralSubject] | None = None,
) -> list[EncompassNotice]:
    """Propose a notice for each school-age child living in the household of a domestic-abuse
    referral, and start the ENCOMPASS clock from receipt. Runs inside the intake transaction;
    safe to run again (a child already proposed is skipped). The intake passes `record=False`
    and `start_clock=False`: it starts the clock with the referral's own clocks, and audits the
    proposals afterwards with `record_encompass_proposals`, so that it holds the audit chain's
    lock for as short a time as it can. It also passes the subjects it has just created (with
    their people), which have no notice yet, as `new_subjects`: they need not be read again."""
    if new_subjects is not None:
        created = EncompassNotice.objects.bulk_create(new_encompass_notices(referral, new_subjects))
    else:
        if not referral.incident_type.is_domestic_abuse:
            return []
        subjects = list(
            referral.subjects.select_related("person")
            .filter(role=SubjectRole.CHILD, encompass_notice__isnull=True)
            .filter(Q(lives_at_address=True) | Q(lives_at_address__isnull=True))
        )
        created = EncompassNotice.objects.bulk_create(_notices(referral, subjects))
    if record:
        record_encompass_proposals(referral, created)
    if created and start_clock:
        sla.start_clock(referral, ClockKind.ENCOMPASS, at=referral.received_at)
    return created


def new_encompass_notices(
    referral: Referral, new_subjects: list[ReferralSubject]
) -> list[EncompassNotice]:
    """The notices (unsaved) to propose for subjects created with the referral in this
    transaction, with their people: they have no notice yet and need not be read again."""
    if not referral.incident_type.is_domestic_abuse:
        return []
    subjects = [
        s
        for s in sorted(new_subjects, key=lambda s: s.pk)
        if s.role == SubjectRole.CHILD and s.lives_at_address in (True, None)
    ]
    return _notices(referral, subjects)


def propose_new_notices(
    referrals: list[tuple[Referral, list[ReferralSubject]]],
) -> dict[int, list[EncompassNotice]]:
    """`new_encompass_notices` for referrals created together (an intake or an import's
    batch), stored in one insert; the notices by referral id."""
    notices = {referral.pk: new_encompass_notices(referral, new) for referral, new in referrals}
    prepared.insert([n for found in notices.values() for n in found])
    return notices


def _notices(referral: Referral, subjects: list[ReferralSubject]) -> list[EncompassNotice]:
    on = referral.incident_at.date()
    # `local_authority_id` is checked on this line.
    area = referral.local_authority.area if referral.local_authority_id else ""  # type: ignore[union-attr]
    notices = []
    for subject in subjects:
        if not is_school_age(subject.person.date_of_birth, on):
            continue
        home = looks_home_educated(subject.school)
        if home:
            agency = referral.local_authority
            note = (
                "Educated at home: the local authority is told instead"
                if agency
                else "Educated at home: choose the local authority"
            )
        elif not subject.school.strip():
            agency, note = None, "No school recorded: find the child's school and choose it"
        else:
            agency = match_school(subject.school, area)
            note = (
                f"Matched the school named by the officer ({subject.school})"
                if agency
                else f"No school agency matches “{subject.school}”: choose the school"
            )
        notices.append(
            EncompassNotice(
                referral=referral,
                subject=subject,
                school_name=subject.school,
                home_educated=home,
                agency=agency,
                match_note=note,
                proposed_at=now(),
            )
        )
    return notices


def record_encompass_proposals(referral: Referral, notices: list[EncompassNotice]) -> None:
    record_events(encompass_proposal_events(referral, notices))


def encompass_proposal_events(
    referral: Referral, notices: list[EncompassNotice]
) -> list[dict[str, Any]]:
    """The audit events of these proposals, for `audit.actions.record_events`."""
    return [
        {
            "action": "encompass.propose",
            "actor": None,
            "obj": notice,
            "referral": referral,
            "details": {
                "child": notice.subject.person.full_name,
                "agency": notice.agency.name if notice.agency else "",
            },
        }
        for notice in notices
    ]


def _settle_clock(referral: Referral) -> None:
    """The clock stops when no notice is left to send: met if any went, else not needed."""
    notices = list(referral.encompass_notices.values_list("status", "decided_at"))
    if any(status == EncompassStatus.PROPOSED for status, _ in notices):
        return
    sent = [at for status, at in notices if status == EncompassStatus.SENT and at is not None]
    if sent:
        sla.meet_clock(referral, ClockKind.ENCOMPASS, at=max(sent))
    else:
        sla.cancel_clocks(referral, kinds=[ClockKind.ENCOMPASS])


def _lock_notice(notice: EncompassNotice, actor: "User") -> EncompassNotice:
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors send notices.")
    notice = (
        EncompassNotice.objects.select_for_update(of=("self",))
        .select_related("referral", "subject__person")
        .get(pk=notice.pk)
    )
    if notice.status != EncompassStatus.PROPOSED:
        raise ActionError("This notice has already been dealt with.")
    return notice


@transaction.atomic
def do_send_encompass_notice(
    notice: EncompassNotice, *, actor: "User", agency: Agency, lawful_basis: str, justification: str
) -> EncompassNotice:
    """Send the notice: a share with only the Encompass fields, about this one child."""
    if notice.home_educated:
        allowed = agency.kind == AgencyKind.LA_CHILDRENS
    else:
        allowed = agency.kind == AgencyKind.SCHOOL
    if not allowed:
        raise ActionError(
            "Choose the local authority for a child educated at home."
            if notice.home_educated
            else "Choose the child's school.",
            field="agency",
        )
    # Rows first (the notice, the referral, its clock), audit events last.
    notice = _lock_notice(notice, actor)
    lock_referral(notice.referral)
    notice.status = EncompassStatus.SENT
    notice.agency = agency
    notice.decided_by, notice.decided_at = actor, now()
    notice.save()
    _settle_clock(notice.referral)
    notice.share = do_create_share(
        notice.referral,
        actor=actor,
        agency=agency,
        lawful_basis=lawful_basis,
        justification=justification,
        pack_template=ENCOMPASS.code,
        purpose=SharePurpose.ENCOMPASS,
        only_subject=notice.subject,
    )
    notice.save(update_fields=["share"])
    record_event(
        "encompass.send",
        actor=actor,
        obj=notice,
        referral=notice.referral,
        details={"agency": agency.name, "share": notice.share_id},
    )
    return notice


@transaction.atomic
def do_mark_encompass_not_needed(
    notice: EncompassNotice, *, actor: "User", reason: str
) -> EncompassNotice:
    """Record why a proposed notice is not sent (for example, the child has left school)."""
    if not reason.strip():
        raise ActionError("Say why no notice is needed.", field="reason")
    notice = _lock_notice(notice, actor)
    lock_referral(notice.referral)
    notice.status = EncompassStatus.NOT_NEEDED
    notice.not_needed_reason = reason
    notice.decided_by, notice.decided_at = actor, now()
    notice.save()
    _settle_clock(notice.referral)
    record_event(
        "encompass.not_needed", actor=actor, obj=notice, referral=notice.referral,
        details={"reason": reason},
    )  # fmt: skip
    return notice
