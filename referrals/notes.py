"""Case notes (DESIGN.md §3, docs/case-notes.md): the hub's record of its research, contact
attempts, strategy discussions and management oversight, on a referral or on a person. The
author may correct a note for a configured time (15 minutes as seeded); after that it stands,
and only a further note, linked to it, can put it right. Every write is one audited action."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import Http404

from accounts.models import User, name_fields
from audit.actions import record_denial, record_event
from referrals.models import CaseNote, NoteKind, Person, Referral, ReferralSubject
from vhub import prepared
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role
from vhub.rows import in_order

MAX_NOTE_CHARS = 20_000


def can_read_notes(user: User) -> bool:
    """The hub's notes are its own working record: its staff read them (managers included);
    the referring officer, partners and auditors do not (auditors see management-oversight
    notes through the quality audit they score)."""
    return bool(user.is_authenticated and user.is_vhub_case_reader)


def can_write_notes(user: User) -> bool:
    return bool(user.is_authenticated and user.is_vhub_caseworker)


def note_kinds_for(user: User) -> QuerySet[NoteKind]:
    """The kinds this person may choose: management oversight is a supervisor's."""
    kinds = NoteKind.objects.filter(is_active=True)
    if not user.has_role(Role.SUPERVISOR):
        kinds = kinds.filter(management_oversight=False)
    return kinds


def correction_deadline(note: CaseNote) -> timedelta:
    return timedelta(minutes=note.kind.correction_minutes)


def is_correctable(note: CaseNote, user: User) -> bool:
    """Whether this person may still change the note's words in place."""
    return note.author_id == user.pk and now() < note.created_at + correction_deadline(note)


