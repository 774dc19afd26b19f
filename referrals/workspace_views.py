"""Pages of the practitioner's workspace: case notes on a referral and on a person (write,
correct within the window, add a correction note after it) and files on a referral (attach,
download). Thin: each parses a form, calls one action, and goes back to the record."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse

from accounts.http import AuthenticatedHttpRequest
from accounts.models import User
from audit.actions import record_event
from audit.denials import require_role
from referrals.access import access_person, access_referral
from referrals.attachments import (
    access_attachment,
    attachments_of,
    can_attach,
    do_add_referral_attachment,
    record_attachment_download,
)
from referrals.models import CaseNote, Person, Referral
from referrals.notes import (
    access_note,
    can_read_notes,
    do_add_case_note,
    do_add_correction_note,
    do_correct_case_note,
    is_correctable,
    note_kinds_for,
    person_notes,
    referral_notes,
)
from referrals.workspace_forms import AttachmentForm, CaseNoteForm, NoteTextForm
from vhub.http import Done, form_action
from vhub.roles import Role
from vhub.uploads import private_download

CASEWORK = (Role.PRACTITIONER, Role.SUPERVISOR)


def _back(referral: Referral | None, person: Person | None) -> str:
    if referral is not None:
        return reverse("referrals:detail", args=[referral.reference]) + "#case-notes"
    return reverse("referrals:person", args=[person.pk if person else 0]) + "#case-notes"


def _add_note_page(
    request: AuthenticatedHttpRequest,
    *,
    referral: Referral | None = None,
    person: Person | None = None,
) -> HttpResponse:
    form = CaseNoteForm(request.POST or None, kinds=note_kinds_for(request.user))

    def add() -> Done:
        note = do_add_case_note(
            actor=request.user,
            kind=form.cleaned_data["kind"],
            text=form.cleaned_data["text"],
            referral=referral,
            person=person,
        )
        return Done(f"{note.kind.label} note added", _back(referral, person))

    if (posted := form_action(request, form, add)).response is not None:
        return posted.response
    return render(
        request,
        "referrals/note_add.html",
        {
            "referral": referral,
            "person": person,
            "form": form,
            "action_error": posted.action_error,
            "back": _back(referral, person),
        },
    )


@login_required
def add_note(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    require_role(request.user, *CASEWORK)
    referral = access_referral(request.user, reference, "change")
    if request.method == "GET":
        record_event("referral.view", actor=request.user, obj=referral, referral=referral)
    return _add_note_page(request, referral=referral)


@login_required
def add_person_note(request: AuthenticatedHttpRequest, person_id: int) -> HttpResponse:
    require_role(request.user, *CASEWORK)
    person = access_person(request.user, person_id)
    if request.method == "GET":
        record_event("person.view", actor=request.user, obj=person)
    return _add_note_page(request, person=person)


def _note_page(request: AuthenticatedHttpRequest, note: CaseNote) -> HttpResponse:
    """One note: its words, its corrections; and for the hub's caseworkers, a form to correct
    it (the author, within the window) or to add a correction note (after it)."""
    record_event(
        "note.view",
        actor=request.user,
        obj=note,
        referral=note.referral,
        details={"person": note.person_id},
    )
    in_place = is_correctable(note, request.user)
    can_write = request.user.is_vhub_caseworker
    form = NoteTextForm(request.POST or None, initial={"text": note.text if in_place else ""})
    if request.method == "POST":
        require_role(request.user, *CASEWORK)

    def correct() -> Done:
        text = form.cleaned_data["text"]
        if in_place:
            do_correct_case_note(note, actor=request.user, text=text)
        else:
            do_add_correction_note(note, actor=request.user, text=text)
        said = "Note corrected" if in_place else "Correction note added"
        return Done(said, _back(note.referral, note.person))

    if (posted := form_action(request, form, correct)).response is not None:
        return posted.response
    return render(
        request,
        "referrals/note.html",
        {
            "note": note,
            "corrections": list(
                note.corrections.select_related("author").order_by("created_at", "id")
            ),
            "form": form if can_write else None,
            "in_place": in_place,
            "action_error": posted.action_error,
            "back": _back(note.referral, note.person),
        },
    )


@login_required
def referral_note(request: AuthenticatedHttpRequest, reference: str, note_id: int) -> HttpResponse:
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR, Role.MANAGER)
    referral = access_referral(request.user, reference, "view")
    return _note_page(request, access_note(request.user, note_id, referral=referral))


@login_required
def person_note(request: AuthenticatedHttpRequest, person_id: int, note_id: int) -> HttpResponse:
    person = access_person(request.user, person_id)
    note = access_note(request.user, note_id)
    if note.person_id != person.pk and note.referral is not None:
        # A note on one of the person's referrals is opened from that referral.
        return redirect("referrals:note", reference=note.referral.reference, note_id=note.pk)
    return _note_page(request, note)


@login_required
def add_attachment(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    referral = access_referral(request.user, reference, "view")
    if not can_attach(request.user, referral):
        require_role(request.user, *CASEWORK)  # 403, audited: the officer's is their own
    if request.method == "GET":
        record_event("referral.view", actor=request.user, obj=referral, referral=referral)
    form = AttachmentForm(request.POST or None, request.FILES or None)

    def attach() -> Done:
        attachment = do_add_referral_attachment(
            referral,
            form.cleaned_data["file"],
            actor=request.user,
            description=form.cleaned_data["description"],
        )
        return Done(
            f"{attachment.original_name} attached",
            reverse("referrals:detail", args=[reference]) + "#attachments",
        )

    if (posted := form_action(request, form, attach)).response is not None:
        return posted.response
    return render(
        request,
        "referrals/attachment_add.html",
        {"referral": referral, "form": form, "action_error": posted.action_error},
    )


@login_required
def attachment(
    request: AuthenticatedHttpRequest, reference: str, attachment_id: int
) -> HttpResponseBase:
    """A file of the referral, to whoever may see the referral, always as a download."""
    referral = access_referral(request.user, reference, "view")
    found = access_attachment(request.user, referral, attachment_id)
    record_attachment_download(request.user, found)
    return private_download(
        found.file, filename=found.original_name, content_type=found.content_type
    )


def referral_workspace(user: User, referral: Referral) -> dict[str, object]:
    """The notes and files sections of the referral page: two queries (notes only for the
    hub, who alone read them)."""
    notes = list(referral_notes(referral)) if can_read_notes(user) else []
    for note in notes:
        note.correctable = is_correctable(note, user)  # type: ignore[attr-defined]  # for the template
    return {
        "notes": notes,
        "show_notes": can_read_notes(user),
        "add_note_url": (
            reverse("referrals:add_note", args=[referral.reference])
            if user.is_vhub_caseworker
            else ""
        ),
        "attachments": attachments_of(referral),
        "can_attach": can_attach(user, referral),
    }


def person_workspace(user: User, person: Person) -> dict[str, object]:
    """The notes section of a person's chronology: notes on them and on their referrals."""
    notes = list(person_notes(person))
    for note in notes:
        note.correctable = is_correctable(note, user)  # type: ignore[attr-defined]  # for the template
    return {
        "notes": notes,
        "add_note_url": (
            reverse("referrals:person_add_note", args=[person.pk])
            if user.is_vhub_caseworker
            else ""
        ),
    }
