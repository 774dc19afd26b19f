"""Pages for assessing a child's risk, supervisors' decisions and reviews, and the risk model."""

from typing import TYPE_CHECKING, Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedHttpRequest
from audit.actions import record_denial, record_event, record_list_view
from audit.denials import require_role
from referrals.models import ReferralSubject
from risk import selectors
from risk.access import access_assessment, access_child_subject
from risk.actions import (
    FactorChange,
    do_decide_assessment,
    do_publish_catalogue,
    do_publish_risk_model,
    do_resolve_flag,
    do_save_assessment,
)
from risk.catalogue import from_text, to_text
from risk.forms import (
    AssessmentForm,
    CatalogueForm,
    DecisionForm,
    FlagReviewForm,
    RiskModelForm,
)
from risk.models import (
    AssessmentStatus,
    ChildRiskAssessment,
    FlagStatus,
    UnderGradingFlag,
)
from risk.reading import compiled, current_catalogue_version, proposed_factors
from risk.scoring import LoadedModel, age_factor_codes, current_model_version
from risk.selectors import OUTCOME_DAYS, approval_queue, review_list
from vhub.csv_export import csv_response
from vhub.http import NOT_RUN, Done, form_action
from vhub.roles import VHUB_CASE_ROLES, Role

if TYPE_CHECKING:
    from accounts.models import User


def _assessment_form(
    request: AuthenticatedHttpRequest, subject: ReferralSubject, assessment: Any
) -> "AssessmentForm":
    version = (
        assessment.model_version
        if assessment and assessment.model_version
        else current_model_version()
    )
    model = LoadedModel.load(version)
    referral = subject.referral
    with_da = referral.incident_type.is_domestic_abuse
    if assessment is not None:
        initial = {
            "factors": assessment.factor_codes,
            "da_yes": assessment.da_yes_codes,
            "proposed_grade": assessment.proposed_grade,
            "voice_of_child": assessment.voice_of_child,
            "voice_not_captured_reason": assessment.voice_not_captured_reason,
            "rationale": assessment.rationale,
            "version": assessment.version,
        }
    else:
        # Age factors follow from the date of birth; the officer's record of the child's voice
        # is the starting point for the assessor's.
        initial = {
            "factors": sorted(
                age_factor_codes(
                    subject.person.date_of_birth, timezone.localdate(referral.incident_at)
                )
            ),
            "voice_of_child": subject.voice_of_child,
        }
    data = request.POST if request.method == "POST" else None
    return AssessmentForm(
        data, initial=initial, model=model, with_da=with_da, proposals=proposed_factors(referral)
    )


def _subject_to_assess(user: "User", reference: str, subject_id: int) -> ReferralSubject:
    """Hub caseworkers assess any child. The referring officer's initial assessment is part of
    the referral form; once it is sent, only the hub changes it, so the officer gets a 404 here
    (the officer corrects it only when the hub returns the referral, through the form)."""
    if user.is_vhub_caseworker:
        return access_child_subject(user, reference, subject_id, "change")
    access_child_subject(user, reference, subject_id, "view")  # a 404 if not theirs either
    record_denial(
        user,
        object_type="referrals.referral",
        object_id=reference,
        reason="assessment closed to the officer once the referral is sent",
    )
    raise Http404("No referral found")


@login_required
def assess(request: AuthenticatedHttpRequest, reference: str, subject_id: int) -> HttpResponse:
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR, Role.OFFICER)
    subject = _subject_to_assess(request.user, reference, subject_id)
    assessment = (
        ChildRiskAssessment.objects.filter(subject=subject).select_related("model_version").first()
    )
    if request.method == "GET":
        # The page shows the child's details even before there is an assessment to read.
        record_event(
            "assessment.view",
            actor=request.user,
            obj=assessment if assessment is not None else subject,
            referral=subject.referral,
        )
    form = _assessment_form(request, subject, assessment)

    def save() -> Done:
        submit = "submit" in request.POST
        saved = do_save_assessment(
            subject,
            form.to_input(),
            actor=request.user,
            submit=submit,
            expected_version=form.cleaned_data["version"],
        )
        back = reverse("referrals:detail", args=[reference])
        if not submit:
            return Done("Risk assessment saved as a draft", back)
        if saved.status == AssessmentStatus.APPROVED:
            return Done(
                f"Risk grade {saved.approved_grade} recorded. It matched the suggestion and "
                "was not sampled for supervision, so it is approved.",
                back,
            )
        return Done("Risk assessment sent to a supervisor for approval", back)

    if (posted := form_action(request, form, save)).response is not None:
        return posted.response
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
            "suggestion": form.suggestion(),
            "action_error": posted.action_error,
        },
    )


