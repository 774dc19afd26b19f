"""The counts of children every referral keeps (referrals.models.CHILD_COUNTS: unassessed; the
children, voiced, with only a reason, with the officer's initial assessment sent, and complete),
kept by database triggers on subjects, risk assessments and officers' initial assessments. After
every kind of write that changes a counted fact (intake, an officer's assessment kept or resent,
the hub's assessment, a voice recorded, a child added, removed, moved or changing role, an
assessment or the officer's copy removed, bulk writes, a merge) each referral's kept counts
equal a recount from its rows in Python; the frontline figures read the kept counts; and
`manage.py check_child_counts` finds a wrong count and repairs it."""

import importlib
import threading
from io import StringIO
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from referrals.actions.allocation import do_start_triage
from referrals.actions.closure import do_merge_referral
from referrals.actions.returns import do_return_to_officer
from referrals.models import (
    CHILD_COUNTS,
    MISCOUNTED_CHILDREN,
    Person,
    Referral,
    ReferralDraft,
    ReferralSubject,
    SubjectRole,
)
from risk.actions import do_save_assessment
from risk.frontline import Scope, completion_rates, default_period, voice_of_child
from risk.models import ChildRiskAssessment, OfficerSubmission
from tests.factories import assessment_input, child, submit_referral
from vhub.clock import now

NAMES = ("unassessed", "children", "voiced", "reason_only", "sent", "complete")


def _recounted(referral: Referral) -> dict[str, int]:
    """The counts from the rows, in Python."""
    counts = dict.fromkeys(NAMES, 0)
    children = ReferralSubject.objects.filter(
        referral=referral, role=SubjectRole.CHILD
    ).select_related("assessment__officer_submission")
    for s in children:
        assessment = getattr(s, "assessment", None)
        submission = getattr(assessment, "officer_submission", None) if assessment else None
        counts["unassessed"] += assessment is None
        counts["children"] += 1
        counts["voiced"] += s.voice_of_child != ""
        counts["reason_only"] += s.voice_of_child == "" and s.voice_not_captured_reason != ""
        counts["sent"] += submission is not None
        counts["complete"] += bool(submission and submission.complete)
    return counts


def _kept(referral: Referral) -> dict[str, int]:
    row = Referral.objects.values_list(*CHILD_COUNTS).get(pk=referral.pk)
    return dict(zip(NAMES, row, strict=True))


def _all_right() -> None:
    """Every referral's kept counts are its recount, and the check finds nothing."""
    for referral in Referral.objects.all():
        assert _kept(referral) == _recounted(referral), referral.reference
    with connection.cursor() as cursor:
        cursor.execute(MISCOUNTED_CHILDREN)
        assert cursor.fetchall() == []


def _counts(**values: int) -> dict[str, int]:
    return {**dict.fromkeys(NAMES, 0), **values}


@pytest.fixture
def three(officer):  # type: ignore[no-untyped-def]
    """A referral with a child voiced, one with only a reason, one with neither."""
    return submit_referral(
        officer,
        children=[
            child(first_name="Amy"),
            child(first_name="Ben", voice_of_child="", voice_not_captured_reason="Asleep"),
            child(first_name="Cal", voice_of_child="", voice_not_captured_reason=""),
        ],
    )


def _child(referral: Referral, name: str) -> ReferralSubject:
    return referral.subjects.get(role=SubjectRole.CHILD, person__first_name=name)


def test_intake_and_assessments_kept_sent_resent_and_removed(three, officer, practitioner):
    assert _kept(three) == _counts(unassessed=3, children=3, voiced=1, reason_only=1)
    _all_right()

    # The officer's initial assessments: complete for Amy, without reasons for Ben.
    amy, ben, cal = (_child(three, n) for n in ("Amy", "Ben", "Cal"))
    do_save_assessment(amy, assessment_input("medium"), actor=officer, submit=False)
    do_save_assessment(ben, assessment_input("standard", rationale=""), actor=officer, submit=False)
    assert _kept(three) == _counts(
        unassessed=1, children=3, voiced=1, reason_only=1, sent=2, complete=1
    )
    _all_right()

    # Sent again with the reasons: Ben's becomes complete (the same row, updated).
    do_save_assessment(ben, assessment_input("standard"), actor=officer, submit=False)
    assert OfficerSubmission.objects.filter(referral=three).count() == 2
    assert _kept(three)["complete"] == 2
    # The hub's own assessment of Cal is no officer's: assessed, not sent.
    do_save_assessment(cal, assessment_input("high"), actor=practitioner, submit=False)
    assert _kept(three) == _counts(children=3, voiced=1, reason_only=1, sent=2, complete=2)
    _all_right()

    # A bulk update of the copies (complete or not) is followed too.
    OfficerSubmission.objects.filter(referral=three).update(complete=False)
    assert (_kept(three)["sent"], _kept(three)["complete"]) == (2, 0)
    OfficerSubmission.objects.filter(assessment__subject=ben).update(complete=True)
    _all_right()

    # The officer's copy removed; an assessment removed (its copy with it).
    OfficerSubmission.objects.filter(assessment__subject=amy).delete()
    assert (_kept(three)["sent"], _kept(three)["complete"]) == (1, 1)
    ChildRiskAssessment.objects.filter(subject=ben).delete()
    assert _kept(three) == _counts(unassessed=1, children=3, voiced=1, reason_only=1)
    _all_right()


