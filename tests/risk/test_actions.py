"""Child risk assessment and supervisor decisions: completeness, four eyes, concurrency."""

import threading

import pytest
from django.db import connection

from audit.models import AuditEvent
from referrals.models import ReferralStatus
from risk.actions import do_decide_assessment, do_save_assessment
from risk.models import AssessmentStatus, GradeChange, SupervisorDecision
from tests.factories import assessment_input, submit_referral, submitted_assessment
from vhub.errors import ActionError, ActionPermissionError, StaleError


def test_submitting_moves_the_referral_to_awaiting_approval(officer, practitioner) -> None:
    referral = submit_referral(officer)

    assessment = submitted_assessment(referral, practitioner, grade="medium")

    referral.refresh_from_db()
    assert assessment.status == AssessmentStatus.SUBMITTED
    assert referral.status == ReferralStatus.AWAITING_APPROVAL
    assert referral.allocated_to == practitioner
    actions = list(AuditEvent.objects.filter(referral=referral).values_list("action", flat=True))
    assert actions == [
        "referral.submit",
        "encompass.propose",  # domestic abuse, a school-age child: tell the school
        "referral.allocate",  # whoever first works it holds it
        "referral.transition",  # submitted -> in triage
        "assessment.submit",
        "referral.transition",  # in triage -> awaiting approval
        "flag.raise",  # the rationale says "strangulation" and the grade is medium
    ]


def test_a_draft_may_be_incomplete_but_a_submission_may_not(officer, practitioner) -> None:
    subject = submit_referral(officer).subjects.get()
    draft = do_save_assessment(
        subject, assessment_input(grade="", rationale=""), actor=practitioner, submit=False
    )
    assert draft.status == AssessmentStatus.DRAFT

    with pytest.raises(ActionError) as missing_grade:
        do_save_assessment(subject, assessment_input(grade=""), actor=practitioner, submit=True)
    assert missing_grade.value.field == "proposed_grade"


def test_voice_of_the_child_or_a_reason_is_required(officer, practitioner) -> None:
    subject = submit_referral(officer).subjects.get()
    with pytest.raises(ActionError, match="voice of the child") as exc:
        do_save_assessment(
            subject,
            assessment_input(voice_of_child="", voice_not_captured_reason=""),
            actor=practitioner,
            submit=True,
        )
    assert exc.value.field == "voice_of_child"

    assessment = do_save_assessment(
        subject,
        assessment_input(voice_of_child="", voice_not_captured_reason="Child was asleep."),
        actor=practitioner,
        submit=True,
    )
    assert assessment.status == AssessmentStatus.SUBMITTED


def test_rationale_is_required_to_submit(officer, practitioner) -> None:
    subject = submit_referral(officer).subjects.get()
    with pytest.raises(ActionError, match="Explain why"):
        do_save_assessment(
            subject, assessment_input(rationale=" "), actor=practitioner, submit=True
        )


@pytest.mark.parametrize("who", ["officer", "manager", "partner_a", "auditor"])
def test_only_vhub_caseworkers_assess(db, request, officer, who) -> None:
    subject = submit_referral(officer).subjects.get()
    with pytest.raises(ActionPermissionError):
        do_save_assessment(
            subject, assessment_input(), actor=request.getfixturevalue(who), submit=True
        )


def test_supervisor_approval_sets_the_grade_and_approves_the_referral(
    officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer)
    assessment = submitted_assessment(referral, practitioner, grade="high")

    do_decide_assessment(assessment, actor=supervisor, decision="approve")

    referral.refresh_from_db()
    assessment.refresh_from_db()
    assert assessment.status == AssessmentStatus.APPROVED
    assert assessment.approved_grade == "high"
    assert referral.current_grade == "high"
    assert referral.status == ReferralStatus.APPROVED
    change = AuditEvent.objects.get(action="referral.grade_change", referral=referral)
    assert (change.details["from"], change.details["to"]) == ("", "high")
    history = GradeChange.objects.get(referral=referral)
    assert (history.from_grade, history.to_grade, history.changed_by) == ("", "high", supervisor)


def test_supervisor_cannot_approve_an_assessment_they_wrote(officer, supervisor) -> None:
    referral = submit_referral(officer)
    assessment = submitted_assessment(referral, supervisor, grade="medium")

    with pytest.raises(ActionPermissionError, match="another supervisor"):
        do_decide_assessment(assessment, actor=supervisor, decision="approve")
    assert not SupervisorDecision.objects.exists()


