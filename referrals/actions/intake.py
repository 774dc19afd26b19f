"""Receiving referrals: references, one submission or a batch, and intake from records systems."""

from typing import Any, cast

from django.conf import settings
from django.db import IntegrityError, connection, transaction

from accounts.models import User
from audit.actions import record_events
from referrals import sla
from referrals.access import intake_referral, intake_referrals
from referrals.hooks import (
    encompass_proposal_events,
    propose_new_notices,
    raise_new_referral_flags,
    read_new_referrals,
    record_officer_grade,
    refresh_flags,
    texts_of,
)
from referrals.inputs import (
    STORED_CHILD_FIELDS,
    ChildDetails,
    IncidentDetails,
    PersonDetails,
    Submission,
)
from referrals.matching import suggest_matches, suggest_matches_many
from referrals.models import (
    OPEN_STATUSES,
    ImportJob,
    MatchThresholds,
    Person,
    Referral,
    ReferralSource,
    ReferralStatus,
    ReferralSubject,
    SubjectRole,
)
from referrals.priority import recompute_many
from referrals.repeats import refresh_repeat_counts
from referrals.routing import known_districts, route_by_postcodes
from vhub import prepared
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role


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
    prepared.insert(referrals)

    # The people: each referral's children, then its other people, in the batch's order.
    added: list[tuple[int, ReferralSubject]] = []  # (row in the batch, subject)
    for row, (submission, referral) in enumerate(zip(batch, referrals, strict=True)):
        for child in submission.details.children:
            added.append((row, _new_subject(referral, child, SubjectRole.CHILD, child)))
        for other in submission.details.others:
            # Adults are recorded with their part in the incident; matching is for children,
            # whose chronology the hub keeps.
            added.append((row, _new_subject(referral, other, other.role)))
    prepared.insert([subject.person for _, subject in added])
    prepared.insert([subject for _, subject in added])
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

    grade_events: dict[int, list[dict]] = {}  # type: ignore[type-arg]
    for submission, referral in zip(batch, referrals, strict=True):
        if submission.details.officer_grade:
            # Stored as the officer's initial assessment of each child, as the officer's own
            # form stores it, so under-grading compares the hub's findings with it. Before the
            # clocks start, so they start on the grade.

            grade_events[referral.pk] = record_officer_grade(
                referral,
                [s for s in subjects[referral.pk] if s.role == SubjectRole.CHILD],
                submission.details.officer_grade,
                actor=actor,
            )
    # DESIGN.md §6: each school-age child's school is told before the next school day;
    # its ENCOMPASS clock starts with the referral's own.
    notices = propose_new_notices([(r, subjects[r.pk]) for r in referrals])
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
    return {name: getattr(child, name) for name in STORED_CHILD_FIELDS}


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