def test_voices_roles_and_children_added_moved_or_removed(three, officer):
    other = submit_referral(officer, children=[child(first_name="Dan")])
    amy, ben, cal = (_child(three, n) for n in ("Amy", "Ben", "Cal"))

    # A voice recorded for Cal (as a correction saves it), Ben's reason cleared in bulk.
    cal.voice_of_child = "Said it was loud."
    cal.save(update_fields=["voice_of_child"])
    ReferralSubject.objects.filter(pk=ben.pk).update(voice_not_captured_reason="")
    assert _kept(three) == _counts(unassessed=3, children=3, voiced=2)
    ReferralSubject.objects.filter(referral=three).update(
        voice_of_child="", voice_not_captured_reason="Too young"
    )
    assert _kept(three) == _counts(unassessed=3, children=3, reason_only=3)
    _all_right()

    # Amy is a witness, not a child, then a child of the other referral, with her assessment.
    do_save_assessment(amy, assessment_input("medium"), actor=officer, submit=False)
    ReferralSubject.objects.filter(pk=amy.pk).update(role=SubjectRole.OTHER_ADULT)
    assert _kept(three) == _counts(unassessed=2, children=2, reason_only=2)
    ReferralSubject.objects.filter(pk=amy.pk).update(role=SubjectRole.CHILD, referral=other)
    assert _kept(three) == _counts(unassessed=2, children=2, reason_only=2)
    assert _kept(other) == _counts(
        unassessed=1, children=2, voiced=1, reason_only=1, sent=1, complete=1
    )
    _all_right()

    # Children added in bulk; one removed (its assessment and the officer's copy with it).
    people = Person.objects.bulk_create(
        [Person(first_name=f"Kid{i}", last_name="Bulk") for i in range(2)]
    )
    ReferralSubject.objects.bulk_create(
        [
            ReferralSubject(referral=three, person=people[0], role=SubjectRole.CHILD),
            ReferralSubject(
                referral=three, person=people[1], role=SubjectRole.CHILD, voice_of_child="Hi"
            ),
        ]
    )
    assert _kept(three) == _counts(unassessed=4, children=4, voiced=1, reason_only=2)
    ReferralSubject.objects.filter(pk=amy.pk).delete()
    assert _kept(other) == _counts(unassessed=1, children=1, voiced=1)
    _all_right()

    # Columns that decide nothing here (the school, the repeat counts) write no count.
    ReferralSubject.objects.filter(pk=cal.pk).update(school="Elm", repeat_short=3)
    _all_right()


def test_a_resubmitted_correction_is_followed(client_for, officer, practitioner):
    """The officer corrects a returned referral: the child's voice recorded and the initial
    assessment sent again with the officer's reasons (officer.actions._resubmit)."""
    referral = submit_referral(
        officer, children=[child(voice_of_child="", voice_not_captured_reason="")]
    )
    subject = referral.subjects.get(role=SubjectRole.CHILD)
    do_save_assessment(
        subject, assessment_input("standard", rationale=""), actor=officer, submit=False
    )
    assert _kept(referral) == _counts(children=1, sent=1)
    do_start_triage(referral, actor=practitioner)
    referral.refresh_from_db()
    do_return_to_officer(referral, actor=practitioner, reason="What did the child say?")

    client = client_for(officer)
    client.post(f"/referrals/{referral.reference}/correct/")
    draft = ReferralDraft.objects.get(referral=referral)
    key = draft.data["children"][0]["key"]
    client.post(
        f"/referrals/drafts/{draft.pk}/voice/{key}/",
        {"voice_of_child": "Said she hides under the bed."},
    )
    client.post(
        f"/referrals/drafts/{draft.pk}/assessment/{key}/",
        {"factors": ["da_child_present"], "proposed_grade": "medium", "rationale": "Present."},
    )
    response = client.post(f"/referrals/drafts/{draft.pk}/check/")
    assert response["Location"] == f"/referrals/{referral.reference}/"
    assert _kept(referral) == _counts(children=1, voiced=1, sent=1, complete=1)
    _all_right()


