"""State changes of child risk assessments, supervisor decisions, under-grading reviews and the
risk model itself (DESIGN.md §4). Each is one audited transaction."""

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from django.db import transaction

from audit.actions import record_event
from referrals import sla
from referrals.actions.allocation import allocate_on_first_touch
from referrals.lifecycle import lock_referral, transition
from referrals.models import Referral, ReferralStatus, ReferralSubject, SubjectRole
from referrals.priority import rescore_all_at_next_run
from referrals.repeats import refresh_repeat_counts
from risk.catalogue import SECTIONS
from risk.frontline import keep_officer_submission
from risk.models import (
    AssessmentStatus,
    ChildRiskAssessment,
    DAQuestion,
    Decision,
    FlagStatus,
    ForceHighCombination,
    GradeChange,
    IndicatorCatalogueVersion,
    RiskFactor,
    RiskModelVersion,
    SupervisorDecision,
    UnderGradingFlag,
)
from risk.reading import read_referral
from risk.scoring import LoadedModel, current_model_version, suggest_grade
from risk.tasks import reread_open_referrals
from risk.undergrading import refresh_flags
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError, StaleError
from vhub.grades import GRADE_ORDER, Grade, highest
from vhub.roles import Role

if TYPE_CHECKING:
    from accounts.models import User


@dataclass
class AssessmentInput:
    proposed_grade: str
    voice_of_child: str
    voice_not_captured_reason: str
    rationale: str
    factor_codes: list[str] = field(default_factory=list)
    # None when the domestic-abuse checklist does not apply to the incident.
    da_yes_codes: list[str] | None = None


def _rank(grade: str) -> int:
    return GRADE_ORDER[Grade(grade)]


def _check_complete(data: AssessmentInput, suggested: str) -> None:
    if data.proposed_grade not in Grade.values:
        raise ActionError("Select the grade you propose.", field="proposed_grade")
    if _rank(data.proposed_grade) < _rank(suggested):
        raise ActionError(
            f"The factors you ticked suggest {Grade(suggested).label.lower()}. You cannot propose "
            "a lower grade: only a supervisor can set a grade below the suggestion, with a "
            f"written rationale. Propose {Grade(suggested).label.lower()}"
            f"{'' if suggested == Grade.HIGH else ' or higher'}.",
            field="proposed_grade",
        )
    if not data.voice_of_child.strip() and not data.voice_not_captured_reason.strip():
        raise ActionError(
            "Record the voice of the child, or say why it could not be captured.",
            field="voice_of_child",
        )
    if not data.rationale.strip():
        raise ActionError("Explain why you propose this grade.", field="rationale")


def is_officer_at_intake(actor: "User", referral: Referral) -> bool:
    """The officer who sent the referral, while it waits for the hub to triage it."""
    return (
        actor.has_role(Role.OFFICER)
        and referral.submitted_by_id == actor.pk
        and referral.status == ReferralStatus.SUBMITTED
    )


def sampled_for_supervision(assessment: ChildRiskAssessment, percent: int) -> bool:
    """Reproducible: the same assessment version is always sampled, or never."""
    if percent >= 100:
        return True
    digest = hashlib.sha256(f"{assessment.pk}:{assessment.version}".encode()).hexdigest()
    return int(digest[:8], 16) % 100 < percent


def needs_supervision(assessment: ChildRiskAssessment, percent: int) -> bool:
    """All high grades and every grade that differs from its suggestion go to a supervisor;
    matching standard and medium grades go too unless a sampling rate leaves them out."""
    if assessment.proposed_grade == Grade.HIGH:
        return True
    if assessment.proposed_grade != assessment.suggested_grade:
        return True
    return sampled_for_supervision(assessment, percent)


def _set_referral_grade(
    referral: Referral, grade: str, *, actor: "User | None", reason: str, source: str
) -> None:
    previous = referral.current_grade
    if grade == previous:
        return
    referral.current_grade = grade
    referral.save(update_fields=["current_grade", "updated_at"])
    sla.recompute_for_grade(referral)
    GradeChange.objects.create(
        referral=referral,
        changed_at=now(),
        changed_by=actor,
        from_grade=previous,
        to_grade=grade,
        reason=reason,
        source=source,
    )
    record_event(
        "referral.grade_change",
        actor=actor,
        obj=referral,
        referral=referral,
        details={"from": previous, "to": grade, "reason": reason, "source": source},
    )


