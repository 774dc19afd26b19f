"""State changes of referrals: intake and triage. Each is one audited transaction."""

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from accounts.models import User
from audit.actions import record_event, record_events
from partners.encompass import encompass_proposal_events, new_encompass_notices
from partners.models import Agency, EncompassNotice
from referrals import sla
from referrals.access import intake_referral, intake_referrals
from referrals.lifecycle import can_move, lock_referral, transition
from referrals.matching import suggest_matches, suggest_matches_many
from referrals.models import (
    OPEN_STATUSES,
    ClosureDay,
    ClosureOutcome,
    ClosureRequest,
    ClosureRequestState,
    ImportJob,
    IncidentType,
    MatchStatus,
    MatchThresholds,
    Notification,
    Person,
    PersonMatch,
    Referral,
    ReferralDraft,
    ReferralSource,
    ReferralStatus,
    ReferralSubject,
    SlaClock,
    SlaPolicyVersion,
    SlaTarget,
    SubjectRole,
)
from referrals.priority import recompute_many
from referrals.repeats import refresh_repeat_counts
from referrals.routing import known_districts, route_by_postcodes
from risk.grades import Grade
from risk.reading import read_new_referrals, read_referral, texts_of
from risk.undergrading import raise_new_referral_flags, refresh_flags
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError, StaleError
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
    voice_not_captured_reason: str = ""
    expected_date: date | None = None  # an unborn child's expected date of birth
    subject_id: int | None = None  # set when correcting a returned referral's child


@dataclass
class PersonDetails:
    """Another person in the referral: a parent or carer, victim, suspect or other adult."""

    first_name: str
    last_name: str
    role: str
    date_of_birth: date | None = None
    address: str = ""
    postcode: str = ""
    subject_id: int | None = None


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
    others: list[PersonDetails] = field(default_factory=list)
    # From a records system or the import: when the source received it (None: now), the grade
    # the officer gave there, and the source's own reference.
    received_at: datetime | None = None
    officer_grade: str = ""
    source_reference: str = ""


@dataclass
class Submission:
    """One referral to submit, with its key in the system that sent it (if any)."""

    details: IncidentDetails
    external_id: str = ""
    intake_hash: str = ""


def next_reference(year: int) -> str:
    """VH-<year>-<number>, the number from a database sequence: unique without locking."""
    return next_references(year, 1)[0]


