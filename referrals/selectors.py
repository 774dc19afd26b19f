"""Reads of referrals, shaped once for pages and APIs alike."""

from django.db.models import Case, IntegerField, Prefetch, QuerySet, Value, When

from audit.models import AuditEvent
from referrals.models import OPEN_STATUSES, Referral, ReferralSubject, SubjectRole

# Approved grade first, else the provisional one.
GRADE_RANK = Case(
    When(current_grade="high", then=Value(3)),
    When(current_grade="medium", then=Value(2)),
    When(current_grade="standard", then=Value(1)),
    When(provisional_grade="high", then=Value(3)),
    When(provisional_grade="medium", then=Value(2)),
    When(provisional_grade="standard", then=Value(1)),
    default=Value(0),
    output_field=IntegerField(),
)

_CHILDREN = Prefetch(
    "subjects",
    queryset=ReferralSubject.objects.filter(role=SubjectRole.CHILD).select_related("person"),
    to_attr="children",
)


def triage_queue(*, user) -> QuerySet[Referral]:  # type: ignore[no-untyped-def]
    """Open referrals, highest priority first (the score arrives with the SLA work; until a
    referral has one, grade and then waiting time order it)."""
    return (
        Referral.objects.filter(status__in=OPEN_STATUSES)
        .select_related("incident_type", "local_authority", "allocated_to")
        .prefetch_related(_CHILDREN)
        .annotate(grade_rank=GRADE_RANK)
        .order_by("-priority_score", "-grade_rank", "received_at", "id")
    )


def officer_referrals(*, user) -> QuerySet[Referral]:  # type: ignore[no-untyped-def]
    return (
        Referral.objects.filter(submitted_by=user)
        .select_related("incident_type")
        .prefetch_related(_CHILDREN)
        .order_by("-received_at")
    )


def referral_detail(referral: Referral) -> Referral:
    """Everything the referral page shows, loaded in a fixed number of queries."""
    from risk.models import ChildRiskAssessment, GradeChange, SupervisorDecision, UnderGradingFlag

    subjects = ReferralSubject.objects.select_related("person", "assessment__assessor").order_by(
        "id"
    )
    referral.subject_list = list(subjects.filter(referral=referral))
    referral.decision_list = list(
        SupervisorDecision.objects.filter(assessment__referral=referral)
        .select_related("supervisor", "assessment__subject__person")
        .order_by("decided_at")
    )
    referral.assessment_list = list(
        ChildRiskAssessment.objects.filter(referral=referral).select_related("subject__person")
    )
    referral.grade_history = list(
        GradeChange.objects.filter(referral=referral).select_related("changed_by")
    )
    referral.flag_list = list(UnderGradingFlag.objects.filter(referral=referral))
    return referral


TIMELINE_HIDDEN_ACTIONS = ("referral.view", "share.view", "assessment.view", "flag.view")


def referral_timeline(referral: Referral) -> QuerySet[AuditEvent]:
    """What happened to the referral, oldest first; reads are in the access log, not here."""
    return (
        AuditEvent.objects.filter(referral=referral)
        .exclude(action__in=TIMELINE_HIDDEN_ACTIONS)
        .select_related("actor")
        .order_by("id")
    )