@login_required
@require_POST
def suggest(request: AuthenticatedHttpRequest, reference: str, subject_id: int) -> HttpResponse:
    """The suggested-grade panel, recomputed as factors are ticked (htmx)."""
    require_role(request.user, Role.PRACTITIONER, Role.SUPERVISOR, Role.OFFICER)
    subject = _subject_to_assess(request.user, reference, subject_id)
    assessment = (
        ChildRiskAssessment.objects.filter(subject=subject).select_related("model_version").first()
    )
    form = _assessment_form(request, subject, assessment)
    return render(request, "risk/_suggestion.html", {"suggestion": form.suggestion()})


@login_required
def approvals(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.SUPERVISOR)
    assessments = list(approval_queue(user=request.user)[:200])
    # A list of children's names is a read of case data too.
    record_list_view(request.user, "approvals", referrals=[a.referral_id for a in assessments])
    return render(request, "risk/approvals.html", {"assessments": assessments})


@login_required
def decide(request: AuthenticatedHttpRequest, assessment_id: int) -> HttpResponse:
    require_role(request.user, Role.SUPERVISOR)
    assessment = access_assessment(request.user, assessment_id)
    record_event(
        "assessment.view", actor=request.user, obj=assessment, referral=assessment.referral
    )
    form = DecisionForm(request.POST or None, initial={"version": assessment.version})
    own_work = assessment.editors.filter(pk=request.user.pk).exists()

    def decide() -> Done:
        do_decide_assessment(
            assessment,
            actor=request.user,
            decision=form.cleaned_data["decision"],
            grade=form.cleaned_data["grade"],
            rationale=form.cleaned_data["rationale"],
            expected_version=form.cleaned_data["version"],
        )
        return Done(
            f"Decision recorded for {assessment.subject.person.full_name}", "risk:approvals"
        )

    if (posted := form_action(request, form, decide)).response is not None:
        return posted.response
    if posted.refused:
        assessment.refresh_from_db()
    model = LoadedModel.load(assessment.model_version) if assessment.model_version else None
    return render(
        request,
        "risk/decide.html",
        {
            "form": form,
            "assessment": assessment,
            "referral": assessment.referral,
            "own_work": own_work,
            "ticked": [
                model.factors[c] for c in assessment.factor_codes if model and c in model.factors
            ],
            "da_yes": [
                model.da_questions[c][0]
                for c in assessment.da_yes_codes
                if model and c in model.da_questions
            ],
            "action_error": posted.action_error,
        },
    )


@login_required
def assessment_history(request: AuthenticatedHttpRequest, assessment_id: int) -> HttpResponse:
    """Field-level changes of an assessment and its decisions: VHub case staff only."""
    require_role(request.user, *VHUB_CASE_ROLES)
    assessment = access_assessment(request.user, assessment_id)
    record_event(
        "assessment.history_view", actor=request.user, obj=assessment, referral=assessment.referral
    )
    return render(
        request,
        "risk/assessment_history.html",
        {
            "assessment": assessment,
            "referral": assessment.referral,
            "entries": selectors.assessment_history(assessment),
        },
    )


@login_required
def reviews(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.SUPERVISOR)
    referrals = list(review_list(user=request.user)[:200])
    record_list_view(request.user, "reviews", referrals=[r.pk for r in referrals])
    return render(request, "risk/reviews.html", {"referrals": referrals})


@login_required
def review_flag(request: AuthenticatedHttpRequest, flag_id: int) -> HttpResponse:
    require_role(request.user, Role.SUPERVISOR)
    flag = (
        UnderGradingFlag.objects.select_related("referral__incident_type")
        .filter(pk=flag_id)
        .first()
    )
    if flag is None:
        record_denial(
            request.user, object_type="risk.undergradingflag", object_id=flag_id, reason="not found"
        )
        raise Http404("No such flag")
    referral = flag.referral
    record_event("flag.view", actor=request.user, obj=flag, referral=referral)
    form = FlagReviewForm(request.POST or None, graded=bool(referral.effective_grade))

    def resolve() -> Done:
        do_resolve_flag(
            flag,
            actor=request.user,
            outcome=form.cleaned_data["outcome"],
            grade=form.cleaned_data["grade"],
            rationale=form.cleaned_data["rationale"],
        )
        return Done(f"Review of {referral.reference} recorded", "risk:reviews")

    # A flag already reviewed shows its review; a post to it does nothing.
    posted = form_action(request, form, resolve) if flag.status == FlagStatus.OPEN else NOT_RUN
    if posted.response is not None:
        return posted.response
    if posted.refused:
        flag.refresh_from_db()
    return render(
        request,
        "risk/review_flag.html",
        {"flag": flag, "referral": referral, "form": form, "action_error": posted.action_error},
    )