def _clean_text(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ActionError("Write the note.", field="text")
    if len(text) > MAX_NOTE_CHARS:
        raise ActionError(
            f"A note can be at most {MAX_NOTE_CHARS:,} characters: split it into two.",
            field="text",
        )
    return text


def _check_kind(kind: NoteKind, actor: User) -> None:
    if not kind.is_active:
        raise ActionError("Choose the kind of note.", field="kind")
    if kind.management_oversight and not actor.has_role(Role.SUPERVISOR):
        raise ActionPermissionError(f"Only a supervisor records {kind.label.lower()}.")


@transaction.atomic
def do_add_case_note(
    *,
    actor: User,
    kind: NoteKind,
    text: str,
    referral: Referral | None = None,
    person: Person | None = None,
    corrects: CaseNote | None = None,
) -> CaseNote:
    """A note on a referral or on a person. `corrects`: the earlier note (on the same record)
    that this one puts right, once that note can no longer be changed."""
    if not can_write_notes(actor):
        raise ActionPermissionError("Only VHub practitioners and supervisors write case notes.")
    if (referral is None) == (person is None):
        raise ActionError("A note is about one referral or one person.")
    _check_kind(kind, actor)
    text = _clean_text(text)
    if corrects is not None and (
        corrects.referral_id != (referral.pk if referral else None)
        or corrects.person_id != (person.pk if person else None)
    ):
        raise ActionError("A correction belongs with the note it corrects.")
    note = CaseNote.objects.create(
        referral=referral,
        person=person,
        kind=kind,
        text=text,
        author=actor,
        created_at=now(),
        corrects=corrects,
    )
    record_event(
        "note.add",
        actor=actor,
        obj=note,
        referral=referral,
        details={
            "kind": kind.code,
            "kind_label": kind.label,
            "person": person.pk if person else None,
            "corrects": corrects.pk if corrects else None,
            "characters": len(text),
        },
    )
    return note


@transaction.atomic
def do_correct_case_note(note: CaseNote, *, actor: User, text: str) -> CaseNote:
    """The author changes the words of their own note within its correction window. The words
    written before are kept in the note's change history."""
    note = (
        CaseNote.objects.select_for_update(of=("self",))
        .select_related("kind", "referral")
        .get(pk=note.pk)
    )
    if note.author_id != actor.pk:
        raise ActionPermissionError("Only the person who wrote a note can correct it.")
    if not is_correctable(note, actor):
        minutes = note.kind.correction_minutes
        raise ActionError(
            f"A note can be corrected for {minutes} minutes after it is written. Add a "
            "correction note instead: it is shown with this one.",
            field="text",
        )
    text = _clean_text(text)
    if text == note.text:
        return note
    note.text, note.edited_at = text, now()
    note.save(update_fields=["text", "edited_at"])
    record_event(
        "note.correct",
        actor=actor,
        obj=note,
        referral=note.referral,
        details={
            "kind": note.kind.code,
            "kind_label": note.kind.label,
            "person": note.person_id,
            "characters": len(text),
        },
    )
    return note


@transaction.atomic
def do_add_correction_note(note: CaseNote, *, actor: User, text: str) -> CaseNote:
    """A further note that puts an earlier one right, once the earlier one stands."""
    return do_add_case_note(
        actor=actor,
        kind=note.kind,
        text=text,
        referral=note.referral,
        person=note.person,
        corrects=note,
    )


# --- Reading --------------------------------------------------------------------------------


# What a listed note shows besides its referral.
_NOTE_RELATIONS = ("kind", "author", "corrects__kind", "corrects__author", "person")


def _with_people(notes: QuerySet[CaseNote]) -> QuerySet[CaseNote]:
    return notes.select_related(*_NOTE_RELATIONS, "referral")


# A referral's notes with what the page and the API show of each (of the people, their names),
# compiled once per process (vhub/prepared.py): Django compiling its five joins cost more than
# running them (bench/README.md, issue 21). Read unordered; `referral_notes` orders them.
_REFERRAL_NOTES = prepared.Read(
    lambda: (
        CaseNote.objects.filter(referral_id=prepared.Param("referral"))
        .select_related("kind", "author", "corrects__kind", "corrects__author")
        .only(
            "person",
            "text",
            "created_at",
            "edited_at",
            "kind__code",
            "kind__label",
            "kind__correction_minutes",
            *name_fields("author"),
            "corrects__created_at",
            "corrects__kind__label",
            *name_fields("corrects__author"),
        )
        .order_by()
    )
)


def referral_notes(referral: Referral) -> list[CaseNote]:
    """A referral's notes, newest first, each with its kind, author and the note it corrects:
    one query. Each note's referral is `referral` itself, given to the note rather than joined
    again."""
    notes = in_order(_REFERRAL_NOTES(referral=referral.pk), "-created_at", "-id")
    for note in notes:
        note.referral = referral
    return notes


def person_notes(person: Person) -> QuerySet[CaseNote]:
    """Everything noted about a person for their chronology, newest first: notes on them (and
    on the duplicate records merged into them) and notes on every referral about them (a
    merged record's referrals moved to the survivor when the match was confirmed). One query."""
    on_referrals = ReferralSubject.objects.filter(person=person).values("referral_id")
    return _with_people(
        CaseNote.objects.filter(
            Q(person=person) | Q(person__merged_into=person) | Q(referral_id__in=on_referrals)
        )
    ).order_by("-created_at", "-id")


def oversight_notes(referral_id: int) -> QuerySet[CaseNote]:
    """Supervisors' management-oversight notes on a referral, oldest first: what a quality
    audit looks for."""
    return (
        CaseNote.objects.filter(referral_id=referral_id, kind__management_oversight=True)
        .select_related("kind", "author")
        .order_by("created_at", "id")
    )


def access_note(user: User, note_id: int, *, referral: Referral | None = None) -> CaseNote:
    """A note this person may read (on `referral` when given), or the same 404 for missing and
    forbidden, audited."""
    note = None
    if can_read_notes(user):
        rows = CaseNote.objects.select_related("kind", "referral", "person")
        if referral is not None:
            rows = rows.filter(referral=referral)
        note = rows.filter(pk=note_id).first()
    if note is None:
        record_denial(
            user, object_type="referrals.casenote", object_id=note_id, reason="not visible"
        )
        raise Http404("No note found")
    return note
