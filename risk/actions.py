"""State changes of child risk assessments and supervisor decisions (DESIGN.md §4)."""

from dataclasses import dataclass

from django.db import transaction

from audit.actions import record_event
from referrals.lifecycle import lock_referral, transition
from referrals.models import Referral, ReferralStatus, ReferralSubject, SubjectRole
from risk.grades import Grade, highest
from risk.models import AssessmentStatus, ChildRiskAssessment, Decision, SupervisorDecision
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError, StaleError
from vhub.roles import Role


@dataclass
class AssessmentInput:
    proposed_grade: str
    voice_of_child: str
    voice_not_captured_reason: str
    rationale: str


def _check_complete(data: AssessmentInput) -> None:
    if data.proposed_grade not in Grade.values:
        raise ActionError("Select the grade you propose.", field="proposed_grade")
    if not data.voice_of_child.strip() and not data.voice_not_captured_reason.strip():
        raise ActionError(
            "Record the voice of the child, or say why it could not be captured.",
            field="voice_of_child",
        )
    if not data.rationale.strip():
        raise ActionError("Explain why you propose this grade.", field="rationale")


@transaction.atomic
def do_save_assessment(
    subject: ReferralSubject,
    data: AssessmentInput,
    *,
    actor,  # type: ignore[no-untyped-def]
    submit: bool,
    expected_version: int | None = None,
) -> ChildRiskAssessment:
    """Create or update the child's assessment as a draft, or submit it for approval."""
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors assess risk.")
    if subject.role != SubjectRole.CHILD:
        raise ActionError("Risk assessments are made for children only.")
    referral = lock_referral(subject.referral)
    if referral.status not in (
        ReferralStatus.SUBMITTED,
        ReferralStatus.IN_TRIAGE,
        ReferralStatus.RETURNED,
        ReferralStatus.AWAITING_APPROVAL,
    ):
        raise ActionError(
            f"{referral.reference} is {referral.get_status_display().lower()}: its risk "
            "assessments can no longer be changed."
        )
    assessment = ChildRiskAssessment.objects.select_for_update().filter(subject=subject).first()
    if assessment is None:
        assessment = ChildRiskAssessment(
            referral=referral, subject=subject, assessor=actor, created_at=now(), version=0
        )
    elif expected_version is not None and assessment.version != expected_version:
        raise StaleError(
            "This assessment was changed by someone else while you were editing it. Reload the "
            "page to see their changes; nothing has been saved over them."
        )
    if assessment.status in (AssessmentStatus.SUBMITTED, AssessmentStatus.APPROVED):
        raise ActionError(
            "This assessment is with a supervisor or already approved, so it cannot be edited."
        )
    if submit:
        _check_complete(data)
    assessment.proposed_grade = data.proposed_grade
    assessment.voice_of_child = data.voice_of_child
    assessment.voice_not_captured_reason = data.voice_not_captured_reason
    assessment.rationale = data.rationale
    assessment.version += 1
    if submit:
        assessment.status = AssessmentStatus.SUBMITTED
        assessment.submitted_at = now()
    else:
        assessment.status = AssessmentStatus.DRAFT
    assessment.save()
    assessment.editors.add(actor)

    if referral.status == ReferralStatus.SUBMITTED:
        if referral.allocated_to_id is None:
            referral.allocated_to = actor
            referral.save(update_fields=["allocated_to", "updated_at"])
        transition(referral, ReferralStatus.IN_TRIAGE, actor=actor)
    record_event(
        "assessment.submit" if submit else "assessment.save_draft",
        actor=actor,
        obj=assessment,
        referral=referral,
        details={"proposed_grade": data.proposed_grade, "version": assessment.version},
    )
    if (
        submit
        and referral.status != ReferralStatus.AWAITING_APPROVAL
        and _all_children_at_least(referral, AssessmentStatus.SUBMITTED)
    ):
        transition(referral, ReferralStatus.AWAITING_APPROVAL, actor=actor)
    return assessment