def next_references(year: int, count: int) -> list[str]:
    """`next_reference` for `count` referrals, in one query."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval('referral_reference_seq') FROM generate_series(1, %s)", [count]
        )
        numbers = [row[0] for row in cursor.fetchall()]
    return [f"VH-{year}-{number:06d}" for number in numbers]


def check_submission(details: IncidentDetails) -> None:
    """What every referral needs before anything is written; raises ActionError."""
    if not details.children:
        raise ActionError("A referral must be about at least one child.", field="children")
    if len(details.children) + len(details.others) > settings.REFERRAL_MAX_PEOPLE:
        raise ActionError(
            f"A referral can name at most {settings.REFERRAL_MAX_PEOPLE} children and other "
            "people. Send a separate referral for the others.",
            field="children",
        )


@transaction.atomic
def do_submit_referral(
    details: IncidentDetails,
    *,
    actor: User,
    source: str = ReferralSource.WEB,
    source_system: str = "",
    external_id: str = "",
    intake_hash: str = "",
    import_job: ImportJob | None = None,
) -> Referral:
    (referral,) = submit_referrals(
        [Submission(details, external_id, intake_hash)],
        actor=actor,
        source=source,
        source_system=source_system,
        import_job=import_job,
    )
    return referral


def submit_referrals(
    batch: list[Submission],
    *,
    actor: User,
    source: str,
    source_system: str = "",
    import_job: ImportJob | None = None,
) -> list[Referral]:
    """Inside the caller's transaction: submit these referrals, in set-based writes whatever
    their number (one for the form and the API, a batch of rows for the import), with what
    submitting one does: routing, people and their matches, the officer's grade, notices to
    schools, clocks, the risk reader, repeat counts, flags, priority and one audit event each.
    The people of a later referral in the batch are never matched with an earlier one's, as if
    each had been submitted alone in turn."""
    if not actor.has_role(Role.OFFICER):
        raise ActionPermissionError("Only police officers can submit referrals.")
    for submission in batch:
        check_submission(submission.details)
    known = known_districts(
        p for s in batch for p in [s.details.postcode, *(c.postcode for c in s.details.children)]
    )
    referrals = []
    for submission, reference in zip(batch, next_references(now().year, len(batch)), strict=True):
        details = submission.details
        # A records system or the import says when the referral was first received; waiting
        # time, the age profile and the clocks count from then (the serializer refuses a
        # future time).
        local_authority, routing_note = details.local_authority, "Chosen by the referring officer"
        if local_authority is None:
            local_authority, routing_note = route_by_postcodes(
                [c.postcode for c in details.children] + [details.postcode], known
            )
        referrals.append(
            Referral(
                reference=reference,
                source=source,
                source_system=source_system,
                external_id=submission.external_id,
                source_reference=details.source_reference,
                import_job=import_job,
                intake_hash=submission.intake_hash,
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
                received_at=details.received_at or now(),
            )
        )
    Referral.objects.bulk_create(referrals)

    # The people: each referral's children, then its other people, in the batch's order.
    added: list[tuple[int, ReferralSubject]] = []  # (row in the batch, subject)
    for row, (submission, referral) in enumerate(zip(batch, referrals, strict=True)):
        for child in submission.details.children:
            added.append((row, _new_subject(referral, child, SubjectRole.CHILD, child)))
        for other in submission.details.others:
            # Adults are recorded with their part in the incident; matching is for children,
            # whose chronology the hub keeps.
            added.append((row, _new_subject(referral, other, other.role)))
    Person.objects.bulk_create([subject.person for _, subject in added])
    ReferralSubject.objects.bulk_create([subject for _, subject in added])
    subjects: dict[int, list[ReferralSubject]] = {r.pk: [] for r in referrals}
    for _, subject in added:
        subjects[subject.referral_id].append(subject)
    children = [(row, s) for row, s in added if s.role == SubjectRole.CHILD]
    # Search before create: each child against the people known before its referral, never
    # those on its own referral (a twin) or on a later one of the batch.
    suggest_matches_many(
        [(s, row) for row, s in children],
        hidden={s.person_id: row for row, s in added},
        thresholds=MatchThresholds.current(),
    )

    grade_events: dict[int, list[dict[str, Any]]] = {}
    notices: dict[int, list[EncompassNotice]] = {}
    for submission, referral in zip(batch, referrals, strict=True):
        if submission.details.officer_grade:
            # Stored as the officer's initial assessment of each child, as the officer's own
            # form stores it, so under-grading compares the hub's findings with it. Before the
            # clocks start, so they start on the grade.
            from risk.actions import record_officer_grade

            grade_events[referral.pk] = record_officer_grade(
                referral,
                [s for s in subjects[referral.pk] if s.role == SubjectRole.CHILD],
                submission.details.officer_grade,
                actor=actor,
            )
        # DESIGN.md §6: each school-age child's school is told before the next school day;
        # its ENCOMPASS clock starts with the referral's own.
        notices[referral.pk] = new_encompass_notices(referral, subjects[referral.pk])
    EncompassNotice.objects.bulk_create([n for found in notices.values() for n in found])
    sla.start_new_referral_clocks(
        [(r, sla.received_kinds(encompass=bool(notices[r.pk]))) for r in referrals]
    )
    # Every referral is read at intake, whatever its grade: a high-risk signal flags it and
    # ranks it, before anyone has opened it.
    signals = read_new_referrals(
        [
            (
                referral,
                texts_of(
                    s.details.narrative,
                    s.details.officer_risk_view,
                    [
                        (f"{c.first_name} {c.last_name}", c.voice_of_child)
                        for c in s.details.children
                    ],
                ),
            )
            for s, referral in zip(batch, referrals, strict=True)
        ]
    )
    # The children's repeat counts, by incident date: an older incident arriving late also
    # changes the counts (and so the flags and rank) of the referrals that came after it.
    # (Those are locked before any audit event is written: rows first, then the chain.)
    recounted = refresh_repeat_counts(s.person_id for _, s in children)
    refresh_repeat_referrals(recounted - {r.pk for r in referrals})
    flag_events: dict[int, list[dict[str, Any]]] = {r.pk: [] for r in referrals}
    for event in raise_new_referral_flags([(r, signals[r.pk]) for r in referrals]):
        flag_events[cast(Referral, event["referral"]).pk].append(event)
    recompute_many(referrals)
    # The audit events come last, in one append: the first takes the chain's lock, held until
    # commit, so concurrent intakes wait on it little.
    events = []
    for submission, referral in zip(batch, referrals, strict=True):
        events += [
            *flag_events[referral.pk],
            {
                "action": "referral.submit",
                "actor": actor,
                "obj": referral,
                "referral": referral,
                "details": {"source": source, "children": len(submission.details.children)},
            },
            *grade_events.get(referral.pk, []),
            *encompass_proposal_events(referral, notices[referral.pk]),
        ]
    record_events(events)
    return referrals


def refresh_repeat_referrals(referral_ids: set[int]) -> None:
    """Inside an action, after `refresh_repeat_counts`: the other open referrals whose repeat
    counts changed get their flags and priority refreshed (locked first, in id order)."""
    if not referral_ids:
        return
    for other in (
        Referral.objects.select_for_update()
        .filter(pk__in=referral_ids, status__in=OPEN_STATUSES)
        .order_by("id")
    ):
        refresh_flags(other)


def _child_fields(child: ChildDetails) -> dict[str, object]:
    return {
        "school": child.school,
        "gp": child.gp,
        "lives_at_address": child.lives_at_address,
        "was_present": child.was_present,
        "witnessed": child.witnessed,
        "was_injured": child.was_injured,
        "parental_responsibility": child.parental_responsibility,
        "parents_aware": child.parents_aware,
        "voice_of_child": child.voice_of_child,
        "voice_not_captured_reason": child.voice_not_captured_reason,
        "expected_date": child.expected_date,
    }


def _new_subject(
    referral: Referral, person: Any, role: str, child: ChildDetails | None = None
) -> ReferralSubject:
    """An unsaved subject of the referral with its unsaved person."""
    return ReferralSubject(
        referral=referral,
        person=Person(
            first_name=person.first_name,
            last_name=person.last_name,
            date_of_birth=person.date_of_birth,
            address=person.address,
            postcode=person.postcode,
        ),
        role=role,
        **(_child_fields(child) if child is not None else {}),
    )


def _add_child(referral: Referral, child: ChildDetails) -> ReferralSubject:
    """A child added to an existing referral (a correction), matched like a new one."""
    subject = _new_subject(referral, child, SubjectRole.CHILD, child)
    subject.person.save(force_insert=True)
    subject.save(force_insert=True)
    suggest_matches(subject)
    return subject


def _add_other(referral: Referral, other: PersonDetails) -> ReferralSubject:
    """Another person added to an existing referral (a correction)."""
    subject = _new_subject(referral, other, other.role)
    subject.person.save(force_insert=True)
    subject.save(force_insert=True)
    return subject


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


@transaction.atomic
def do_publish_sla_policy(
    *,
    actor: User,
    targets: dict[tuple[str, str], tuple[str, int]],
    note: str,
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
def do_add_closure_day(*, actor: User, day: date, reason: str) -> ClosureDay:
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
def do_remove_closure_day(closure: ClosureDay, *, actor: User) -> None:
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
def do_decide_match(match: PersonMatch, *, actor: User, confirm: bool) -> PersonMatch:
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
    people = {match.subject.person_id, match.candidate_id}
    if confirm:
        duplicate, known = match.subject.person, match.candidate
        while known.merged_into_id is not None:  # confirmed into someone since suggested
            known = cast(Person, known.merged_into)  # not None: merged_into_id is set
        people.add(known.pk)
        # Every referral of the duplicate record moves to the known person; the duplicate stays,
        # pointing at them, so nothing about either history is lost.
        ReferralSubject.objects.filter(person=duplicate).update(person=known)
        duplicate.merged_into = known
        duplicate.save(update_fields=["merged_into"])
        PersonMatch.objects.filter(subject=match.subject, status=MatchStatus.SUGGESTED).exclude(
            pk=match.pk
        ).update(status=MatchStatus.REJECTED, decided_by=actor, decided_at=now())
    # Confirmed or rejected, the child's repeat counts change (a probable link becomes a
    # merged record, or goes); the flags and priority follow (refresh_flags re-scores). The
    # other referrals are locked before the audit event, as every action orders its locks.
    recounted = refresh_repeat_counts(people)
    refresh_repeat_referrals(recounted - {referral.pk})
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
    refresh_flags(referral)
    return match


@transaction.atomic
def do_confirm_matches(
    matches: list[PersonMatch],
    *,
    actor: User,
) -> tuple[list[PersonMatch], list[tuple[PersonMatch, str]]]:
    """Confirm several suggested matches at once, after the person has seen them listed (the
    preview). Each goes through `do_decide_match`, so each decision is its own audited event
    with its merge, counts and flags; one that can no longer be confirmed (decided meanwhile,
    or settled by an earlier one in the batch) is skipped with the reason. Returns (confirmed,
    skipped)."""
    return _decide_matches(matches, actor=actor, confirm=True)


@transaction.atomic
def do_reject_matches(
    matches: list[PersonMatch],
    *,
    actor: User,
) -> tuple[list[PersonMatch], list[tuple[PersonMatch, str]]]:
    """Reject several suggested matches at once, after the preview: `do_confirm_matches`'s
    twin. Each goes through `do_decide_match`, so each rejection is its own audited event with
    its recount (a probable repeat it made goes); one decided meanwhile is skipped with the
    reason. Returns (rejected, skipped)."""
    return _decide_matches(matches, actor=actor, confirm=False)


def _decide_matches(
    matches: list[PersonMatch], *, actor: User, confirm: bool
) -> tuple[list[PersonMatch], list[tuple[PersonMatch, str]]]:
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors link people.")
    if not matches:
        verb = "confirm" if confirm else "reject"
        raise ActionError(f"Select the matches to {verb}.", field="match")
    # Every referral of the batch is locked first, in id order, before any audit event.
    list(
        Referral.objects.select_for_update(of=("self",))
        .filter(subjects__matches__in=matches)
        .order_by("id")
        .values_list("id", flat=True)
    )
    decided: list[PersonMatch] = []
    skipped: list[tuple[PersonMatch, str]] = []
    for match in sorted(matches, key=lambda m: m.pk):
        status = PersonMatch.objects.filter(pk=match.pk).values_list("status", flat=True).first()
        if status != MatchStatus.SUGGESTED:
            # Settled meanwhile, or by an earlier one of this batch (linking a child to a
            # known record settles that child's other suggestions).
            label = MatchStatus(status).label if status else "removed"
            skipped.append((match, f"already decided (now “{label}”)"))
            continue
        try:
            decided.append(do_decide_match(match, actor=actor, confirm=confirm))
        except ActionPermissionError:
            raise
        except ActionError as exc:
            skipped.append((match, exc.message))
    record_event(
        "person.match_bulk_confirm" if confirm else "person.match_bulk_reject",
        actor=actor,
        details={
            "confirmed" if confirm else "rejected": [m.pk for m in decided],
            "skipped": [{"match": m.pk, "reason": reason} for m, reason in skipped],
        },
    )
    return decided, skipped


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


@transaction.atomic
def do_start_import(*, actor: User, upload: UploadedFile) -> ImportJob:
    """A manager uploads a backlog file; a Celery task imports it after this commits."""
    from referrals.importer import check_import_file
    from vhub.uploads import UploadRefused

    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only managers import backlog files.")
    # The form checks first; this guards the other callers.
    try:
        checked = check_import_file(upload)
    except UploadRefused as exc:
        raise ActionError(exc.message, field="file") from exc
    job = ImportJob.objects.create(
        file=checked.to_store(), original_name=checked.name, uploaded_by=actor, created_at=now()
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
    actor: User,
    source: str,
    source_system: str,
    external_id: str,
    fingerprint: str,
    import_job: ImportJob | None = None,
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
            import_job=import_job,
        )
    except IntegrityError:  # the same external id was submitted meanwhile
        raced = intake_referral(source_system, external_id)
        if raced is None:
            raise
        return raced, False
    return referral, True


@transaction.atomic
def do_intake_referrals(
    batch: list[Submission],
    *,
    actor: User,
    source: str,
    source_system: str,
    import_job: ImportJob | None = None,
) -> list[tuple[Referral, bool]]:
    """`do_intake_referral` for a batch of rows (the backlog import), in one transaction:
    (referral, created) for each, in order. An external id already taken, or repeated in the
    batch, is returned with the referral first sent under it; the others are submitted
    together. When another process takes one of their ids meanwhile, that part is undone and
    each row goes through `do_intake_referral` alone, so every id is still submitted once."""
    taken = intake_referrals(source_system, [s.external_id for s in batch])
    fresh: list[Submission] = []  # the first row of each id not taken, in the batch's order
    seen = set(taken)
    for submission in batch:
        if submission.external_id not in seen:
            seen.add(submission.external_id)
            fresh.append(submission)
    created: dict[str, Referral] = {}
    try:
        with transaction.atomic():
            for referral in submit_referrals(
                fresh,
                actor=actor,
                source=source,
                source_system=source_system,
                import_job=import_job,
            ):
                created[referral.external_id] = referral
    except IntegrityError:  # an id was submitted meanwhile: one row at a time instead
        created = {}
        for submission in fresh:
            referral, new = do_intake_referral(
                submission.details,
                actor=actor,
                source=source,
                source_system=source_system,
                external_id=submission.external_id,
                fingerprint=submission.intake_hash,
                import_job=import_job,
            )
            (created if new else taken)[submission.external_id] = referral
    results = []
    for submission in batch:
        # mypy takes `referral`'s type from the loop above (never None) and so rejects the default.
        referral = created.pop(submission.external_id, None)  # type: ignore[arg-type]
        if referral is not None:
            taken[submission.external_id] = referral
            results.append((referral, True))
        else:
            results.append((taken[submission.external_id], False))
    return results


# --- The officer's referral form: drafts, returns for missing information, resubmission -------


def _lock_draft(draft: ReferralDraft, actor: User) -> ReferralDraft:
    locked = ReferralDraft.objects.select_for_update().get(pk=draft.pk)
    if locked.owner_id != actor.pk or not actor.has_role(Role.OFFICER):
        raise ActionPermissionError("Only the officer who started this referral can change it.")
    return locked


@transaction.atomic
def do_start_draft(*, actor: User) -> ReferralDraft:
    if not actor.has_role(Role.OFFICER):
        raise ActionPermissionError("Only police officers can refer a child.")
    at = now()
    draft = ReferralDraft.objects.create(owner=actor, created_at=at, updated_at=at)
    record_event("referral_draft.create", actor=actor, obj=draft)
    return draft


@transaction.atomic
def do_save_draft_section(
    draft: ReferralDraft,
    *,
    actor: User,
    section: str,
    raw: dict[str, list[str]],
    key: str = "",
) -> tuple[ReferralDraft, str]:
    """Keep one section's validated answers; returns the draft and the entry's key (a new child
    or person gets one). Sections are saved under the draft's row lock, so two tabs saving
    different sections never lose each other's answers."""
    from referrals.drafts import PER_CHILD, PER_PERSON, TOP

    draft = _lock_draft(draft, actor)
    data = dict(draft.data)
    if section in TOP:
        data[section] = raw
    elif section in PER_CHILD or section in PER_PERSON:
        kind = "people" if section in PER_PERSON else "children"
        items = list(data.get(kind, []))
        entry = next((e for e in items if e["key"] == key), None)
        if entry is None:
            if key or section not in ("child", "person"):
                raise ActionError("That person is no longer on this referral.")
            key = secrets.token_hex(4)
            entry = {"key": key, "subject_id": None}
            items.append(entry)
        entry[section] = raw
        data[kind] = items
    else:
        raise ActionError("There is no such section.")
    draft.data = data
    draft.version += 1
    draft.updated_at = now()
    draft.save(update_fields=["data", "version", "updated_at"])
    record_event(
        "referral_draft.save",
        actor=actor,
        obj=draft,
        referral=draft.referral,
        details={"section": section, "key": key},
    )
    return draft, key


