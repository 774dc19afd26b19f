"""Actions of the frontline quality loop: an area's contact writes to an officer, an auditor
scores an officer's submission (docs/frontline.md)."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction

from accounts.models import User
from audit.actions import record_event
from referrals.models import OutboxKind, OutboxMessage, Referral
from referrals.tasks import deliver_escalations
from risk.frontline import scope_for
from risk.models import FeedbackKind, OfficerAudit, OfficerFeedback, QualityAuditStatus
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError, StaleError
from vhub.roles import Role

MESSAGE_LIMIT = 2000


@transaction.atomic
def do_send_officer_feedback(
    referral: Referral, *, actor: User, kind: str, message: str
) -> OfficerFeedback:
    """An area's single point of contact sends the referring officer a reminder or feedback about
    a referral of their area. It reaches the officer once: on My referrals, and as one in-app
    notice and one e-mail through the outbox. The same words sent again are refused."""
    if not actor.has_role(Role.AREA_SPOC):
        raise ActionPermissionError("Only an area's single point of contact writes to officers.")
    scope = scope_for(actor)
    officer = referral.submitted_by
    # Checked on the database, not on what the page showed: postings and areas may have changed.
    area_id = (
        Referral.objects.filter(pk=referral.pk)
        .values_list("local_authority__policing_cover__area_id", flat=True)
        .first()
    )
    posting = (
        User.objects.filter(pk=officer.pk)
        .values_list("policing_posting__area_id", flat=True)
        .first()
    )
    if scope is None or scope.area_ids is None or area_id not in scope.area_ids:
        raise ActionPermissionError("This referral is not in one of your areas.")
    if posting not in scope.area_ids:
        raise ActionError(
            "The officer who sent this referral works in another area: their own area's single "
            "point of contact gives them feedback."
        )
    if kind not in FeedbackKind.values:
        raise ActionError("Choose a reminder or feedback.", field="kind")
    text = message.strip()
    if not text:
        raise ActionError("Write what you want to tell the officer.", field="message")
    if len(text) > MESSAGE_LIMIT:
        raise ActionError(
            f"Write at most {MESSAGE_LIMIT} characters (you wrote {len(text)}).", field="message"
        )
    at = now()
    try:
        with transaction.atomic():
            feedback = OfficerFeedback.objects.create(
                referral=referral,
                officer=officer,
                sender=actor,
                kind=kind,
                message=text,
                created_at=at,
            )
    except IntegrityError:
        raise ActionError(
            "You have already sent the officer these words about this referral.", field="message"
        ) from None
    feedback.outbox = OutboxMessage.objects.create(
        kind=OutboxKind.OFFICER_FEEDBACK, recipient=officer, deliver_after=at
    )
    feedback.save(update_fields=["outbox"])
    record_event(
        f"frontline.{kind}_sent",
        actor=actor,
        obj=feedback,
        referral=referral,
        details={"officer": officer.pk, "kind": kind},
    )
    transaction.on_commit(lambda: deliver_escalations.delay())
    return feedback


@dataclass
class OfficerRubric:
    completeness: int
    voice_of_child: int
    factors: int
    comments: str


@transaction.atomic
def do_score_officer_audit(
    audit: OfficerAudit, scores: OfficerRubric, *, actor: User
) -> OfficerAudit:
    """An auditor scores an officer's initial assessment on the officers' rubric."""
    if not actor.has_role(Role.AUDITOR):
        raise ActionPermissionError("Only auditors score the officers' submissions.")
    audit = (
        OfficerAudit.objects.select_for_update()
        .select_related("submission__referral")
        .get(pk=audit.pk)
    )
    if audit.status == QualityAuditStatus.COMPLETED:
        raise StaleError("This officer's submission has already been scored.")
    for name in ("completeness", "voice_of_child", "factors"):
        if getattr(scores, name) not in (1, 2, 3, 4):
            raise ActionError("Score from 1 to 4.", field=name)
    audit.completeness = scores.completeness
    audit.voice_of_child = scores.voice_of_child
    audit.factors = scores.factors
    audit.comments = scores.comments.strip()
    audit.reviewer = actor
    audit.scored_at = now()
    audit.status = QualityAuditStatus.COMPLETED
    audit.save()
    record_event(
        "officer_audit.score",
        actor=actor,
        obj=audit,
        referral=audit.submission.referral,
        details={
            "completeness": scores.completeness,
            "voice_of_child": scores.voice_of_child,
            "factors": scores.factors,
            "grade_agreed": audit.grade_agreed,
        },
    )
    return audit
