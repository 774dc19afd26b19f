"""Reads of risk assessments."""

from django.db.models import QuerySet

from risk.models import AssessmentStatus, ChildRiskAssessment


def approval_queue(*, user) -> QuerySet[ChildRiskAssessment]:  # type: ignore[no-untyped-def]
    """Assessments waiting for a supervisor, most urgent referral first. Assessments the
    supervisor wrote or edited are left out: someone else must decide on them."""
    return (
        ChildRiskAssessment.objects.filter(status=AssessmentStatus.SUBMITTED)
        .exclude(editors=user)
        .select_related("referral__incident_type", "subject__person", "assessor")
        .order_by("-referral__priority_score", "submitted_at", "id")
    )