@transaction.atomic
def do_remove_draft_entry(
    draft: ReferralDraft, *, actor: User, kind: str, key: str
) -> ReferralDraft:
    """Take a child or another person off a draft. A child already on a returned referral stays
    (the hub may have assessed and linked them): the officer asks the hub instead."""
    draft = _lock_draft(draft, actor)
    items = list(draft.data.get(kind, []))
    entry = next((e for e in items if e["key"] == key), None)
    if entry is None:
        return draft
    if entry.get("subject_id"):
        raise ActionError(
            "This person is already on the referral the hub holds, so they cannot be removed "
            "here. Say so in the narrative and the hub will correct it."
        )
    draft.data = {**draft.data, kind: [e for e in items if e["key"] != key]}
    draft.version += 1
    draft.updated_at = now()
    draft.save(update_fields=["data", "version", "updated_at"])
    record_event(
        "referral_draft.remove_person",
        actor=actor,
        obj=draft,
        referral=draft.referral,
        details={"kind": kind, "key": key},
    )
    return draft


@transaction.atomic
def do_delete_draft(draft: ReferralDraft, *, actor: User) -> None:
    draft = _lock_draft(draft, actor)
    if draft.referral_id is not None:
        raise ActionError("Resubmit the returned referral: the hub is waiting for it.")
    record_event("referral_draft.delete", actor=actor, obj=draft)
    draft.delete()


