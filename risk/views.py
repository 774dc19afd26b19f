"""Pages for assessing a child's risk and for supervisors' decisions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from audit.actions import record_event
from risk.access import access_assessment, access_child_subject
from risk.actions import do_decide_assessment, do_save_assessment
from risk.forms import AssessmentForm, DecisionForm
from risk.models import AssessmentStatus, ChildRiskAssessment
from risk.selectors import approval_queue
from vhub.errors import ActionError
from vhub.http import require_role
from vhub.roles import Role


@login_required
def assess(request, reference: str, subject_id: int):  # type: ignore[no-untyped-def]
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR)
    subject = access_child_subject(request.user, reference, subject_id, "change")
    assessment = ChildRiskAssessment.objects.filter(subject=subject).first()
    initial = {"voice_of_child": subject.voice_of_child}
    if assessment is not None:
        initial = {
            "proposed_grade": assessment.proposed_grade,
            "voice_of_child": assessment.voice_of_child,
            "voice_not_captured_reason": assessment.voice_not_captured_reason,
            "rationale": assessment.rationale,
            "version": assessment.version,
        }
        record_event(
            "assessment.view", actor=request.user, obj=assessment, referral=subject.referral
        )
    form = AssessmentForm(request.POST or None, initial=initial)
    action_error = action_error_field = None
    if request.method == "POST" and form.is_valid():
        submit = "submit" in request.POST
        try:
            do_save_assessment(
                subject,
                form.to_input(),
                actor=request.user,
                submit=submit,
                expected_version=form.cleaned_data["version"],
            )
        except ActionError as exc:
            action_error, action_error_field = exc.message, exc.field
            if exc.field:
                form.add_error(exc.field, exc.message)
                action_error = None
        else:
            messages.success(
                request,
                "Risk assessment sent to a supervisor for approval"
                if submit
                else "Risk assessment saved as a draft",
            )
            return redirect("referrals:detail", reference=reference)
    last_return = (
        assessment.decisions.filter(decision="return").order_by("-decided_at").first()
        if assessment is not None and assessment.status == AssessmentStatus.RETURNED
        else None
    )
    return render(
        request,
        "risk/assess.html",
        {
            "form": form,
            "subject": subject,
            "referral": subject.referral,
            "assessment": assessment,
            "last_return": last_return,
            "action_error": action_error,
            "action_error_field": action_error_field,
        },
    )


@login_required
def approvals(request):  # type: ignore[no-untyped-def]
    require_role(request.user, Role.SUPERVISOR)
    assessments = list(approval_queue(user=request.user)[:200])
    return render(request, "risk/approvals.html", {"assessments": assessments})


@login_required
def decide(request, assessment_id: int):  # type: ignore[no-untyped-def]
    require_role(request.user, Role.SUPERVISOR)
    assessment = access_assessment(request.user, assessment_id)
    record_event(
        "assessment.view", actor=request.user, obj=assessment, referral=assessment.referral
    )
    form = DecisionForm(request.POST or None, initial={"version": assessment.version})
    action_error = action_error_field = None
    own_work = assessment.editors.filter(pk=request.user.pk).exists()
    if request.method == "POST" and form.is_valid():
        try:
            do_decide_assessment(
                assessment,
                actor=request.user,
                decision=form.cleaned_data["decision"],
                grade=form.cleaned_data["grade"],
                rationale=form.cleaned_data["rationale"],
                expected_version=form.cleaned_data["version"],
            )
        except ActionError as exc:
            if exc.field and exc.field in form.fields:
                form.add_error(exc.field, exc.message)
            else:
                action_error = exc.message
            assessment.refresh_from_db()
        else:
            messages.success(
                request, f"Decision recorded for {assessment.subject.person.full_name}"
            )
            return redirect("risk:approvals")
    return render(
        request,
        "risk/decide.html",
        {
            "form": form,
            "assessment": assessment,
            "referral": assessment.referral,
            "own_work": own_work,
            "action_error": action_error,
            "action_error_field": action_error_field,
        },
    )
