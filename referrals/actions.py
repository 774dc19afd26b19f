"""State changes of referrals: intake and triage. Each is one audited transaction."""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.db import IntegrityError, connection, transaction

from audit.actions import record_event
from partners.models import Agency
from referrals import sla
from referrals.access import intake_referral
from referrals.lifecycle import lock_referral, transition
from referrals.matching import suggest_matches
from referrals.models import (
    OPEN_STATUSES,
    ClosureDay,
    ImportJob,
    IncidentType,
    MatchStatus,
    Person,
    PersonMatch,
    Referral,
    ReferralSource,
    ReferralStatus,
    ReferralSubject,
    SlaClock,
    SlaPolicyVersion,
    SlaTarget,
    SubjectRole,
)
from referrals.priority import recompute_one
from referrals.routing import route_by_postcodes
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role


@dataclass
class ChildDetails:
    first_name: str
    last_name: str
    date_of_birth: date | None
    address: str = ""
    postcode: str = ""
    school: str = ""
    gp: str = ""
    lives_at_address: bool | None = None
    was_present: bool | None = None
    witnessed: bool | None = None
    was_injured: bool | None = None
    parental_responsibility: str = ""
    parents_aware: bool | None = None
    voice_of_child: str = ""


@dataclass
class IncidentDetails:
    incident_reference: str
    incident_at: datetime
    location: str
    postcode: str
    incident_type: IncidentType
    local_authority: Agency | None
    narrative: str
    officer_risk_view: str
    children: list[ChildDetails] = field(default_factory=list)


