"""Looking up assessments for a person: through the referral's access rules."""

from typing import TYPE_CHECKING

from audit.denials import deny_not_found
from partners.access import shares_visible_to
from referrals.access import Perm, access_referral
from referrals.models import ReferralSubject, SubjectRole
from risk.models import AuditKind, ChildRiskAssessment, QualityAudit

if TYPE_CHECKING:
    from accounts.models import User
    from risk.models import QualityAudit


def access_child_subject(
    user: "User", reference: str, subject_id: int, perm: Perm = "view"
) -> ReferralSubject:
    referral = access_referral(user, reference, perm)
    subject = (
        ReferralSubject.objects.select_related("person", "referral")
        .filter(referral=referral, pk=subject_id, role=SubjectRole.CHILD)
        .first()
    )
    if subject is None:
        deny_not_found(
            user,
            object_type="referrals.referralsubject",
            object_id=subject_id,
            reason="not found",
            message="No such child on this referral",
        )
    return subject


def access_assessment(user: "User", assessment_id: int) -> ChildRiskAssessment:
    assessment = (
        ChildRiskAssessment.objects.select_related("referral", "subject__person", "assessor")
        .filter(pk=assessment_id)
        .first()
    )
    if assessment is None or not user.is_vhub_case_reader:
        deny_not_found(
            user,
            object_type="risk.childriskassessment",
            object_id=assessment_id,
            reason="not visible",
            message="No such assessment",
        )
    return assessment


def access_quality_audit(user: "User", audit_id: int) -> "QualityAudit":
    """A VHub audit for an auditor to score; anything else is the same audited 404."""
    audit = (
        QualityAudit.objects.select_related(
            "assessment__subject__person",
            "assessment__referral__incident_type",
            "assessment__model_version",
            "assessor",
            "local_authority",
            "reviewer",
        )
        .filter(pk=audit_id, kind=AuditKind.INTERNAL)
        .first()
    )
    if audit is None:
        deny_not_found(
            user,
            object_type="risk.qualityaudit",
            object_id=audit_id,
            reason="not found",
            message="No such audit",
        )
    return audit


def access_joint_audit(user: "User", audit_id: int) -> "QualityAudit":
    """A joint audit, for a partner reviewer of the agency the referral was shared with, and
    only while that share is visible to them (withdrawn shares end the joint audit's access)."""
    audit = None
    if user.is_partner:
        audit = (
            QualityAudit.objects.select_related("share__agency", "round", "reviewer")
            .filter(
                pk=audit_id,
                kind=AuditKind.JOINT,
                reviewer_agency_id=user.agency_id,
                share__in=shares_visible_to(user),
            )
            .first()
        )
    if audit is None:
        deny_not_found(
            user,
            object_type="risk.qualityaudit",
            object_id=audit_id,
            reason="not visible",
            message="No such audit",
        )
    return audit
