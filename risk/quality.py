"""Monthly quality audits of child risk assessments (DESIGN.md §4): which assessments are
sampled, and the results per area, team and person over months."""

import random
from collections import defaultdict
from datetime import date, datetime, time
from typing import Any

from django.db.models import Avg, Count, F, Q, QuerySet, Value
from django.db.models.functions import Concat
from django.utils import timezone

from risk.models import (
    AssessmentStatus,
    AuditKind,
    ChildRiskAssessment,
    QualityAudit,
    QualityAuditSetting,
    QualityAuditStatus,
)


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def previous_month(day: date) -> date:
    start = first_of_month(day)
    return (
        start.replace(year=start.year - 1, month=12)
        if start.month == 1
        else start.replace(month=start.month - 1)
    )


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """The month's start and the next month's start, as London midnights."""
    start = first_of_month(month)
    following = (
        start.replace(year=start.year + 1, month=1)
        if start.month == 12
        else (start.replace(month=start.month + 1))
    )
    return (
        timezone.make_aware(datetime.combine(start, time.min)),
        timezone.make_aware(datetime.combine(following, time.min)),
    )


def sample_sizes() -> tuple[int, dict[int, int]]:
    default, per_area = 5, {}
    for setting in QualityAuditSetting.objects.all():
        if setting.local_authority_id is None:
            default = setting.sample_size
        else:
            per_area[setting.local_authority_id] = setting.sample_size
    return default, per_area


def choose_sample(month: date) -> dict[int, list[int]]:
    """Per area (local authority id), the ids of the approved assessments submitted in the month
    that are sampled. Reproducible: the generator is seeded by the month and the area, and the
    candidates are taken in id order, so the same month always gives the same sample."""
    start, end = month_bounds(month)
    candidates: dict[int, list[int]] = defaultdict(list)
    rows = (
        ChildRiskAssessment.objects.filter(
            status=AssessmentStatus.APPROVED,
            submitted_at__gte=start,
            submitted_at__lt=end,
            referral__local_authority__isnull=False,
        )
        .order_by("id")
        .values_list("referral__local_authority_id", "id")
    )
    for area, pk in rows:
        candidates[area].append(pk)
    default, per_area = sample_sizes()
    chosen = {}
    for area, ids in sorted(candidates.items()):
        size = min(per_area.get(area, default), len(ids))
        # Not for secrecy: a seeded generator is what makes the sample reproducible.
        seed = f"vhub-quality-audit:{first_of_month(month):%Y-%m}:{area}"
        rng = random.Random(seed)  # noqa: S311 # nosec B311
        chosen[area] = sorted(rng.sample(ids, size))
    return chosen


GROUPINGS = {
    "area": F("local_authority__name"),
    "team": F("team__name"),
    "person": Concat(F("assessor__first_name"), Value(" "), F("assessor__last_name")),
}


def quality_results(
    *, by: str, kind: str = AuditKind.INTERNAL
) -> QuerySet[QualityAudit, dict[str, Any]]:
    """Scored audits per month and per area, team or person, aggregated in SQL: how many were
    audited, the mean of each rubric score, and how many grades the auditor agreed with."""
    return (
        QualityAudit.objects.filter(status=QualityAuditStatus.COMPLETED, kind=kind)
        .values(month=F("round__month"), label=GROUPINGS[by])
        .annotate(
            audited=Count("id"),
            completeness=Avg("completeness"),
            voice=Avg("voice_of_child"),
            rationale=Avg("rationale"),
            agreed=Count("id", filter=Q(grade_agreed=True)),
        )
        .order_by("-month", "label")
    )