def _update_provisional_grade(referral: Referral, *, meet_triage: bool) -> None:
    """The provisional grade: over every child, the approved grade once approved, else the
    higher of the proposed and the suggested grade (a draft below its suggestion never lowers
    it). Hub triage is met only by hub staff, never by the officer's initial assessment."""
    grades = []
    for status, proposed, suggested, approved in referral.assessments.values_list(
        "status", "proposed_grade", "suggested_grade", "approved_grade"
    ):
        if status == AssessmentStatus.APPROVED:
            grades.append(approved)
        elif proposed:
            grades.append(highest([proposed, suggested]) or "")
    provisional = highest(grades) or ""
    if provisional != referral.provisional_grade:
        referral.provisional_grade = provisional
        referral.save(update_fields=["provisional_grade", "updated_at"])
    sla.on_provisional_grade(referral, meet_triage=meet_triage)


def _all_children_at_least(referral: Referral, status: str) -> bool:
    """Every child on the referral has an assessment at `status` or beyond."""
    accepted = (
        {AssessmentStatus.SUBMITTED, AssessmentStatus.APPROVED}
        if status == AssessmentStatus.SUBMITTED
        else {AssessmentStatus.APPROVED}
    )
    children = referral.subjects.filter(role=SubjectRole.CHILD)
    return not children.exclude(assessment__status__in=accepted).exists()


def _approve(
    assessment: ChildRiskAssessment,
    referral: Referral,
    *,
    actor: "User | None",
    grade: str,
    rationale: str,
    decision: str,
) -> SupervisorDecision:
    record = SupervisorDecision.objects.create(
        assessment=assessment,
        supervisor=actor,
        decision=decision,
        from_grade=assessment.proposed_grade,
        grade=grade,
        rationale=rationale,
        decided_at=now(),
        assessment_version=assessment.version,
    )
    assessment.version += 1
    assessment.status = AssessmentStatus.APPROVED
    assessment.approved_grade = grade
    assessment.save(update_fields=["status", "approved_grade", "version"])
    record_event(
        f"assessment.{decision}",
        actor=actor,
        obj=assessment,
        referral=referral,
        details={"from_grade": assessment.proposed_grade, "grade": grade, "rationale": rationale},
    )
    _update_provisional_grade(referral, meet_triage=True)
    if not _all_children_at_least(referral, AssessmentStatus.APPROVED):
        # Other children still wait for a decision: the referral keeps its provisional grade,
        # the highest over all of them, so one approval never lowers a sibling's risk.
        return record
    approved = referral.assessments.filter(status=AssessmentStatus.APPROVED)
    grades = list(approved.values_list("approved_grade", flat=True))
    # A supervisor's regrade after an under-grading review is a floor: approving an assessment
    # made before it never quietly lowers the referral again.
    reviewed = (
        referral.grade_changes.filter(source=GradeChange.Source.FLAG_REVIEW)
        .order_by("-changed_at", "-id")
        .values_list("to_grade", flat=True)
        .first()
    )
    new_grade = highest([*grades, *([reviewed] if reviewed else [])]) or ""
    _set_referral_grade(
        referral,
        new_grade,
        actor=actor,
        reason=rationale or Decision(decision).label,
        source=GradeChange.Source.AUTO
        if decision == Decision.AUTO
        else GradeChange.Source.DECISION,
    )
    transition(referral, ReferralStatus.APPROVED, actor=actor, system=actor is None)
    return record


def record_officer_grade(
    referral: Referral,
    children: list[ReferralSubject],
    grade: str,
    *,
    actor: "User",
) -> list[dict[str, Any]]:
    """Inside intake: the grade a records system or the backlog import says the officer gave,
    kept as each child's initial assessment by the officer (a draft, as the officer's form
    saves it), so the provisional grade and under-grading start from it. Returns the audit
    events for the caller to record with its own, last (they take the audit chain's lock)."""
    version = current_model_version()
    suggestion = suggest_grade(LoadedModel.load(version), set(), None)
    at = now()
    events = []
    for subject in children:
        assessment = ChildRiskAssessment.objects.create(
            referral=referral,
            subject=subject,
            assessor=actor,
            created_at=at,
            model_version=version,
            proposed_grade=grade,
            voice_of_child=subject.voice_of_child,
            rationale=f"The grade the officer gave at source ({referral.source_system}).",
            suggested_grade=suggestion.grade,
            suggested_score=suggestion.score,
            suggestion=suggestion.as_dict(),
        )
        assessment.editors.add(actor)
        keep_officer_submission(assessment, officer=actor, own_rationale=False)
        events.append(
            {
                "action": "assessment.save_draft",
                "actor": actor,
                "obj": assessment,
                "referral": referral,
                "details": {"proposed_grade": grade, "officer_grade_at_source": True},
            }
        )
    _update_provisional_grade(referral, meet_triage=False)
    return events


