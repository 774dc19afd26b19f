"""The questions asked about each child are one list (referrals.inputs.CHILD_QUESTIONS): the
officer's form, the API, the import, drafts and the subject access export take them from it,
and the model and ChildDetails store each one under its name."""

import dataclasses

from django.db import models

from officer.forms import ChildForm
from referrals.importer import CHILD_COLUMNS
from referrals.inputs import (
    CHILD_ANSWERS,
    CHILD_IDENTITY,
    CHILD_QUESTIONS,
    YES_NO_ANSWERS,
    ChildDetails,
)
from referrals.models import ReferralSubject
from referrals.serializers import IntakeChildSerializer
from vhub.forms import YesNoUnknownField


def test_the_names_come_from_the_one_list() -> None:
    assert tuple(q.name for q in CHILD_QUESTIONS) == CHILD_ANSWERS
    assert tuple(q.name for q in CHILD_QUESTIONS if q.yes_no) == YES_NO_ANSWERS
    assert (*CHILD_IDENTITY, *CHILD_ANSWERS, "voice_of_child") == CHILD_COLUMNS


def test_every_question_is_stored_under_its_name() -> None:
    defaults = {f.name: f.default for f in dataclasses.fields(ChildDetails)}
    for question in CHILD_QUESTIONS:
        column = ReferralSubject._meta.get_field(question.name)
        if question.yes_no:
            assert isinstance(column, models.BooleanField), question.name
            assert column.null, question.name
            assert defaults[question.name] is None
        else:
            assert isinstance(column, models.CharField), question.name
            assert column.max_length == question.max_length, question.name
            assert defaults[question.name] == ""


def test_the_officers_form_asks_every_question_after_who_the_child_is() -> None:
    form = ChildForm()
    names = list(form.fields)
    assert names[-len(CHILD_QUESTIONS) :] == list(CHILD_ANSWERS)
    assert names[: -len(CHILD_QUESTIONS)] == [
        "first_name",
        "last_name",
        "unborn",
        "date_of_birth",
        "expected_date",
        "address",
        "postcode",
    ]
    for question in CHILD_QUESTIONS:
        field = form.fields[question.name]
        assert field.label == question.label
        assert field.help_text == question.help_text
        if question.yes_no:
            assert isinstance(field, YesNoUnknownField)
            assert field.required
        else:
            assert field.max_length == question.max_length
            assert field.required == bool(question.missing)
        if field.required:
            assert field.error_messages["required"] == question.missing


def test_an_unanswered_question_is_refused_with_its_own_message() -> None:
    form = ChildForm({"first_name": "Ann", "last_name": "Smith"})
    assert not form.is_valid()
    asked = [q for q in CHILD_QUESTIONS if q.yes_no or q.missing]
    assert {q.name: [q.missing] for q in asked} == {
        name: errors for name, errors in form.errors.items() if name in CHILD_ANSWERS
    }


def test_the_api_takes_every_question_and_may_leave_each_out() -> None:
    fields = IntakeChildSerializer().fields
    assert list(fields) == [*CHILD_IDENTITY, *CHILD_ANSWERS, "voice_of_child"]
    for question in CHILD_QUESTIONS:
        field = fields[question.name]
        assert not field.required
        if question.yes_no:
            assert field.allow_null
            assert field.default is None
        else:
            assert field.max_length == question.max_length
            assert field.allow_blank
            assert field.default == ""
    data = {"first_name": "Ann", "last_name": "Smith", "voice_of_child": "Quiet."}
    serializer = IntakeChildSerializer(data=data)
    assert serializer.is_valid(), serializer.errors
    child = ChildDetails(**serializer.validated_data)
    assert [getattr(child, q.name) for q in CHILD_QUESTIONS] == [
        None if q.yes_no else "" for q in CHILD_QUESTIONS
    ]