@transaction.atomic
def do_submit_draft(draft: ReferralDraft, *, actor: User) -> Referral:
    """Send a finished draft: every section is validated again, then the referral goes through
    the same intake action as the API and the import (clocks, routing, matching, priority,
    audit), and each child's initial risk assessment is saved through the risk app's action.
    A correction of a returned referral is resubmitted instead."""
    from referrals.drafts import build_submission
    from risk.actions import do_save_assessment

    draft = _lock_draft(draft, actor)
    submission = build_submission(draft)
    if submission.details is None:
        raise ActionError(submission.problems[0][0])
    if draft.referral_id is not None:
        referral = _resubmit(draft, submission, actor=actor)
    else:
        referral = do_submit_referral(submission.details, actor=actor)
        children = list(referral.subjects.filter(role=SubjectRole.CHILD).order_by("id"))
        for subject, (_, assessment) in zip(children, submission.assessments, strict=True):
            do_save_assessment(subject, assessment, actor=actor, submit=False)
    record_event(
        "referral_draft.submit",
        actor=actor,
        obj=draft,
        referral=referral,
        details={"draft": draft.pk, "correction": draft.referral_id is not None},
    )
    draft.delete()
    return referral


def _resubmit(draft: ReferralDraft, submission: Any, *, actor: User) -> Referral:
    """Apply the officer's corrections to the returned referral and send it back to the hub."""
    from risk.actions import do_save_assessment
    from risk.models import AssessmentStatus

    details = submission.details
    referral = lock_referral(cast(Referral, draft.referral))  # a returned draft has its referral
    if (
        referral.status != ReferralStatus.RETURNED_TO_OFFICER
        or referral.submitted_by_id != actor.pk
    ):
        raise ActionError(
            f"{referral.reference} is {referral.get_status_display().lower()}: only a referral "
            "returned to you can be resubmitted."
        )
    changed = []
    for name in (
        "incident_reference",
        "incident_at",
        "location",
        "postcode",
        "incident_type",
        "narrative",
        "officer_risk_view",
    ):
        if getattr(referral, name) != getattr(details, name):
            setattr(referral, name, getattr(details, name))
            changed.append(name)
    if details.local_authority and details.local_authority != referral.local_authority:
        referral.local_authority = details.local_authority
        referral.routing_note = "Chosen by the referring officer"
        changed.append("local_authority")
    referral.save()
    subjects = {s.pk: s for s in referral.subjects.select_related("person")}
    by_subject: dict[int, ReferralSubject] = {}
    for child in details.children:
        subject = subjects.get(child.subject_id) if child.subject_id else None
        if subject is None:
            subject = _add_child(referral, child)
            changed.append("children")
        else:
            _update_subject(subject, child, changed)
        by_subject[id(child)] = subject
    for other in details.others:
        subject = subjects.get(other.subject_id) if other.subject_id else None
        if subject is None:
            _add_other(referral, other)
            changed.append("people")
        else:
            person = subject.person
            identity = (other.first_name, other.last_name, other.date_of_birth)
            if (person.first_name, person.last_name, person.date_of_birth) != identity:
                person.first_name, person.last_name, person.date_of_birth = identity
                person.save(update_fields=["first_name", "last_name", "date_of_birth"])
                changed.append("people")
            if subject.role != other.role:
                subject.role = other.role
                subject.save(update_fields=["role"])
                changed.append("people")
    if "local_authority" in changed:
        sla.recompute_open_clocks(SlaClock.objects.filter(referral=referral))
    # A corrected incident date or child changes repeat counts, here and on other referrals
    # (locked now, before the transition writes the first audit event).
    recounted = refresh_repeat_counts(
        referral.subjects.filter(role=SubjectRole.CHILD).values_list("person_id", flat=True)
    )
    refresh_repeat_referrals(recounted - {referral.pk})
    transition(referral, ReferralStatus.SUBMITTED, actor=actor, reason="resubmitted by the officer")
    # Back at intake, the officer's initial assessments are saved as any officer's are, unless
    # the hub has already sent one to a supervisor.
    for child, (entry, assessment) in zip(details.children, submission.assessments, strict=True):
        subject = by_subject[id(child)]
        existing = getattr(subject, "assessment", None)
        loaded = entry.get("loaded") or {}
        officer_changed = existing is None or (
            entry.get("assessment") != loaded.get("assessment")
            or entry.get("voice") != loaded.get("voice")
        )
        if officer_changed and (
            existing is None
            or existing.status in (AssessmentStatus.DRAFT, AssessmentStatus.RETURNED)
        ):
            do_save_assessment(subject, assessment, actor=actor, submit=False)
            changed.append("assessments")
    referral.refresh_from_db()
    read_referral(referral)  # corrected words are read again, whatever changed
    refresh_flags(referral)
    record_event(
        "referral.resubmit",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"changed": sorted(set(changed))},
    )
    recipient = referral.returned_by or referral.allocated_to
    if recipient is not None:
        Notification.objects.create(
            user=recipient,
            title=f"{referral.reference} resubmitted by the officer",
            body=f"You asked for: {referral.return_reason}",
            url=reverse("referrals:detail", args=[referral.reference]),
            created_at=now(),
        )
    return referral


