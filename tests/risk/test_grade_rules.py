"""Grade rules: never below the suggestion except by a supervisor; who must supervise; versions."""

import pytest

from referrals.models import ReferralStatus
from risk.actions import (
    FactorChange,
    do_decide_assessment,
    do_publish_risk_model,
    do_save_assessment,
    sampled_for_supervision,
)
from risk.models import AssessmentStatus, ChildRiskAssessment, GradeChange, RiskModelVersion
from tests.factories import assessment_input, submit_referral
from vhub.errors import ActionError, ActionPermissionError

BABY_WITH_INJURY = ["age_under_1", "age_under_5", "non_mobile_baby", "injury"]


def _assess(referral, actor, grade, factors=(), submit: bool = True, **kw):
    return do_save_assessment(
        referral.subjects.get(),
        assessment_input(grade, factor_codes=list(factors), **kw),
        actor=actor,
        submit=submit,
    )


def _set_sampling(manager, percent):
    current = RiskModelVersion.objects.order_by("-number").first()
    return do_publish_risk_model(
        actor=manager,
        thresholds={
            "medium_threshold": current.medium_threshold,
            "high_threshold": current.high_threshold,
            "da_medium_min": current.da_medium_min,
            "da_high_min": current.da_high_min,
            "supervision_sample_percent": percent,
            "repeat_short_count": 3,
            "repeat_short_days": 91,
            "repeat_long_count": 5,
            "repeat_long_days": 365,
        },
        factors={},
        da_high_on_its_own=set(
            current.da_questions.filter(high_on_its_own=True).values_list("code", flat=True)
        ),
        note=f"Sample {percent}% of matching grades.",
    )


def test_the_suggestion_and_its_explanation_are_stored(officer, practitioner) -> None:
    assessment = _assess(submit_referral(officer), practitioner, "high", BABY_WITH_INJURY)
    assert assessment.suggested_grade == "high"
    assert assessment.suggested_score == 35
    assert assessment.suggestion["headline"].startswith("High because: non-mobile baby with injury")
    assert assessment.model_version.number == 1


def test_a_practitioner_cannot_propose_below_the_suggestion(officer, practitioner) -> None:
    referral = submit_referral(officer)
    with pytest.raises(
        ActionError, match=r"suggest high\. You cannot propose a lower grade"
    ) as exc:
        _assess(referral, practitioner, "medium", BABY_WITH_INJURY)
    assert exc.value.field == "proposed_grade"
    assert not ChildRiskAssessment.objects.exists()


def test_a_draft_may_sit_below_the_suggestion_until_it_is_submitted(officer, practitioner) -> None:
    draft = _assess(
        submit_referral(officer), practitioner, "standard", BABY_WITH_INJURY, submit=False
    )
    assert draft.status == AssessmentStatus.DRAFT


def test_raising_above_the_suggestion_is_allowed_with_a_rationale(officer, practitioner) -> None:
    assessment = _assess(submit_referral(officer), practitioner, "high", ["disability"])
    assert (assessment.suggested_grade, assessment.proposed_grade) == ("standard", "high")
    assert assessment.status == AssessmentStatus.SUBMITTED


def test_a_supervisor_may_set_a_grade_below_the_suggestion_with_a_rationale(
    officer, practitioner, supervisor
) -> None:
    referral = submit_referral(officer)
    assessment = _assess(referral, practitioner, "high", BABY_WITH_INJURY)
    with pytest.raises(ActionError, match="Explain why"):
        do_decide_assessment(assessment, actor=supervisor, decision="change", grade="medium")
    do_decide_assessment(
        assessment,
        actor=supervisor,
        decision="change",
        grade="medium",
        rationale="The bruise is a birthmark confirmed by the GP.",
    )
    referral.refresh_from_db()
    assert referral.current_grade == "medium"
    change = GradeChange.objects.get(referral=referral)
    assert change.reason == "The bruise is a birthmark confirmed by the GP."


