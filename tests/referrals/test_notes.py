"""Case notes (docs/case-notes.md): kinds as data, the author's correction window, correction
notes after it, the referral's and the child's chronology, and an audit event for every read
and write."""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from audit.models import AuditEvent
from referrals.models import CaseNote, NoteKind
from referrals.notes import (
    do_add_case_note,
    do_add_correction_note,
    do_correct_case_note,
    person_notes,
    referral_notes,
)
from tests.factories import submit_referral
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError

pytestmark = pytest.mark.django_db


@pytest.fixture
def research() -> NoteKind:
    return NoteKind.objects.get(code="research")


@pytest.fixture
def oversight() -> NoteKind:
    return NoteKind.objects.get(code="management_oversight")


@pytest.fixture
def referral(officer):  # type: ignore[no-untyped-def]
    return submit_referral(officer)


def test_the_kinds_are_seeded_as_data_and_oversight_is_marked():
    kinds = dict(NoteKind.objects.values_list("code", "management_oversight"))
    assert kinds == {
        "research": False,
        "contact_attempt": False,
        "strategy_discussion": False,
        "management_oversight": True,
        "other": False,
    }
    assert set(NoteKind.objects.values_list("correction_minutes", flat=True)) == {15}


def test_a_practitioner_adds_a_note_and_it_is_audited(referral, practitioner, research):
    note = do_add_case_note(
        actor=practitioner, kind=research, text="  Checked PNC: nothing held.  ", referral=referral
    )
    assert note.text == "Checked PNC: nothing held."
    event = AuditEvent.objects.get(action="note.add")
    assert event.referral_id == referral.pk
    assert event.object_id == str(note.pk)
    assert event.details["kind"] == "research"


def test_only_a_supervisor_writes_management_oversight(
    referral, practitioner, supervisor, oversight
):
    with pytest.raises(ActionPermissionError):
        do_add_case_note(actor=practitioner, kind=oversight, text="Direction.", referral=referral)
    note = do_add_case_note(actor=supervisor, kind=oversight, text="Direction.", referral=referral)
    assert note.kind.management_oversight


@pytest.mark.parametrize("who", ["officer", "manager", "auditor", "partner_a"])
def test_people_outside_the_hubs_casework_cannot_write_notes(request, referral, research, who):
    with pytest.raises(ActionPermissionError):
        do_add_case_note(
            actor=request.getfixturevalue(who), kind=research, text="x", referral=referral
        )


def test_an_empty_note_is_refused_with_a_field_error(referral, practitioner, research):
    with pytest.raises(ActionError) as refused:
        do_add_case_note(actor=practitioner, kind=research, text="   ", referral=referral)
    assert refused.value.field == "text"


def test_the_author_corrects_within_15_minutes_and_the_first_words_are_kept(
    referral, practitioner, research
):
    start = now()
    with time_machine.travel(start, tick=False):
        note = do_add_case_note(
            actor=practitioner, kind=research, text="Tlaked to GP", referral=referral
        )
    with time_machine.travel(start + timedelta(minutes=14, seconds=59), tick=False):
        do_correct_case_note(note, actor=practitioner, text="Talked to the GP.")
    note.refresh_from_db()
    assert note.text == "Talked to the GP."
    assert note.edited_at is not None
    history = list(CaseNote.pgh_event_model.objects.filter(pgh_obj=note).order_by("pgh_id"))
    assert [h.text for h in history] == ["Tlaked to GP", "Talked to the GP."]
    assert AuditEvent.objects.filter(action="note.correct", object_id=str(note.pk)).count() == 1


def test_after_15_minutes_the_note_stands_and_only_a_correction_note_follows(
    referral, practitioner, research
):
    start = now()
    with time_machine.travel(start, tick=False):
        note = do_add_case_note(
            actor=practitioner, kind=research, text="Spoke to mum.", referral=referral
        )
    with time_machine.travel(start + timedelta(minutes=15), tick=False):
        with pytest.raises(ActionError, match="15 minutes"):
            do_correct_case_note(note, actor=practitioner, text="Spoke to dad.")
        correction = do_add_correction_note(note, actor=practitioner, text="It was dad, not mum.")
    note.refresh_from_db()
    assert note.text == "Spoke to mum."
    assert correction.corrects == note
    assert correction.referral == referral
    assert correction.kind == research


def test_someone_else_cannot_correct_a_note_in_place(
    referral, practitioner, practitioner2, research
):
    note = do_add_case_note(
        actor=practitioner, kind=research, text="Spoke to mum.", referral=referral
    )
    with pytest.raises(ActionPermissionError):
        do_correct_case_note(note, actor=practitioner2, text="Changed.")


