"""Quality audits (DESIGN.md §4): drawing the month's sample and scoring an audit."""

from dataclasses import dataclass
from typing import Any

from django.db import transaction

from accounts.models import User
from audit.actions import record_event
from partners.models import Share, ShareStatus
from risk.models import (
    AuditKind,
    ChildRiskAssessment,
    QualityAudit,
    QualityAuditRound,
    QualityAuditStatus,
    QualityTeamMember,
    RubricScore,
)
from risk.quality import choose_sample, first_of_month
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError, StaleError
from vhub.roles import Role


@transaction.atomic
def do_sample_quality_audits(month: Any, *, actor: "User | None" = None) -> tuple[Any, bool]:
    """Draw the month's sample of child risk assessments per area: one audit for a VHub auditor
    each, and a joint audit for each partner agency the referral was shared with. Safe to run
    twice: a month that already has its sample is returned unchanged (the second value False)."""

    if actor is not None and not actor.has_role(Role.AUDITOR):
        raise ActionPermissionError("Only auditors draw the quality-audit sample.")
    month = first_of_month(month)
    round_, created = QualityAuditRound.objects.get_or_create(
        month=month, defaults={"created_at": now(), "created_by": actor}
    )
    if not created:
        return round_, False
    chosen = choose_sample(month)
    ids = [pk for pks in chosen.values() for pk in pks]
    assessments = ChildRiskAssessment.objects.filter(pk__in=ids).select_related("referral")
    teams = dict(
        QualityTeamMember.objects.filter(user_id__in=assessments.values("assessor_id")).values_list(
            "user_id", "team_id"
        )
    )
    latest_shares: dict[tuple[int, int], Share] = {}
    for share in Share.objects.filter(
        referral_id__in=assessments.values("referral_id"), status=ShareStatus.ACTIVE
    ).order_by("version"):
        latest_shares[(share.referral_id, share.agency_id)] = share
    audits = []
    for a in assessments:
        common = {
            "round": round_,
            "assessment": a,
            "local_authority_id": a.referral.local_authority_id,
            "assessor_id": a.assessor_id,
            "team_id": teams.get(a.assessor_id),
        }
        audits.append(QualityAudit(kind=AuditKind.INTERNAL, **common))
        for (referral_id, agency_id), share in latest_shares.items():
            if referral_id == a.referral_id:
                audits.append(
                    QualityAudit(
                        kind=AuditKind.JOINT, share=share, reviewer_agency_id=agency_id, **common
                    )
                )
    QualityAudit.objects.bulk_create(audits)
    record_event(
        "quality_audit.sample",
        actor=actor,
        obj=round_,
        details={
            "month": month.isoformat(),
            "per_area": {str(area): len(pks) for area, pks in chosen.items()},
            "joint": sum(1 for q in audits if q.kind == AuditKind.JOINT),
        },
    )
    return round_, True


@dataclass
class RubricScores:
    completeness: int
    voice_of_child: int
    rationale: int
    grade_agreed: bool
    comments: str


@transaction.atomic
def do_score_quality_audit(audit: Any, scores: RubricScores, *, actor: "User") -> Any:
    """An auditor (or, for a joint audit, a reviewer at the agency it was shared with) scores
    one sampled assessment on the rubric. A score, once given, is final."""

    audit = QualityAudit.objects.select_for_update().select_related("assessment").get(pk=audit.pk)
    if audit.kind == AuditKind.INTERNAL:
        allowed = actor.has_role(Role.AUDITOR)
    else:
        allowed = actor.is_partner and actor.agency_id == audit.reviewer_agency_id
    if not allowed:
        raise ActionPermissionError("You cannot score this audit.")
    if audit.assessor_id == actor.pk:
        raise ActionPermissionError("You cannot audit your own assessment.")
    if audit.status == QualityAuditStatus.COMPLETED:
        raise StaleError("This assessment has already been scored; the score is final.")
    for name in ("completeness", "voice_of_child", "rationale"):
        if getattr(scores, name) not in RubricScore.values:
            raise ActionError("Choose a score from 1 to 4.", field=name)
    if not scores.grade_agreed and not scores.comments.strip():
        raise ActionError("Say why you do not agree with the grade.", field="comments")
    audit.completeness = scores.completeness
    audit.voice_of_child = scores.voice_of_child
    audit.rationale = scores.rationale
    audit.grade_agreed = scores.grade_agreed
    audit.comments = scores.comments
    audit.reviewer = actor
    audit.scored_at = now()
    audit.status = QualityAuditStatus.COMPLETED
    audit.save()
    record_event(
        "quality_audit.score",
        actor=actor,
        obj=audit,
        referral=audit.assessment.referral,
        details={
            "kind": audit.kind,
            "completeness": scores.completeness,
            "voice_of_child": scores.voice_of_child,
            "rationale": scores.rationale,
            "grade_agreed": scores.grade_agreed,
            "comments": scores.comments,
        },
    )
    return audit