def _all_children_at_least(referral: Referral, status: str) -> bool:
    """True when every child on the referral has an assessment that is submitted or approved
    (status=SUBMITTED), or approved (status=APPROVED)."""
    accepted = (
        {AssessmentStatus.SUBMITTED, AssessmentStatus.APPROVED}
        if status == AssessmentStatus.SUBMITTED
        else {AssessmentStatus.APPROVED}
    )
    children = referral.subjects.filter(role=SubjectRole.CHILD)
    return not children.exclude(assessment__status__in=accepted).exists()


@transaction.atomic
def do_decide_assessment(
    assessment: ChildRiskAssessment,
    *,
    actor,  # type: ignore[no-untyped-def]
    decision: str,
    grade: str = "",
    rationale: str = "",
    expected_version: int | None = None,
) -> SupervisorDecision:
    """A supervisor approves, approves with a different grade, or returns an assessment."""
    if not actor.has_role(Role.SUPERVISOR):
        raise ActionPermissionError("Only supervisors decide on risk grades.")
    referral = lock_referral(assessment.referral)
    assessment = ChildRiskAssessment.objects.select_for_update().get(pk=assessment.pk)
    if assessment.status != AssessmentStatus.SUBMITTED or (
        expected_version is not None and assessment.version != expected_version
    ):
        raise StaleError(
            "A decision has already been made on this assessment, or it has changed since you "
            "opened it. Your decision has not been recorded; the page now shows its current state."
        )
    if assessment.editors.filter(pk=actor.pk).exists():
        raise ActionPermissionError(
            "You wrote or edited this assessment, so another supervisor must decide on it."
        )
    if decision not in Decision.values:
        raise ActionError(
            "Choose approve, approve with a different grade, or return.", field="decision"
        )
    if decision == Decision.CHANGE:
        if grade not in Grade.values or grade == assessment.proposed_grade:
            raise ActionError("Select a grade different from the proposed one.", field="grade")
        if not rationale.strip():
            raise ActionError("Explain why you are changing the grade.", field="rationale")
    if decision == Decision.RETURN and not rationale.strip():
        raise ActionError(
            "Say what the assessor needs to do before resubmitting.", field="rationale"
        )

    final_grade = grade if decision == Decision.CHANGE else assessment.proposed_grade
    record = SupervisorDecision.objects.create(
        assessment=assessment,
        supervisor=actor,
        decision=decision,
        from_grade=assessment.proposed_grade,
        grade=final_grade if decision != Decision.RETURN else "",
        rationale=rationale,
        decided_at=now(),
        assessment_version=assessment.version,
    )
    assessment.version += 1
    if decision == Decision.RETURN:
        assessment.status = AssessmentStatus.RETURNED
    else:
        assessment.status = AssessmentStatus.APPROVED
        assessment.approved_grade = final_grade
    assessment.save(update_fields=["status", "approved_grade", "version"])
    record_event(
        f"assessment.{decision}",
        actor=actor,
        obj=assessment,
        referral=referral,
        details={
            "from_grade": assessment.proposed_grade,
            "grade": record.grade,
            "rationale": rationale,
        },
    )

    if decision == Decision.RETURN:
        transition(referral, ReferralStatus.RETURNED, actor=actor, reason=rationale)
        return record
    previous_grade = referral.current_grade
    referral.current_grade = (
        highest(
            list(
                referral.assessments.filter(status=AssessmentStatus.APPROVED).values_list(
                    "approved_grade", flat=True
                )
            )
        )
        or ""
    )
    referral.save(update_fields=["current_grade", "updated_at"])
    if previous_grade != referral.current_grade:
        record_event(
            "referral.grade_change",
            actor=actor,
            obj=referral,
            referral=referral,
            details={"from": previous_grade, "to": referral.current_grade},
        )
    if _all_children_at_least(referral, AssessmentStatus.APPROVED):
        transition(referral, ReferralStatus.APPROVED, actor=actor)
    return record
