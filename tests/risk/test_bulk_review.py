"""Reviewing several under-grading flags with one decision, from the review list: the choice,
the preview of what happens to each, then each decision through the single review's action."""

import pytest
from django.test import Client

from accounts.models import User
from audit.models import AuditEvent
from risk.actions import do_save_assessment
from risk.models import FlagKind, FlagStatus, UnderGradingFlag
from tests.factories import assessment_input, submit_referral

STRANGLED = (
    "Officers attended at 2200. Mother said he strangled her in the kitchen while Lily watched."
)


def _graded_flag(officer: User, practitioner: User) -> UnderGradingFlag:
    """A referral graded medium whose narrative reads as high risk: its flag can be confirmed."""
    referral = submit_referral(officer, narrative=STRANGLED)
    do_save_assessment(
        referral.subjects.get(),
        assessment_input("medium", rationale="Argument only.", voice_of_child="Asleep."),
        actor=practitioner,
        submit=True,
    )
    return UnderGradingFlag.objects.get(
        referral=referral, status=FlagStatus.OPEN, kind=FlagKind.NARRATIVE
    )


def _ungraded_flag(officer: User) -> UnderGradingFlag:
    referral = submit_referral(officer, narrative="He pulled a knife on the neighbour.")
    return UnderGradingFlag.objects.get(referral=referral, status=FlagStatus.OPEN)


def _post(client: Client, flags: list[UnderGradingFlag], **data: object) -> object:
    return client.post("/risk/reviews/bulk/", {"flags": [f.pk for f in flags], **data})


def test_a_supervisor_confirms_two_flags_after_the_preview(
    client_for, officer, practitioner, supervisor
):
    first, second = _graded_flag(officer, practitioner), _graded_flag(officer, practitioner)
    unassessed = _ungraded_flag(officer)
    client = client_for(supervisor)
    chosen = [first, second, unassessed]

    choose = _post(client, chosen)
    assert choose.status_code == 200
    assert "Review 3 flags" in choose.content.decode()

    decision = {"outcome": "confirm", "rationale": "Read the narrative; medium stands."}
    preview = _post(client, chosen, step="preview", **decision)
    page = preview.content.decode()
    assert "Confirm 2 flags" in page
    assert "Nobody has graded this referral" in page  # the unassessed one is not decided here
    assert UnderGradingFlag.objects.filter(status=FlagStatus.OPEN).count() == 3

    done = _post(client, chosen, step="confirm", apply=[first.pk, second.pk], **decision)
    assert done.status_code == 302
    statuses = dict(UnderGradingFlag.objects.values_list("pk", "status"))
    assert statuses[first.pk] == statuses[second.pk] == FlagStatus.CONFIRMED
    assert statuses[unassessed.pk] == FlagStatus.OPEN
    # Each decision audited on its own, as the single review records it.
    events = AuditEvent.objects.filter(action="flag.resolve", actor=supervisor)
    assert sorted(int(e.object_id) for e in events) == sorted([first.pk, second.pk])
    assert all(e.details["rationale"] == decision["rationale"] for e in events)


def test_dismissing_in_bulk_is_for_referrals_nobody_has_graded(
    client_for, officer, practitioner, supervisor
):
    graded, unassessed = _graded_flag(officer, practitioner), _ungraded_flag(officer)
    decision = {"outcome": "dismiss", "rationale": "A film prop; checked with the officer."}
    client = client_for(supervisor)
    _post(
        client, [graded, unassessed], step="confirm", apply=[graded.pk, unassessed.pk], **decision
    )
    graded.refresh_from_db()
    unassessed.refresh_from_db()
    assert graded.status == FlagStatus.OPEN  # the preview never offered it
    assert unassessed.status == FlagStatus.DISMISSED


def test_a_flag_reviewed_since_the_preview_is_skipped(
    client_for, officer, practitioner, supervisor
):
    flag = _graded_flag(officer, practitioner)
    decision = {"outcome": "confirm", "rationale": "Fine."}
    client = client_for(supervisor)
    _post(client, [flag], step="confirm", apply=[flag.pk], **decision)
    again = _post(client, [flag], step="confirm", apply=[flag.pk], **decision)
    assert again.status_code == 302  # nothing open any more: back to the list, told why
    assert AuditEvent.objects.filter(action="flag.resolve").count() == 1


def test_the_choice_needs_a_decision_and_a_rationale(client_for, officer, supervisor):
    flag = _ungraded_flag(officer)
    page = _post(client_for(supervisor), [flag], step="preview").content.decode()
    assert "Choose what to do with the selected flags" in page
    assert "Explain your decision" in page


@pytest.mark.parametrize("who", ["practitioner", "manager", "officer", "partner_a"])
def test_only_supervisors_review_flags_in_bulk(db, request, client_for, officer, who):
    flag = _ungraded_flag(officer)
    response = _post(
        client_for(request.getfixturevalue(who)),
        [flag],
        step="confirm",
        apply=[flag.pk],
        outcome="dismiss",
        rationale="x",
    )
    assert response.status_code == 403
    flag.refresh_from_db()
    assert flag.status == FlagStatus.OPEN


def test_the_preview_has_a_fixed_number_of_queries(
    client_for, officer, practitioner, supervisor, django_assert_num_queries
):
    flags = [_graded_flag(officer, practitioner) for _ in range(2)]
    client = client_for(supervisor)
    decision = {"outcome": "confirm", "rationale": "Fine.", "step": "preview"}
    _post(client, flags, **decision)  # warm per-process caches
    for more in (0, 3):
        flags += [_graded_flag(officer, practitioner) for _ in range(more)]
        # user; roles with the agency (page header) (the session from the cache, its device
        # already checked); the flags with their referrals; the audit event (the chain's lock
        # with its head, insert); unread notices; the session's save (savepoint, update,
        # release: a post always notes the activity)
        with django_assert_num_queries(9):
            assert _post(client, flags, **decision).status_code == 200