def test_high_grades_always_go_to_a_supervisor(officer, practitioner, manager) -> None:
    _set_sampling(manager, 0)
    referral = submit_referral(officer)
    assessment = _assess(referral, practitioner, "high", BABY_WITH_INJURY)
    referral.refresh_from_db()
    assert assessment.status == AssessmentStatus.SUBMITTED
    assert referral.status == ReferralStatus.AWAITING_APPROVAL


def test_a_raised_grade_goes_to_a_supervisor_even_when_not_sampled(
    officer, practitioner, manager
) -> None:
    _set_sampling(manager, 0)
    assessment = _assess(submit_referral(officer), practitioner, "medium", [])
    assert assessment.status == AssessmentStatus.SUBMITTED


def test_a_matching_grade_that_is_not_sampled_is_approved_automatically(
    officer, practitioner, manager
) -> None:
    _set_sampling(manager, 0)
    referral = submit_referral(officer, narrative="Noise complaint; children asleep upstairs.")
    assessment = _assess(
        referral,
        practitioner,
        "standard",
        [],
        rationale="No risk indicators; children well cared for.",
        voice_of_child="Both children asleep and settled.",
    )
    referral.refresh_from_db()
    assert assessment.status == AssessmentStatus.APPROVED
    assert referral.status == ReferralStatus.APPROVED
    assert referral.current_grade == "standard"
    decision = assessment.decisions.get()
    assert (decision.decision, decision.supervisor) == ("auto", None)
    assert GradeChange.objects.get(referral=referral).source == "auto"


def test_matching_grades_all_go_to_a_supervisor_by_default(officer, practitioner) -> None:
    assessment = _assess(submit_referral(officer), practitioner, "standard", [])
    assert assessment.status == AssessmentStatus.SUBMITTED


def test_sampling_is_reproducible_and_near_its_rate(officer, practitioner) -> None:
    assessment = _assess(submit_referral(officer), practitioner, "standard", [], submit=False)
    picks = [sampled_for_supervision(assessment, 30) for _ in range(5)]
    assert len(set(picks)) == 1
    rate = (
        sum(
            sampled_for_supervision(ChildRiskAssessment(pk=pk, version=1), 30) for pk in range(2000)
        )
        / 2000
    )
    assert 0.25 < rate < 0.35


def test_publishing_a_new_model_leaves_earlier_assessments_untouched(
    officer, practitioner, manager
) -> None:
    old = _assess(submit_referral(officer), practitioner, "medium", ["weapon"])
    before = (old.suggested_grade, old.suggested_score, old.suggestion)

    current = RiskModelVersion.objects.get(number=1)
    do_publish_risk_model(
        actor=manager,
        thresholds={
            "medium_threshold": 10,
            "high_threshold": 14,
            "da_medium_min": 10,
            "da_high_min": 14,
            "supervision_sample_percent": 100,
            "repeat_short_count": 3,
            "repeat_short_days": 91,
            "repeat_long_count": 5,
            "repeat_long_days": 365,
        },
        factors={"weapon": FactorChange(weight=15, forces_high=True, guidance="Any weapon.")},
        da_high_on_its_own=set(
            current.da_questions.filter(high_on_its_own=True).values_list("code", flat=True)
        ),
        note="Weapons now force high.",
    )

    old.refresh_from_db()
    assert old.model_version.number == 1
    assert (old.suggested_grade, old.suggested_score, old.suggestion) == before
    assert RiskModelVersion.objects.get(number=1).factors.get(code="weapon").forces_high is False
    new = _assess(submit_referral(officer), practitioner, "high", ["weapon"])
    assert new.model_version.number == 2
    assert new.suggested_grade == "high"


def test_only_managers_publish_a_model_and_a_note_is_required(practitioner, manager) -> None:
    with pytest.raises(ActionPermissionError):
        _set_sampling(practitioner, 50)
    with pytest.raises(ActionError, match="what you changed"):
        do_publish_risk_model(
            actor=manager, thresholds={}, factors={}, da_high_on_its_own=set(), note=" "
        )