def test_the_window_is_configuration(referral, practitioner, research):
    research.correction_minutes = 5
    research.save()
    start = now()
    with time_machine.travel(start, tick=False):
        note = do_add_case_note(actor=practitioner, kind=research, text="A.", referral=referral)
    with (
        time_machine.travel(start + timedelta(minutes=6), tick=False),
        pytest.raises(ActionError, match="5 minutes"),
    ):
        do_correct_case_note(note, actor=practitioner, text="B.")


def test_the_referral_and_the_childs_chronology_show_the_notes(
    referral, practitioner, research, client_for, django_assert_num_queries
):
    person = referral.subjects.get().person
    on_referral = do_add_case_note(
        actor=practitioner, kind=research, text="School says attendance 60%.", referral=referral
    )
    on_person = do_add_case_note(
        actor=practitioner, kind=research, text="Known to early help 2024.", person=person
    )
    other = submit_referral(referral.submitted_by)  # another referral, another child record
    do_add_case_note(actor=practitioner, kind=research, text="Unrelated.", referral=other)
    with django_assert_num_queries(1):  # notes with kind, author, corrected note, record
        assert list(referral_notes(referral)) == [on_referral]
    with django_assert_num_queries(1):  # notes on the person, their merged records, referrals
        assert list(person_notes(person)) == [on_person, on_referral]

    client = client_for(practitioner)
    page = client.get(reverse("referrals:detail", args=[referral.reference])).content.decode()
    assert "School says attendance 60%." in page
    assert "Unrelated." not in page
    # The timeline names the note's kind; the note itself is in the notes section.
    assert "Case note added" in page
    chronology = client.get(reverse("referrals:person", args=[person.pk])).content.decode()
    assert "Known to early help 2024." in chronology
    assert "School says attendance 60%." in chronology
    assert "Unrelated." not in chronology


def test_a_referrals_notes_carry_the_referral_without_reading_it_again(
    referral, practitioner, research, django_assert_num_queries
):
    """The referral page has the referral: its notes are given it rather than joining the
    referral's row (the widest of the statement) for every note."""
    first = do_add_case_note(actor=practitioner, kind=research, text="A.", referral=referral)
    do_correct_case_note(first, actor=practitioner, text="B.")
    with CaptureQueriesContext(connection) as statements:
        notes = list(referral_notes(referral))
    # 1: the notes with their kind, author, person and the note each corrects.
    assert len(statements) == 1
    assert '"referrals_referral"' not in statements[0]["sql"]
    with django_assert_num_queries(0):
        assert [n.referral for n in notes] == [referral]
        assert notes[0].referral.reference == referral.reference
        assert notes[0].kind == research


def test_the_referring_officer_sees_no_notes(referral, officer, practitioner, research, client_for):
    do_add_case_note(actor=practitioner, kind=research, text="Hub only.", referral=referral)
    page = client_for(officer).get(reverse("referrals:detail", args=[referral.reference]))
    assert page.status_code == 200
    assert "Hub only." not in page.content.decode()
    assert "Case notes" not in page.content.decode()


def test_notes_written_through_the_pages(referral, practitioner, research, client_for):
    client = client_for(practitioner)
    url = reverse("referrals:add_note", args=[referral.reference])
    empty = client.post(url, {"kind": research.pk, "text": ""})
    assert empty.status_code == 200
    assert "Write the note" in empty.content.decode()
    done = client.post(url, {"kind": research.pk, "text": "Checked social care records."})
    assert done.status_code == 302
    note = CaseNote.objects.get()
    page = reverse("referrals:note", args=[referral.reference, note.pk])
    assert client.post(page, {"text": "Checked LA social care records."}).status_code == 302
    note.refresh_from_db()
    assert note.text == "Checked LA social care records."
    assert AuditEvent.objects.filter(action="note.view", object_id=str(note.pk)).exists()


def test_a_note_page_after_the_window_adds_a_correction(
    referral, practitioner, research, client_for
):
    start = now()
    with time_machine.travel(start, tick=False):
        note = do_add_case_note(actor=practitioner, kind=research, text="Old.", referral=referral)
    with time_machine.travel(start + timedelta(hours=1), tick=False):
        client = client_for(practitioner)
        page = reverse("referrals:note", args=[referral.reference, note.pk])
        assert "Add a correction note" in client.get(page).content.decode()
        assert client.post(page, {"text": "New."}).status_code == 302
    note.refresh_from_db()
    assert note.text == "Old."
    assert note.corrections.get().text == "New."


def test_a_note_of_another_referral_is_a_404_and_audited(
    referral, officer, practitioner, research, client_for
):
    note = do_add_case_note(actor=practitioner, kind=research, text="A.", referral=referral)
    other = submit_referral(officer)
    response = client_for(practitioner).get(
        reverse("referrals:note", args=[other.reference, note.pk])
    )
    assert response.status_code == 404
    assert AuditEvent.objects.filter(
        action="access.denied", details__object_type="referrals.casenote"
    ).exists()
