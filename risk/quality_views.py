"""Pages of the monthly quality audit: the auditor's sample and rubric, results over months,
the assessor's feedback, and joint audits by partner reviewers (docs/audit.md)."""

from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedHttpRequest
from audit.actions import record_event, record_list_view
from audit.denials import require_role
from referrals.notes import oversight_notes
from risk.access import access_joint_audit, access_quality_audit
from risk.forms import RubricForm
from risk.models import AuditKind, QualityAuditRound
from risk.quality import GROUPINGS, previous_month, quality_results
from risk.quality_actions import RubricScores, do_sample_quality_audits, do_score_quality_audit
from risk.scoring import LoadedModel
from risk.selectors import feedback_for, joint_audits_for, round_audits
from vhub.clock import now
from vhub.http import Done, form_action
from vhub.roles import PARTNER_ROLES, Role

RESULT_ROLES = (Role.AUDITOR, Role.SUPERVISOR, Role.MANAGER)
ASSESSOR_ROLES = (Role.OFFICER, Role.PRACTITIONER, Role.SUPERVISOR)


def _month(value: str) -> date | None:
    try:
        year, month = value.split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        return None


def _scores(form: RubricForm) -> RubricScores:
    c = form.cleaned_data
    return RubricScores(
        completeness=c["completeness"],
        voice_of_child=c["voice_of_child"],
        rationale=c["rationale"],
        grade_agreed=c["grade_agreed"],
        comments=c["comments"],
    )


@login_required
def quality_home(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.AUDITOR)
    rounds = list(QualityAuditRound.objects.all()[:36])
    chosen = _month(request.GET.get("month", ""))
    current = next((r for r in rounds if r.month == chosen), rounds[0] if rounds else None)
    audits = list(round_audits(current)) if current else []
    last_month = previous_month(timezone.localdate(now()))
    record_list_view(
        request.user,
        "quality_audits",
        referrals=[a.assessment.referral_id for a in audits],
        month=current.month.isoformat() if current else "",
    )
    return render(
        request,
        "risk/quality_home.html",
        {
            "rounds": rounds,
            "current": current,
            "audits": audits,
            "scored": sum(1 for a in audits if a.status == "completed"),
            "last_month": last_month,
            "last_month_drawn": any(r.month == last_month for r in rounds),
        },
    )


@login_required
@require_POST
def quality_sample(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Draw last month's sample now, rather than waiting for the 1st (the same action)."""
    require_role(request.user, Role.AUDITOR)
    month = previous_month(timezone.localdate(now()))
    round_, created = do_sample_quality_audits(month, actor=request.user)
    if created:
        count = round_.audits.count()
        messages.success(
            request, f"Sample for {month:%B %Y} drawn: {count} audit{'' if count == 1 else 's'}"
        )
    else:
        messages.info(request, f"The sample for {month:%B %Y} had already been drawn")
    return redirect(f"{reverse('risk:quality')}?month={month:%Y-%m}")


@login_required
def quality_score(request: AuthenticatedHttpRequest, audit_id: int) -> HttpResponse:
    require_role(request.user, Role.AUDITOR)
    audit = access_quality_audit(request.user, audit_id)
    assessment = audit.assessment
    record_event("quality_audit.view", actor=request.user, obj=audit, referral=assessment.referral)
    form = RubricForm(request.POST or None)

    def score() -> Done:
        do_score_quality_audit(audit, _scores(form), actor=request.user)
        return Done(
            f"Audit of {assessment.subject.person.full_name}'s assessment recorded",
            f"{reverse('risk:quality')}?month={audit.round.month:%Y-%m}",
        )

    if (posted := form_action(request, form, score)).response is not None:
        return posted.response
    model = LoadedModel.load(assessment.model_version) if assessment.model_version else None
    return render(
        request,
        "risk/quality_score.html",
        {
            "audit": audit,
            "assessment": assessment,
            "form": form,
            "action_error": posted.action_error,
            "ticked": [
                model.factors[c] for c in assessment.factor_codes if model and c in model.factors
            ],
            # Supervisors' direction on the case, which the rubric weighs (police-internal:
            # never on a partner's joint audit).
            "oversight": list(oversight_notes(assessment.referral_id)),
        },
    )


@login_required
def quality_results_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, *RESULT_ROLES)
    by = request.GET.get("by", "area")
    by = by if by in GROUPINGS else "area"
    kind = request.GET.get("kind", AuditKind.INTERNAL)
    kind = kind if kind in AuditKind.values else AuditKind.INTERNAL
    rows = list(quality_results(by=by, kind=kind))
    record_event("quality_audit.results_view", actor=request.user, details={"by": by, "kind": kind})
    return render(
        request,
        "risk/quality_results.html",
        {"rows": rows, "by": by, "kind": kind, "kinds": AuditKind.choices},
    )


@login_required
def quality_feedback(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The assessor's own feedback: every scored audit of their assessments."""
    require_role(request.user, *ASSESSOR_ROLES)
    audits = list(feedback_for(request.user)[:200])
    record_list_view(
        request.user,
        "quality_feedback",
        action="quality_audit.feedback_view",
        referrals=[a.assessment.referral_id for a in audits],
        count=len(audits),
    )
    return render(request, "risk/quality_feedback.html", {"audits": audits})


@login_required
def joint_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, *PARTNER_ROLES)
    audits = list(joint_audits_for(request.user)[:200])
    record_list_view(request.user, "joint_audits", referrals=[a.share.referral_id for a in audits])
    return render(request, "risk/joint_list.html", {"audits": audits})


@login_required
def joint_score(request: AuthenticatedHttpRequest, audit_id: int) -> HttpResponse:
    require_role(request.user, *PARTNER_ROLES)
    audit = access_joint_audit(request.user, audit_id)
    # A joint audit always has its share (access_joint_audit finds it through one).
    record_event("quality_audit.view", actor=request.user, obj=audit, referral=audit.share.referral)  # type: ignore[union-attr]
    form = RubricForm(request.POST or None)

    def score() -> Done:
        do_score_quality_audit(audit, _scores(form), actor=request.user)
        # As above.
        return Done(f"Joint audit of {audit.share.reference} recorded", "risk:joint_list")  # type: ignore[union-attr]

    if (posted := form_action(request, form, score)).response is not None:
        return posted.response
    return render(
        request,
        "risk/joint_score.html",
        {
            "audit": audit,
            # As above.
            "snapshot": audit.share.snapshot,  # type: ignore[union-attr]
            "form": form,
            "action_error": posted.action_error,
        },
    )