def test_supervisor_who_edited_an_assessment_cannot_decide_on_it(
    officer, practitioner, supervisor
) -> None:
    subject = submit_referral(officer).subjects.get()
    do_save_assessment(subject, assessment_input(), actor=supervisor, submit=False)
    assessment = do_save_assessment(subject, assessment_input(), actor=practitioner, submit=True)

    with pytest.raises(ActionPermissionError):
        do_decide_assessment(assessment, actor=supervisor, decision="approve")


def test_practitioner_cannot_decide(officer, practitioner, practitioner2) -> None:
    assessment = submitted_assessment(submit_referral(officer), practitioner)
    with pytest.raises(ActionPermissionError, match="Only supervisors"):
        do_decide_assessment(assessment, actor=practitioner2, decision="approve")


def test_changing_the_grade_needs_a_different_grade_and_a_rationale(
    officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer)
    assessment = submitted_assessment(referral, practitioner, grade="medium")

    with pytest.raises(ActionError, match="different from the proposed"):
        do_decide_assessment(
            assessment, actor=supervisor, decision="change", grade="medium", rationale="x"
        )
    with pytest.raises(ActionError, match="Explain why"):
        do_decide_assessment(assessment, actor=supervisor, decision="change", grade="high")

    do_decide_assessment(
        assessment,
        actor=supervisor,
        decision="change",
        grade="high",
        rationale="Weapon used; the child was in the room.",
    )
    referral.refresh_from_db()
    assert referral.current_grade == "high"
    decision = SupervisorDecision.objects.get()
    assert (decision.from_grade, decision.grade) == ("medium", "high")


def test_return_needs_reasons_and_sends_the_referral_back(
    officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer)
    assessment = submitted_assessment(referral, practitioner)

    with pytest.raises(ActionError, match="Say what the assessor"):
        do_decide_assessment(assessment, actor=supervisor, decision="return")
    do_decide_assessment(
        assessment,
        actor=supervisor,
        decision="return",
        rationale="Check the previous referrals for this family.",
    )

    referral.refresh_from_db()
    assessment.refresh_from_db()
    assert assessment.status == AssessmentStatus.RETURNED
    assert referral.status == ReferralStatus.RETURNED

    # the assessor fixes it and resubmits; a supervisor can then approve
    resubmitted = do_save_assessment(
        assessment.subject, assessment_input(), actor=practitioner, submit=True
    )
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.AWAITING_APPROVAL
    do_decide_assessment(resubmitted, actor=supervisor, decision="approve")
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.APPROVED


def test_a_decision_cannot_be_made_twice(officer, practitioner, supervisor, supervisor2) -> None:
    assessment = submitted_assessment(submit_referral(officer), practitioner)
    do_decide_assessment(assessment, actor=supervisor, decision="approve")
    with pytest.raises(StaleError, match="already been made"):
        do_decide_assessment(
            assessment, actor=supervisor2, decision="change", grade="standard", rationale="lower"
        )
    assert SupervisorDecision.objects.count() == 1


def test_submitted_assessment_cannot_be_edited(officer, practitioner) -> None:
    assessment = submitted_assessment(submit_referral(officer), practitioner)
    with pytest.raises(ActionError, match="cannot be edited"):
        do_save_assessment(
            assessment.subject, assessment_input("standard"), actor=practitioner, submit=False
        )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_supervisors_deciding_at_once_one_wins_and_nothing_is_overwritten(
    officer, practitioner, supervisor, supervisor2
) -> None:
    assessment = submitted_assessment(submit_referral(officer), practitioner, grade="medium")
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def decide(actor, decision, grade) -> None:
        try:
            barrier.wait()
            do_decide_assessment(
                assessment,
                actor=actor,
                decision=decision,
                grade=grade,
                rationale="Second supervisor view",
                expected_version=assessment.version,
            )
            outcomes[actor.username] = "won"
        except StaleError:
            outcomes[actor.username] = "told already decided"
        finally:
            connection.close()

    threads = [
        threading.Thread(target=decide, args=(supervisor, "approve", "")),
        threading.Thread(target=decide, args=(supervisor2, "change", "high")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes.values()) == ["told already decided", "won"]
    assert SupervisorDecision.objects.count() == 1
    winner = SupervisorDecision.objects.get()
    assessment.refresh_from_db()
    expected_grade = "medium" if winner.decision == "approve" else "high"
    assert assessment.approved_grade == expected_grade