def test_the_figures_read_the_kept_counts_and_a_merge_leaves_them(three, officer, practitioner):
    """Fails without the kept counts: both figures are sums of them over the period's referrals.
    A merge changes no count (the children stay on the duplicate) but the figures leave the
    duplicate out."""
    survivor = submit_referral(officer, children=[child(first_name="Dan")])
    do_save_assessment(
        _child(three, "Amy"), assessment_input("medium"), actor=officer, submit=False
    )
    period = default_period(now().date())

    def figures() -> tuple[tuple[int, ...], tuple[int, ...]]:
        t = completion_rates(Scope(None), period).total
        areas, _months = voice_of_child(period.start_at, period.end_at)
        v = (
            sum(a.referrals for a in areas),
            sum(a.captured for a in areas),
            sum(a.reason_only for a in areas),
        )
        return (t.children, t.sent, t.complete, t.voice), v

    assert figures() == ((4, 1, 1, 2), (2, 1, 0))
    # Ben's and Cal's voices recorded only in the kept counts: the figures follow the column.
    Referral.objects.filter(pk=three.pk).update(voiced_children_count=3)
    assert figures() == ((4, 1, 1, 4), (2, 2, 0))
    call_command("check_child_counts", "--repair", stdout=StringIO())

    do_merge_referral(three, actor=practitioner, survivor=survivor, reason="Sent twice.")
    assert figures() == ((1, 0, 0, 1), (1, 1, 0))
    _all_right()


def test_the_check_finds_a_wrong_count_and_repairs_it(three, officer):
    out = StringIO()
    call_command("check_child_counts", stdout=out)
    assert "are right" in out.getvalue()

    Referral.objects.filter(pk=three.pk).update(child_count=7, sent_children_count=2)
    with pytest.raises(CommandError, match="1 referrals keep wrong counts"):
        call_command("check_child_counts", stdout=(out := StringIO()))
    assert f"{three.reference}: child_count 7 (counted 3), sent_children_count 2 (counted 0)" in (
        out.getvalue()
    )
    call_command("check_child_counts", "--repair", stdout=(out := StringIO()))
    assert "1 of 1 referrals corrected" in out.getvalue()
    _all_right()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_writers_adding_children_to_one_referral_at_once_are_both_counted(officer) -> None:
    """The second writer's trigger waits for the first's lock on the referral, then counts with
    the first's child committed (without the lock it counted from before it and kept 2)."""
    referral = submit_referral(officer)
    first, second = Person.objects.bulk_create(
        [Person(first_name=f"Kid{i}", last_name="Race") for i in range(2)]
    )
    holding, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def add_first() -> None:
        try:
            with transaction.atomic():
                ReferralSubject.objects.create(
                    referral=referral, person=first, role=SubjectRole.CHILD
                )
                holding.set()
                release.wait(10)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            connection.close()

    other = threading.Thread(target=add_first)
    other.start()
    try:
        assert holding.wait(10)
        threading.Timer(0.5, release.set).start()
        with transaction.atomic():
            ReferralSubject.objects.create(referral=referral, person=second, role=SubjectRole.CHILD)
    finally:
        release.set()
        other.join()
    assert errors == []
    assert _kept(referral) == _recounted(referral) == _counts(unassessed=3, children=3, voiced=1)


def test_the_migrations_backfill_corrects_counts_in_batches_and_rewrites_none_right(
    officer, three, monkeypatch
):
    """risk 0014: the counts of referrals written before the triggers, a batch of referral ids
    per transaction; a referral whose counts are right is not written again."""
    backfill = importlib.import_module("risk.migrations.0014_child_counts_backfill")
    right = submit_referral(officer, children=[child(first_name="Dan")])
    Referral.objects.filter(pk=three.pk).update(child_count=0, voiced_children_count=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT xmin::text FROM referrals_referral WHERE id = %s", [right.pk])
        untouched = cursor.fetchone()[0]
    monkeypatch.setattr(backfill, "BATCH", 1)  # one referral id per transaction
    backfill.backfill(apps, SimpleNamespace(connection=connection))
    _all_right()
    with connection.cursor() as cursor:
        cursor.execute("SELECT xmin::text FROM referrals_referral WHERE id = %s", [right.pk])
        assert cursor.fetchone()[0] == untouched