def _update_subject(subject: ReferralSubject, child: ChildDetails, changed: list[str]) -> None:
    person = subject.person
    identity = {
        "first_name": child.first_name,
        "last_name": child.last_name,
        "date_of_birth": child.date_of_birth,
        "address": child.address,
        "postcode": child.postcode,
    }
    if any(getattr(person, k) != v for k, v in identity.items()):
        for k, v in identity.items():
            setattr(person, k, v)
        person.save(update_fields=list(identity))
        # The corrected identity may match someone else: suggest again (decided ones stay).
        PersonMatch.objects.filter(subject=subject, status=MatchStatus.SUGGESTED).delete()
        suggest_matches(subject)
        changed.append("children")
    fields = _child_fields(child)
    if any(getattr(subject, k) != v for k, v in fields.items()):
        for k, value in fields.items():
            setattr(subject, k, value)
        subject.save(update_fields=list(fields))
        changed.append("children")


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


@transaction.atomic
def do_start_correction(referral: Referral, *, actor: User) -> ReferralDraft:
    """The officer opens a returned referral for correction: a draft holding its answers,
    edited through the same section pages (the one already started, if any)."""
    from referrals.drafts import data_from_referral

    referral = lock_referral(referral)
    if (
        not actor.has_role(Role.OFFICER)
        or referral.submitted_by_id != actor.pk
        or referral.status != ReferralStatus.RETURNED_TO_OFFICER
    ):
        raise ActionPermissionError("Only the officer a referral was returned to can correct it.")
    existing = ReferralDraft.objects.filter(referral=referral).first()
    if existing is not None:
        return existing
    at = now()
    draft = ReferralDraft.objects.create(
        owner=actor,
        referral=referral,
        data=data_from_referral(referral),
        created_at=at,
        updated_at=at,
    )
    record_event("referral_draft.create", actor=actor, obj=draft, referral=referral)
    return draft