@transaction.atomic
def do_save_assessment(
    subject: ReferralSubject,
    data: AssessmentInput,
    *,
    actor: "User",
    submit: bool,
    expected_version: int | None = None,
) -> ChildRiskAssessment:
    """Create or update the child's assessment as a draft, or submit it.

    The referring officer's initial assessment is saved here by the referral form as it is sent
    (and resent after a correction); the assessment page refuses the officer, so once sent only
    the hub changes it. Only hub staff submit an assessment for a supervisor's decision."""
    if subject.role != SubjectRole.CHILD:
        raise ActionError("Risk assessments are made for children only.")
    referral = lock_referral(subject.referral)
    officer_at_intake = is_officer_at_intake(actor, referral)
    if not (actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR) or officer_at_intake):
        raise ActionPermissionError("Only VHub practitioners and supervisors assess risk.")
    if officer_at_intake and submit:
        raise ActionPermissionError(
            "Save your initial assessment: the hub's practitioner completes it and sends it to "
            "a supervisor."
        )
    if referral.status == ReferralStatus.RETURNED_TO_OFFICER and submit:
        # The hub may grade provisionally while the officer adds what is missing (the clocks run
        # on), but the assessment goes to a supervisor only once the referral is complete.
        raise ActionError(
            f"{referral.reference} is with the referring officer for missing information. Save "
            "the assessment as a draft; submit it once the officer has resubmitted."
        )
    if referral.status not in (
        ReferralStatus.SUBMITTED,
        ReferralStatus.IN_TRIAGE,
        ReferralStatus.RETURNED_TO_OFFICER,
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
            referral=referral,
            subject=subject,
            assessor=actor,
            created_at=now(),
            version=0,
            model_version=current_model_version(),
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
    model = LoadedModel.load(cast(RiskModelVersion, assessment.model_version))
    factor_codes = sorted(set(data.factor_codes) & model.factors.keys())
    da_codes = (
        None
        if data.da_yes_codes is None
        else sorted(set(data.da_yes_codes) & model.da_questions.keys())
    )
    suggestion = suggest_grade(
        model, set(factor_codes), None if da_codes is None else set(da_codes)
    )
    if submit:
        _check_complete(data, suggestion.grade)

    assessment.proposed_grade = data.proposed_grade
    assessment.voice_of_child = data.voice_of_child
    assessment.voice_not_captured_reason = data.voice_not_captured_reason
    assessment.rationale = data.rationale
    assessment.factor_codes = factor_codes
    assessment.da_yes_codes = da_codes or []
    assessment.suggested_grade = suggestion.grade
    assessment.suggested_score = suggestion.score
    assessment.suggestion = suggestion.as_dict()
    assessment.version += 1
    assessment.status = AssessmentStatus.SUBMITTED if submit else AssessmentStatus.DRAFT
    assessment.submitted_at = now() if submit else None
    if submit:
        # The assessor is whoever submits it for a decision: an officer's draft completed by a
        # practitioner is the practitioner's assessment (approvals, returns and audit feedback
        # all name them), though every editor is still kept out of deciding on it.
        assessment.assessor = actor
    assessment.save()
    assessment.editors.add(actor)
    if officer_at_intake:
        # The officer's own assessment as sent, kept apart for the frontline figures.
        keep_officer_submission(assessment, officer=actor)

    if referral.status == ReferralStatus.SUBMITTED and not officer_at_intake:
        if referral.allocated_to_id is None:
            allocate_on_first_touch(referral, actor)
        transition(referral, ReferralStatus.IN_TRIAGE, actor=actor)
    _update_provisional_grade(referral, meet_triage=not officer_at_intake)
    record_event(
        "assessment.submit" if submit else "assessment.save_draft",
        actor=actor,
        obj=assessment,
        referral=referral,
        details={
            "proposed_grade": data.proposed_grade,
            "suggested_grade": suggestion.grade,
            "score": suggestion.score,
            "model_version": cast(RiskModelVersion, assessment.model_version).number,
            "version": assessment.version,
        },
    )
    if submit:
        version = cast(RiskModelVersion, assessment.model_version)
        if needs_supervision(assessment, version.supervision_sample_percent):
            if referral.status != ReferralStatus.AWAITING_APPROVAL and _all_children_at_least(
                referral, AssessmentStatus.SUBMITTED
            ):
                transition(referral, ReferralStatus.AWAITING_APPROVAL, actor=actor)
        else:
            if referral.status != ReferralStatus.AWAITING_APPROVAL:
                transition(referral, ReferralStatus.AWAITING_APPROVAL, actor=actor)
            _approve(
                assessment,
                referral,
                actor=None,
                grade=assessment.proposed_grade,
                rationale="",
                decision=Decision.AUTO,
            )
    read_referral(referral)  # its rationale and the child's voice are read too
    refresh_flags(referral)
    return assessment


@transaction.atomic
def do_decide_assessment(
    assessment: ChildRiskAssessment,
    *,
    actor: "User",
    decision: str,
    grade: str = "",
    rationale: str = "",
    expected_version: int | None = None,
) -> SupervisorDecision:
    """A supervisor approves, approves with a different grade (below the suggestion too, with a
    rationale), or returns an assessment with reasons."""
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
    if decision not in (Decision.APPROVE, Decision.CHANGE, Decision.RETURN):
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

    if decision == Decision.RETURN:
        record = SupervisorDecision.objects.create(
            assessment=assessment,
            supervisor=actor,
            decision=decision,
            from_grade=assessment.proposed_grade,
            grade="",
            rationale=rationale,
            decided_at=now(),
            assessment_version=assessment.version,
        )
        assessment.version += 1
        assessment.status = AssessmentStatus.RETURNED
        assessment.save(update_fields=["status", "version"])
        record_event(
            "assessment.return",
            actor=actor,
            obj=assessment,
            referral=referral,
            details={"from_grade": assessment.proposed_grade, "grade": "", "rationale": rationale},
        )
        if referral.status == ReferralStatus.AWAITING_APPROVAL:
            transition(referral, ReferralStatus.RETURNED, actor=actor, reason=rationale)
    else:
        final_grade = grade if decision == Decision.CHANGE else assessment.proposed_grade
        record = _approve(
            assessment,
            referral,
            actor=actor,
            grade=final_grade,
            rationale=rationale,
            decision=decision,
        )
    refresh_flags(referral)
    return record


@transaction.atomic
def do_resolve_flag(
    flag: UnderGradingFlag,
    *,
    actor: "User",
    outcome: str,
    rationale: str,
    grade: str = "",
) -> UnderGradingFlag:
    """A supervisor confirms the grade (with a rationale), regrades the referral, or, for a
    referral nobody has graded yet, dismisses the flag as not high risk."""
    if not actor.has_role(Role.SUPERVISOR):
        raise ActionPermissionError("Only supervisors review under-grading flags.")
    referral = lock_referral(flag.referral)
    flag = UnderGradingFlag.objects.select_for_update().get(pk=flag.pk)
    if flag.status != FlagStatus.OPEN:
        raise StaleError(
            f"This flag has already been dealt with ({flag.get_status_display().lower()})."
        )
    if not rationale.strip():
        raise ActionError("Explain your decision.", field="rationale")
    if outcome == "confirm":
        if not referral.effective_grade:
            raise ActionError(
                "This referral has no grade to confirm: grade it, or dismiss the flag.",
                field="outcome",
            )
        flag.status = FlagStatus.CONFIRMED
    elif outcome == "dismiss":
        flag.status = FlagStatus.DISMISSED
    elif outcome == "regrade":
        current = referral.effective_grade
        if grade not in Grade.values or (current and _rank(grade) <= _rank(current)):
            raise ActionError(
                "Select a grade higher than the current one, or confirm the grade.", field="grade"
            )
        _set_referral_grade(
            referral, grade, actor=actor, reason=rationale, source=GradeChange.Source.FLAG_REVIEW
        )
        flag.status = FlagStatus.REGRADED
    else:
        raise ActionError("Choose what to do with the flag.", field="outcome")
    flag.resolved_at = now()
    flag.resolved_by = actor
    flag.resolution = rationale
    flag.save(update_fields=["status", "resolved_at", "resolved_by", "resolution"])
    record_event(
        "flag.resolve",
        actor=actor,
        obj=flag,
        referral=referral,
        details={"outcome": outcome, "grade": grade, "rationale": rationale, "kind": flag.kind},
    )
    refresh_flags(referral)
    return flag


@dataclass
class FactorChange:
    weight: int
    forces_high: bool
    guidance: str


@transaction.atomic
def do_publish_risk_model(
    *,
    actor: "User",
    thresholds: dict[str, int],
    factors: dict[str, FactorChange],
    da_high_on_its_own: set[str],
    note: str,
) -> RiskModelVersion:
    """Publish a new version of the risk model: a copy of the current one with the manager's
    changes. Assessments keep the version they were made with."""
    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only managers change the risk model.")
    if not note.strip():
        raise ActionError("Say what you changed and why.", field="note")
    if thresholds["medium_threshold"] >= thresholds["high_threshold"]:
        raise ActionError(
            "The medium threshold must be below the high threshold.", field="medium_threshold"
        )
    if thresholds["da_medium_min"] >= thresholds["da_high_min"]:
        raise ActionError(
            "The checklist's medium band must start below its high band.", field="da_medium_min"
        )
    if not 0 <= thresholds["supervision_sample_percent"] <= 100:
        raise ActionError(
            "The sampling rate is a percentage from 0 to 100.", field="supervision_sample_percent"
        )
    current = RiskModelVersion.objects.select_for_update().order_by("-number").first()
    if current is None:
        raise RuntimeError("No risk model to copy: run the migrations.")
    new = RiskModelVersion.objects.create(
        number=current.number + 1, note=note, created_at=now(), created_by=actor, **thresholds
    )
    RiskFactor.objects.bulk_create(
        RiskFactor(
            version=new,
            code=f.code,
            group=f.group,
            label=f.label,
            display_order=f.display_order,
            weight=factors[f.code].weight if f.code in factors else f.weight,
            forces_high=factors[f.code].forces_high if f.code in factors else f.forces_high,
            guidance=factors[f.code].guidance if f.code in factors else f.guidance,
        )
        for f in current.factors.all()
    )
    ForceHighCombination.objects.bulk_create(
        ForceHighCombination(version=new, label=c.label, factor_codes=c.factor_codes)
        for c in current.combinations.all()
    )
    DAQuestion.objects.bulk_create(
        DAQuestion(
            version=new,
            code=q.code,
            text=q.text,
            display_order=q.display_order,
            high_on_its_own=q.code in da_high_on_its_own,
        )
        for q in current.da_questions.all()
    )
    if (new.repeat_short_days, new.repeat_long_days) != (
        current.repeat_short_days,
        current.repeat_long_days,
    ):
        # The repeat-child windows moved: every child's counts are taken again (the flags
        # follow on the under-grading sweep, the ranks on the next re-prioritisation).
        refresh_repeat_counts()
        rescore_all_at_next_run()
    record_event(
        "risk_model.publish",
        actor=actor,
        obj=new,
        details={"version": new.number, "previous": current.number, "note": note, **thresholds},
    )
    return new


@transaction.atomic
def do_publish_catalogue(
    *,
    actor: "User",
    content: dict[str, Any],
    note: str,
) -> IndicatorCatalogueVersion:
    """Publish the next version of the risk reader's catalogue. Every open referral is then read
    again in the background (risk.tasks.reread_open_referrals), with progress on the page."""
    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only managers change the risk reader's catalogue.")
    if not note.strip():
        raise ActionError("Say what you changed and why.", field="note")
    current = IndicatorCatalogueVersion.objects.select_for_update().order_by("-number").first()
    number = current.number + 1 if current else 1
    if current is not None and current.content == content:
        raise ActionError("Nothing has changed since the last version.", field="note")
    new = IndicatorCatalogueVersion.objects.create(
        number=number, note=note, content=content, created_at=now(), created_by=actor
    )
    record_event(
        "catalogue.publish",
        actor=actor,
        obj=new,
        details={
            "version": number,
            "previous": current.number if current else None,
            "note": note,
            **{section: len(content[section]) for section in SECTIONS},
        },
    )
    transaction.on_commit(lambda: reread_open_referrals.delay(new.pk))
    return new
