"""Reads of risk assessments, flags and the risk model."""

from django.db.models import Prefetch, QuerySet

from referrals.models import Referral
from risk.models import (
    AssessmentStatus,
    ChildRiskAssessment,
    FlagStatus,
    GradeChange,
    UnderGradingFlag,
)


def approval_queue(*, user) -> QuerySet[ChildRiskAssessment]:  # type: ignore[no-untyped-def]
    """Assessments waiting for a supervisor, most urgent referral first. Assessments the
    supervisor wrote or edited are left out: someone else must decide on them."""
    return (
        ChildRiskAssessment.objects.filter(status=AssessmentStatus.SUBMITTED)
        .exclude(editors=user)
        .select_related("referral__incident_type", "subject__person", "assessor")
        .order_by("-referral__priority_score", "-suggested_score", "submitted_at", "id")
    )


def review_list(*, user) -> QuerySet[Referral]:  # type: ignore[no-untyped-def]
    """Referrals with open under-grading flags, most urgent first, each with its open flags."""
    open_flags = UnderGradingFlag.objects.filter(status=FlagStatus.OPEN).order_by("raised_at", "id")
    return (
        Referral.objects.filter(undergrading_flags__status=FlagStatus.OPEN)
        .distinct()
        .select_related("incident_type", "local_authority")
        .prefetch_related(Prefetch("undergrading_flags", queryset=open_flags, to_attr="open_flags"))
        .order_by("-priority_score", "received_at", "id")
    )


def grade_history(referral: Referral) -> QuerySet[GradeChange]:
    return referral.grade_changes.select_related("changed_by").order_by("changed_at", "id")


def referral_risk(referral: Referral) -> tuple[dict[str, object], dict[str, object]]:
    """What the risk API shows, in a fixed number of queries: the data and the serializer's
    context (each assessment's factor definitions, from the model version it used)."""
    from risk.models import RiskFactor
    from risk.scoring import FactorSpec

    assessments = list(
        ChildRiskAssessment.objects.filter(referral=referral)
        .select_related("subject__person", "assessor", "model_version")
        .order_by("id")
    )
    versions = {a.model_version_id for a in assessments if a.model_version_id}
    specs: dict[int, dict[str, FactorSpec]] = {}
    for f in RiskFactor.objects.filter(version_id__in=versions):
        spec = FactorSpec(f.code, f.label, f.weight, f.forces_high)
        specs.setdefault(f.version_id, {})[f.code] = spec
    data = {
        "reference": referral.reference,
        "status": referral.status,
        "current_grade": referral.current_grade,
        "provisional_grade": referral.provisional_grade,
        "assessments": assessments,
        "grade_history": list(grade_history(referral)),
        "flags": list(
            UnderGradingFlag.objects.filter(referral=referral).select_related("resolved_by")
        ),
    }
    return data, {"factor_specs": specs}