# A closure of a referral graded one of these that was never shared waits for a supervisor's
# sign-off (DESIGN.md §3): closing it is deciding that no partner needs to know.
SIGN_OFF_GRADES = (Grade.HIGH, Grade.MEDIUM)


def closure_needs_sign_off(referral: Referral, *, shared: bool | None = None) -> bool:
    """`shared`: whether it has any share, when the caller has read it already (a list)."""
    if referral.effective_grade not in SIGN_OFF_GRADES:
        return False
    if shared is None:
        shared = referral.status == ReferralStatus.SHARED or referral.shares.exists()
    return not shared and referral.status != ReferralStatus.SHARED


def closure_refusal(referral: Referral, outcome: ClosureOutcome, *, pending: bool) -> str:
    """Why the referral cannot be closed with this outcome now ("" when it can). `pending`:
    whether a closure of it already waits for sign-off. The close action and the bulk close's
    preview both ask this, so the preview says what the action will do."""
    if pending:
        return f"{referral.reference} already has a closure waiting for a supervisor's sign-off."
    if not can_move(referral.status, outcome.status):
        return (
            f"{referral.reference} is {referral.get_status_display().lower()}, so it cannot be "
            f"closed as ‘{outcome.label}’."
        )
    return ""


@transaction.atomic
def do_close_referral(
    referral: Referral,
    *,
    actor: User,
    outcome: ClosureOutcome,
    rationale: str,
    expected_version: int | None = None,
) -> ClosureRequest:
    """A practitioner or supervisor closes a referral with an outcome and a rationale. A high
    or medium referral that was not shared waits for another supervisor's sign-off; anything
    else closes at once. Returns the closure (its state says which)."""
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors close referrals.")
    if not rationale.strip():
        raise ActionError("Give the rationale for closing the referral.", field="rationale")
    if not outcome.active:
        raise ActionError("That outcome is no longer offered: choose another.", field="outcome")
    referral = lock_referral(referral, expected_version=expected_version)
    pending = referral.closure_requests.filter(state=ClosureRequestState.PENDING).exists()
    refusal = closure_refusal(referral, outcome, pending=pending)
    if refusal:
        raise ActionError(refusal)
    at = now()
    closure = ClosureRequest.objects.create(
        referral=referral,
        outcome=outcome,
        rationale=rationale.strip(),
        requested_by=actor,
        requested_at=at,
        needs_sign_off=closure_needs_sign_off(referral),
    )
    if not closure.needs_sign_off:
        _apply_closure(referral, closure, actor=actor)
        return closure
    # Waiting: the referral stays where it is (its clocks keep running) until a decision.
    referral.version += 1
    referral.save(update_fields=["version", "updated_at"])
    record_event(
        "referral.closure_request",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"closure": closure.pk, "outcome": outcome.code},
    )
    Notification.objects.bulk_create(
        Notification(
            user_id=user_id,
            title=f"{referral.reference}: closure waiting for your sign-off",
            body=f"Outcome: {outcome.label}.",
            url=reverse("referrals:close", args=[referral.reference]),
            created_at=at,
        )
        for user_id in User.objects.filter(groups__name=Role.SUPERVISOR, is_active=True)
        .exclude(pk=actor.pk)
        .values_list("pk", flat=True)
    )
    return closure