def next_reference(year: int) -> str:
    """VH-<year>-<number>, the number from a database sequence: unique without locking."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval('referral_reference_seq')")
        (number,) = cursor.fetchone()
    return f"VH-{year}-{number:06d}"


@transaction.atomic
def do_submit_referral(
    details: IncidentDetails,
    *,
    actor,  # type: ignore[no-untyped-def]
    source: str = ReferralSource.WEB,
    source_system: str = "",
    external_id: str = "",
    intake_hash: str = "",
) -> Referral:
    if not actor.has_role(Role.OFFICER):
        raise ActionPermissionError("Only police officers can submit referrals.")
    if not details.children:
        raise ActionError("A referral must be about at least one child.", field="children")
    received_at = now()
    local_authority, routing_note = details.local_authority, "Chosen by the referring officer"
    if local_authority is None:
        local_authority, routing_note = route_by_postcodes(
            [c.postcode for c in details.children] + [details.postcode]
        )
    referral = Referral.objects.create(
        reference=next_reference(received_at.year),
        source=source,
        source_system=source_system,
        external_id=external_id,
        intake_hash=intake_hash,
        incident_reference=details.incident_reference,
        incident_at=details.incident_at,
        location=details.location,
        postcode=details.postcode,
        incident_type=details.incident_type,
        local_authority=local_authority,
        routing_note=routing_note,
        narrative=details.narrative,
        officer_risk_view=details.officer_risk_view,
        status=ReferralStatus.SUBMITTED,
        submitted_by=actor,
        received_at=received_at,
    )
    for child in details.children:
        person = Person.objects.create(
            first_name=child.first_name,
            last_name=child.last_name,
            date_of_birth=child.date_of_birth,
            address=child.address,
            postcode=child.postcode,
        )
        subject = ReferralSubject.objects.create(
            referral=referral,
            person=person,
            role=SubjectRole.CHILD,
            school=child.school,
            gp=child.gp,
            lives_at_address=child.lives_at_address,
            was_present=child.was_present,
            witnessed=child.witnessed,
            was_injured=child.was_injured,
            parental_responsibility=child.parental_responsibility,
            parents_aware=child.parents_aware,
            voice_of_child=child.voice_of_child,
        )
        suggest_matches(subject)
    sla.on_received(referral)
    recompute_one(referral)
    record_event(
        "referral.submit",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"source": source, "children": len(details.children)},
    )
    return referral


@transaction.atomic
def do_start_triage(referral: Referral, *, actor, expected_version: int | None = None) -> Referral:  # type: ignore[no-untyped-def]
    """A practitioner takes a submitted referral into triage; it is allocated to them if free."""
    referral = lock_referral(referral, expected_version=expected_version)
    if referral.allocated_to_id is None:
        allocate_on_first_touch(referral, actor)
    return transition(referral, ReferralStatus.IN_TRIAGE, actor=actor)


def allocate_on_first_touch(referral: Referral, actor) -> None:  # type: ignore[no-untyped-def]
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
def do_take_next_case(*, actor) -> Referral | None:  # type: ignore[no-untyped-def]
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
def do_allocate_referrals(referrals: list[Referral], *, actor, to) -> int:  # type: ignore[no-untyped-def]
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


@transaction.atomic
def do_publish_sla_policy(
    *,
    actor,
    targets: dict[tuple[str, str], tuple[str, int]],
    note: str,  # type: ignore[no-untyped-def]
) -> SlaPolicyVersion:
    """Publish a new SLA policy version, a copy of the current one with the manager's changes,
    and move every open clock onto it, recomputed from its original start."""
    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only managers change the SLA policy.")
    if not note.strip():
        raise ActionError("Say what you changed and why.", field="note")
    current = sla.current_policy()
    new = SlaPolicyVersion.objects.create(
        number=current.number + 1, note=note, created_at=now(), created_by=actor
    )
    SlaTarget.objects.bulk_create(
        SlaTarget(
            policy=new,
            kind=t.kind,
            grade=t.grade,
            calendar=targets.get((t.kind, t.grade), (t.calendar, t.minutes))[0],
            minutes=targets.get((t.kind, t.grade), (t.calendar, t.minutes))[1],
        )
        for t in current.targets.all()
    )
    moved = sla.recompute_open_clocks(SlaClock.objects.all(), policy=new)
    record_event(
        "sla_policy.publish",
        actor=actor,
        obj=new,
        details={"version": new.number, "note": note, "clocks_recomputed": moved},
    )
    return new


@transaction.atomic
def do_add_closure_day(*, actor, day: date, reason: str) -> ClosureDay:  # type: ignore[no-untyped-def]
    """Close the hub for a day: working-hours clocks skip it, recomputed at once."""
    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only managers set closure days.")
    if not reason.strip():
        raise ActionError("Say why the hub is closed.", field="reason")
    if ClosureDay.objects.filter(day=day).exists():
        raise ActionError("That day is already a closure day.", field="day")
    closure = ClosureDay.objects.create(day=day, reason=reason)
    moved = sla.recompute_open_clocks(SlaClock.objects.filter(calendar="working_hours"))
    record_event(
        "sla_closure.add",
        actor=actor,
        obj=closure,
        details={"day": day.isoformat(), "reason": reason, "clocks_recomputed": moved},
    )
    return closure


@transaction.atomic
def do_remove_closure_day(closure: ClosureDay, *, actor) -> None:  # type: ignore[no-untyped-def]
    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only managers set closure days.")
    day = closure.day
    closure.delete()
    moved = sla.recompute_open_clocks(SlaClock.objects.filter(calendar="working_hours"))
    record_event(
        "sla_closure.remove",
        actor=actor,
        details={"day": day.isoformat(), "clocks_recomputed": moved},
    )


@transaction.atomic
def do_decide_match(match: PersonMatch, *, actor, confirm: bool) -> PersonMatch:  # type: ignore[no-untyped-def]
    """Confirm that a referral's child is a known person (their records are merged, keeping
    both histories) or reject the suggestion."""
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors link people.")
    referral = lock_referral(match.subject.referral)
    match = (
        PersonMatch.objects.select_for_update().select_related("subject__person").get(pk=match.pk)
    )
    if match.status != MatchStatus.SUGGESTED:
        raise ActionError(f"This match has already been {match.get_status_display().lower()}.")
    match.status = MatchStatus.CONFIRMED if confirm else MatchStatus.REJECTED
    match.decided_by = actor
    match.decided_at = now()
    match.save(update_fields=["status", "decided_by", "decided_at"])
    if (
        confirm
        and ReferralSubject.objects.filter(
            referral=referral, person=match.candidate, role=match.subject.role
        ).exists()
    ):
        raise ActionError(
            f"{match.candidate.full_name} is already on this referral, so this cannot be the "
            "same child. Reject the match."
        )
    if confirm:
        duplicate, known = match.subject.person, match.candidate
        # Every referral of the duplicate record moves to the known person; the duplicate stays,
        # pointing at them, so nothing about either history is lost.
        ReferralSubject.objects.filter(person=duplicate).update(person=known)
        duplicate.merged_into = known
        duplicate.save(update_fields=["merged_into"])
        PersonMatch.objects.filter(subject=match.subject, status=MatchStatus.SUGGESTED).exclude(
            pk=match.pk
        ).update(status=MatchStatus.REJECTED, decided_by=actor, decided_at=now())
    record_event(
        "person.match_confirm" if confirm else "person.match_reject",
        actor=actor,
        obj=match,
        referral=referral,
        details={
            "subject_person": match.subject.person_id,
            "candidate": match.candidate_id,
            "similarity": match.similarity,
            "reason": match.reason,
        },
    )
    if confirm:
        from risk.undergrading import refresh_flags

        refresh_flags(referral)  # the child may now be a repeat child; also re-scores priority
    return match


@transaction.atomic
def do_route_referral(referral: Referral, *, actor, agency: Agency, reason: str) -> Referral:  # type: ignore[no-untyped-def]
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


@transaction.atomic
def do_start_import(*, actor, upload) -> ImportJob:  # type: ignore[no-untyped-def]
    """A manager uploads a backlog file; a Celery task imports it after this commits."""
    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only managers import backlog files.")
    job = ImportJob.objects.create(
        file=upload, original_name=upload.name[:200], uploaded_by=actor, created_at=now()
    )
    record_event(
        "referral.import_upload", actor=actor, obj=job, details={"file": job.original_name}
    )
    from referrals.tasks import run_import

    transaction.on_commit(lambda: run_import.delay(job.pk))
    return job


def do_intake_referral(
    details: IncidentDetails,
    *,
    actor,  # type: ignore[no-untyped-def]
    source: str,
    source_system: str,
    external_id: str,
    fingerprint: str,
) -> tuple[Referral, bool]:
    """Submit a referral from another system, once: (referral, created). A second call with the
    same (source system, external id) returns the first referral, even when two calls race; the
    caller compares `intake_hash` with its fingerprint to tell a replay from a conflict."""
    existing = intake_referral(source_system, external_id)
    if existing is not None:
        return existing, False
    try:
        referral = do_submit_referral(
            details,
            actor=actor,
            source=source,
            source_system=source_system,
            external_id=external_id,
            intake_hash=fingerprint,
        )
    except IntegrityError:  # the same external id was submitted meanwhile
        raced = intake_referral(source_system, external_id)
        if raced is None:
            raise
        return raced, False
    return referral, True