@login_required
def risk_model(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.MANAGER)
    version = current_model_version()
    form = RiskModelForm(request.POST or None, version=version)

    def publish() -> Done:
        c = form.cleaned_data
        new = do_publish_risk_model(
            actor=request.user,
            thresholds={name: c[name] for name in RiskModelForm.THRESHOLDS},
            factors={
                f.code: FactorChange(
                    c[f"weight_{f.code}"], c[f"forces_{f.code}"], c[f"guidance_{f.code}"]
                )
                for f in form.factor_rows
            },
            da_high_on_its_own={q.code for q in form.question_rows if c[f"alone_{q.code}"]},
            note=c["note"],
        )
        return Done(
            f"Risk model version {new.number} published. New assessments use it; "
            "earlier ones keep theirs.",
            "risk:model",
        )

    if (posted := form_action(request, form, publish)).response is not None:
        return posted.response
    versions = type(version).objects.select_related("created_by").order_by("-number")[:20]
    return render(
        request,
        "risk/model.html",
        {
            "form": form,
            "version": version,
            "versions": versions,
            "action_error": posted.action_error,
        },
    )


@login_required
def risk_model_history(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.MANAGER)
    record_event("config.history_view", actor=request.user, details={"config": "risk_model"})
    history = selectors.risk_model_history()
    return render(
        request,
        "audit/config_history.html",
        {
            "title": "Risk model",
            "back_url": reverse("risk:model"),
            "published": history["published"],
            "edits": history["edits"],
            "edits_heading": "Changes outside publishing",
            "edits_empty": "None: no published version has been edited.",
        },
    )


@login_required
def catalogue(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The risk reader's catalogue: what it looks for, how each pattern has fared with
    supervisors, and the form that publishes the next version."""
    require_role(request.user, Role.MANAGER)
    version = current_catalogue_version()
    form = CatalogueForm(request.POST or None, initial=to_text(version.content))
    content: dict[str, Any] = {}
    if request.method == "POST" and form.is_valid():
        # The sections' own problems, each on its section (an error makes the form invalid).
        content, errors = from_text(form.cleaned_data)
        for section, problems in errors.items():
            for problem in problems:
                form.add_error(section, problem)

    def publish() -> Done:
        new = do_publish_catalogue(
            actor=request.user, content=content, note=form.cleaned_data["note"]
        )
        return Done(
            f"Version {new.number} published: every open referral is being read again",
            "risk:catalogue",
        )

    if (posted := form_action(request, form, publish)).response is not None:
        return posted.response
    labels = compiled(version.pk)[1].labels
    outcomes = selectors.pattern_outcomes(days=OUTCOME_DAYS)
    for row in outcomes:
        row.label = labels.get(row.indicator, row.indicator)
    return render(
        request,
        "risk/catalogue.html",
        {
            "version": version,
            "form": form,
            "action_error": posted.action_error,
            "outcomes": outcomes,
            "outcome_days": OUTCOME_DAYS,
        },
    )


@login_required
def catalogue_progress(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The re-read's progress bar, refreshed by htmx while it runs."""
    require_role(request.user, Role.MANAGER)
    return render(
        request, "risk/_catalogue_progress.html", {"version": current_catalogue_version()}
    )


@login_required
def catalogue_outcomes_csv(request: AuthenticatedHttpRequest) -> HttpResponseBase:
    require_role(request.user, Role.MANAGER)
    record_event("config.export", actor=request.user, details={"config": "catalogue_outcomes"})
    return csv_response(
        ["indicator", "pattern", "flags raised", "decided", "upheld", "share upheld (%)"],
        (
            [
                row.indicator,
                row.pattern,
                row.raised,
                row.decided,
                row.upheld,
                "" if row.share_upheld is None else row.share_upheld,
            ]
            for row in selectors.pattern_outcomes(days=OUTCOME_DAYS)
        ),
        filename="risk-reader-patterns.csv",
    )


@login_required
def catalogue_history(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, Role.MANAGER)
    record_event("config.history_view", actor=request.user, details={"config": "catalogue"})
    return render(
        request,
        "audit/config_history.html",
        {
            "title": "Risk reader catalogue",
            "back_url": reverse("risk:catalogue"),
            "published": selectors.catalogue_history(),
            "edits": [],
            "edits_empty": "None: a published version is never edited.",
        },
    )