@transaction.atomic
def do_close_referrals(
    referrals: list[Referral],
    *,
    actor: User,
    outcome: ClosureOutcome,
    rationale: str,
    versions: dict[int, int | None],
) -> tuple[list[ClosureRequest], list[tuple[Referral, str]]]:
    """A supervisor closes several referrals from the queue with one outcome and rationale,
    after seeing each listed (the preview). Each goes through `do_close_referral`, so each
    closure is its own audited event, with its sign-off where the referral needs one. One that
    cannot be closed, or that changed since the preview (`versions`: the version each had
    then), is skipped with the reason. Returns (closures, skipped)."""
    if not actor.has_role(Role.SUPERVISOR):
        raise ActionPermissionError("Only supervisors close referrals in bulk.")
    if not referrals:
        raise ActionError("Select the referrals to close.", field="referrals")
    if not rationale.strip():
        raise ActionError("Give the rationale for closing the referrals.", field="rationale")
    # Every referral of the batch is locked first, in id order, before any audit event.
    list(
        Referral.objects.select_for_update()
        .filter(pk__in=[r.pk for r in referrals])
        .order_by("id")
        .values_list("id", flat=True)
    )
    closures: list[ClosureRequest] = []
    skipped: list[tuple[Referral, str]] = []
    for referral in sorted(referrals, key=lambda r: r.pk):
        try:
            closures.append(
                do_close_referral(
                    referral,
                    actor=actor,
                    outcome=outcome,
                    rationale=rationale,
                    expected_version=versions.get(referral.pk),
                )
            )
        except ActionPermissionError:
            raise
        except StaleError:
            skipped.append((referral, "it changed after you saw the preview: close it again"))
        except ActionError as exc:
            skipped.append((referral, exc.message))
    record_event(
        "referral.bulk_close",
        actor=actor,
        details={
            "outcome": outcome.code,
            "closed": [c.referral_id for c in closures if c.state == ClosureRequestState.CLOSED],
            "sign_off": [c.referral_id for c in closures if c.state != ClosureRequestState.CLOSED],
            "skipped": [{"referral": r.pk, "reason": reason} for r, reason in skipped],
        },
    )
    return closures, skipped


def _apply_closure(referral: Referral, closure: ClosureRequest, *, actor: User) -> None:
    """Move a locked referral to its closure's status: clocks met or cancelled with the
    outcome as their reason (escalations stop with them), retention review started."""
    from audit.retention import start_retention_review

    outcome = closure.outcome
    transition(
        referral,
        outcome.status,
        actor=actor,
        reason=closure.rationale,
        clock_reason=f"Referral closed: {outcome.label}",
    )
    at = now()
    referral.closure_outcome = outcome
    referral.closure_rationale = closure.rationale
    referral.closed_at = at
    referral.save(update_fields=["closure_outcome", "closure_rationale", "closed_at"])
    closure.state = ClosureRequestState.CLOSED
    closure.decided_by = actor if closure.needs_sign_off else None
    closure.decided_at = at
    closure.save(update_fields=["state", "decided_by", "decided_at"])
    review = start_retention_review(referral, at)
    record_event(
        "referral.close",
        actor=actor,
        obj=referral,
        referral=referral,
        details={
            "closure": closure.pk,
            "outcome": outcome.code,
            "signed_off": closure.needs_sign_off,
            # A decision taken after an earlier closure stands: the trail says so.
            "retention": review.status,
            "retention_review_due": review.review_due.isoformat(),
        },
    )


@transaction.atomic
def do_decide_closure(
    closure: ClosureRequest,
    *,
    actor: User,
    approve: bool,
    note: str = "",
) -> ClosureRequest:
    """A supervisor other than the one who asked signs off a closure (the referral closes) or
    refuses it with a reason (the referral stays open, and the closer is told)."""
    if not actor.has_role(Role.SUPERVISOR):
        raise ActionPermissionError("Only a supervisor signs off a closure.")
    if closure.requested_by_id == actor.pk:
        raise ActionPermissionError(
            "You asked for this closure, so another supervisor must sign it off."
        )
    if not approve and not note.strip():
        raise ActionError("Say why the closure is refused.", field="note")
    referral = lock_referral(closure.referral)
    closure = (
        ClosureRequest.objects.select_for_update().select_related("outcome").get(pk=closure.pk)
    )
    if closure.state != ClosureRequestState.PENDING:
        raise ActionError(
            f"This closure was already {closure.get_state_display().lower()} by someone else."
        )
    closure.decision_note = note.strip()
    closure.save(update_fields=["decision_note"])
    if approve:
        if not can_move(referral.status, closure.outcome.status):
            raise ActionError(
                f"{referral.reference} is {referral.get_status_display().lower()} now, so it "
                "cannot be closed: refuse this closure instead."
            )
        _apply_closure(referral, closure, actor=actor)
        return closure
    closure.state = ClosureRequestState.REFUSED
    closure.decided_by = actor
    closure.decided_at = now()
    closure.save(update_fields=["state", "decided_by", "decided_at"])
    referral.version += 1
    referral.save(update_fields=["version", "updated_at"])
    record_event(
        "referral.closure_refuse",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"closure": closure.pk, "outcome": closure.outcome.code},
    )
    Notification.objects.create(
        user=closure.requested_by,
        title=f"Closure of {referral.reference} refused",
        body=closure.decision_note,
        url=reverse("referrals:detail", args=[referral.reference]),
        created_at=closure.decided_at,
    )
    return closure


@transaction.atomic
def do_reopen_referral(
    referral: Referral,
    *,
    actor: User,
    reason: str,
    expected_version: int | None = None,
) -> Referral:
    """Reopen a closed referral with a reason (new information): back to triage, with the
    triage and decision-to-share clocks started again (docs/sla.md) and the retention review
    withdrawn until it ends again."""
    from audit.retention import stop_retention_review

    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors reopen referrals.")
    if not reason.strip():
        raise ActionError(
            "Say what new information means the referral is reopened.", field="reason"
        )
    referral = lock_referral(referral, expected_version=expected_version)
    if referral.status not in (ReferralStatus.CLOSED, ReferralStatus.NO_FURTHER_ACTION):
        raise ActionError(
            f"{referral.reference} is {referral.get_status_display().lower()}: only a closed "
            "referral can be reopened."
        )
    transition(referral, ReferralStatus.IN_TRIAGE, actor=actor, reason=reason.strip())
    referral.closure_outcome = None
    referral.closure_rationale = ""
    referral.closed_at = None
    referral.save(update_fields=["closure_outcome", "closure_rationale", "closed_at"])
    stop_retention_review(referral)
    record_event(
        "referral.reopen",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"reason": reason.strip()},
    )
    return referral


@transaction.atomic
def do_merge_referral(
    duplicate: Referral,
    *,
    actor: User,
    survivor: Referral,
    reason: str,
    expected_version: int | None = None,
) -> Referral:
    """Merge a duplicate referral into the one that survives. The duplicate keeps its children,
    shares, clocks and history and says where it went; the survivor lists it. Its hub clocks
    stop (the survivor's run on), its retention review starts, and its children stop counting
    twice as repeats."""
    from audit.retention import start_retention_review

    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors merge referrals.")
    if not reason.strip():
        raise ActionError("Say why this referral is a duplicate.", field="reason")
    if survivor.pk == duplicate.pk:
        raise ActionError("A referral cannot be merged into itself.", field="survivor")
    # Both rows locked, lower id first, so two merges of the same pair cannot deadlock.
    locked = {
        r.pk: r
        for r in Referral.objects.select_for_update()
        .filter(pk__in=[duplicate.pk, survivor.pk])
        .order_by("id")
    }
    duplicate, survivor = locked[duplicate.pk], locked[survivor.pk]
    if expected_version is not None and duplicate.version != expected_version:
        lock_referral(duplicate, expected_version=expected_version)  # raises the stale message
    if survivor.status == ReferralStatus.MERGED:
        raise ActionError(
            f"{survivor.reference} was itself merged into another referral: merge into that one.",
            field="survivor",
        )
    if duplicate.closure_requests.filter(state=ClosureRequestState.PENDING).exists():
        raise ActionError(
            f"{duplicate.reference} has a closure waiting for sign-off: decide on it first."
        )
    transition(
        duplicate,
        ReferralStatus.MERGED,
        actor=actor,
        reason=reason.strip(),
        clock_reason=f"Merged into {survivor.reference}",
    )
    at = now()
    duplicate.merged_into = survivor
    duplicate.closure_outcome = ClosureOutcome.objects.filter(code="duplicate").first()
    duplicate.closure_rationale = reason.strip()
    duplicate.closed_at = at
    duplicate.save(
        update_fields=["merged_into", "closure_outcome", "closure_rationale", "closed_at"]
    )
    start_retention_review(duplicate, at)
    # Merged referrals are left out of the repeat counts: the children's other referrals
    # (the survivor among them) are recounted.
    recounted = refresh_repeat_counts(
        duplicate.subjects.filter(role=SubjectRole.CHILD).values_list("person_id", flat=True)
    )
    refresh_repeat_referrals(recounted - {duplicate.pk})
    record_event(
        "referral.merge",
        actor=actor,
        obj=duplicate,
        referral=duplicate,
        details={"into": survivor.reference, "reason": reason.strip()},
    )
    record_event(
        "referral.merge_in",
        actor=actor,
        obj=survivor,
        referral=survivor,
        details={"from": duplicate.reference},
    )
    return duplicate
