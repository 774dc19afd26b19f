"""Pages of the frontline quality loop (docs/frontline.md): the area contact's page and their
note to an officer, the learning-needs report, and the monthly audit of officers' submissions."""

from datetime import date
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.urls import reverse

from accounts.http import AuthenticatedHttpRequest
from accounts.models import User
from audit.actions import record_denial, record_event, record_list_view
from audit.denials import require_role
from dashboards.capacity import london_today
from dashboards.frontline_figures import (
    OFFICER_AUDIT_BY,
    attention_table,
    completion_tables,
    gap_tables,
    officer_audit_table,
)
from dashboards.frontline_forms import FeedbackForm, OfficerRubricForm, PeriodForm
from dashboards.tables import Table
from risk.access import access_area_referral, access_officer_audit
from risk.frontline import (
    FORCE_ROLES,
    Period,
    Scope,
    attention_list,
    completion_rates,
    factor_labels,
    frontline_setting,
    officer_audits_of,
    scope_for,
    undergrading_gap,
)
from risk.frontline_actions import OfficerRubric, do_score_officer_audit, do_send_officer_feedback
from risk.models import OfficerFeedback, QualityAuditRound
from risk.quality import previous_month
from vhub.clock import now
from vhub.csv_export import csv_response
from vhub.http import Done, form_action
from vhub.roles import Role

READERS = (Role.AREA_SPOC, *FORCE_ROLES)
AUDIT_RESULT_READERS = (Role.AUDITOR, *FORCE_ROLES)


def _scope(user: User) -> Scope:
    require_role(user, *READERS)
    # require_role let through only people who have a scope; None is refused all the same.
    return scope_for(user) or Scope(frozenset())


def _period(request: HttpRequest) -> tuple[PeriodForm, Period]:
    form = PeriodForm(request.GET or None, today=london_today(now()))
    return form, form.period()


def _details(scope: Scope, period: Period) -> dict[str, Any]:
    return {
        "start": period.start,
        "end": period.end,
        "areas": sorted(scope.area_ids) if scope.area_ids is not None else "all",
    }


def _page_tables(user: User, scope: Scope, period: Period) -> list[Table]:
    rows = attention_list(scope, period)
    return [
        attention_table(
            rows,
            can_send=user.has_role(Role.AREA_SPOC) and not scope.whole_force,
            can_open=user.is_vhub_case_reader,
        ),
        *completion_tables(completion_rates(scope, period)),
    ]


@login_required
def frontline(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The area contact's page (supervisors and managers see every area)."""
    user = request.user
    scope = _scope(user)
    form, period = _period(request)
    tables = _page_tables(user, scope, period)
    record_list_view(
        user,
        "frontline",
        action="frontline.view",
        referrals=tables[0].referrals,
        **_details(scope, period),
    )
    return render(
        request,
        "dashboards/frontline.html",
        {
            "form": form,
            "period": period,
            "scope": scope,
            "tables": {t.key: t for t in tables},
            "query": request.GET.urlencode(),
            "far_below": frontline_setting().far_below_steps,
        },
    )


def _gap(scope: Scope, period: Period) -> list[Table]:
    return gap_tables(undergrading_gap(scope, period))


@login_required
def learning_needs(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The under-grading gap: the learning-needs report for training leads."""
    user = request.user
    scope = _scope(user)
    form, period = _period(request)
    tables = _gap(scope, period)
    record_list_view(user, "learning_needs", action="frontline.gap_view", **_details(scope, period))
    return render(
        request,
        "dashboards/learning_needs.html",
        {
            "form": form,
            "period": period,
            "scope": scope,
            "tables": {t.key: t for t in tables},
            "query": request.GET.urlencode(),
        },
    )


PAGE_KEYS = {"attention", "completion_area", "completion_team", "completion_officer"}
GAP_KEYS = {"gap_area", "gap_team", "gap_officer", "gap_factors"}
AUDIT_KEYS = {f"officer_audit_{by}" for by in OFFICER_AUDIT_BY}


@login_required
def frontline_export(request: AuthenticatedHttpRequest, key: str) -> HttpResponseBase:
    """Any frontline table as CSV, for the person who may see the page it is on."""
    user = request.user
    if key in AUDIT_KEYS:
        require_role(user, *AUDIT_RESULT_READERS)
        table = officer_audit_table(key.removeprefix("officer_audit_"))
        details: dict[str, Any] = {}
    elif key in PAGE_KEYS | GAP_KEYS:
        scope = _scope(user)
        _form, period = _period(request)
        tables = _page_tables(user, scope, period) if key in PAGE_KEYS else _gap(scope, period)
        table = next(t for t in tables if t.key == key)
        details = _details(scope, period)
    else:
        record_denial(user, object_type="frontline.table", object_id=key, reason="no such table")
        raise Http404("No such table")
    record_list_view(
        user,
        "frontline_export",
        action="frontline.export",
        referrals=table.referrals,
        table=key,
        **details,
    )
    return csv_response(table.headers, table.rows, filename=f"vhub-{key}.csv")


@login_required
def frontline_feedback(request: AuthenticatedHttpRequest, reference: str) -> HttpResponse:
    """The area contact writes to the officer who sent one of their area's referrals."""
    user = request.user
    require_role(user, Role.AREA_SPOC)
    referral, scope = access_area_referral(user, reference)
    posting = getattr(referral.submitted_by, "policing_posting", None)
    named = scope.names_officer(posting.area_id if posting else None)
    record_event("frontline.referral_view", actor=user, obj=referral, referral=referral)
    form = FeedbackForm(request.POST or None)

    def send() -> Done:
        do_send_officer_feedback(
            referral,
            actor=user,
            kind=form.cleaned_data["kind"],
            message=form.cleaned_data["message"],
        )
        return Done(
            f"Sent to the officer who made referral {referral.reference}", "dashboards:frontline"
        )

    if (posted := form_action(request, form, send)).response is not None:
        return posted.response
    sent = list(
        OfficerFeedback.objects.filter(referral=referral, sender=user).order_by("-created_at")[:20]
    )
    return render(
        request,
        "dashboards/frontline_feedback.html",
        {
            "referral": referral,
            "officer": referral.submitted_by if named else None,
            "form": form,
            "action_error": posted.action_error,
            "sent": sent,
        },
    )


# --- The monthly audit of officers' submissions -------------------------------------------------


def _month(value: str) -> date | None:
    try:
        year, month = value.split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        return None


@login_required
def officer_audits(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The auditor's sample of officers' submissions for a month (drawn with the hub's own)."""
    user = request.user
    require_role(user, Role.AUDITOR)
    rounds = list(QualityAuditRound.objects.all()[:36])
    chosen = _month(request.GET.get("month", ""))
    current = next((r for r in rounds if r.month == chosen), rounds[0] if rounds else None)
    audits = list(officer_audits_of(current)) if current else []
    record_list_view(
        user,
        "officer_audits",
        referrals=[a.submission.referral_id for a in audits],
        month=current.month.isoformat() if current else "",
    )
    return render(
        request,
        "dashboards/officer_audits.html",
        {
            "rounds": rounds,
            "current": current,
            "audits": audits,
            "scored": sum(1 for a in audits if a.status == "completed"),
            "last_month": previous_month(london_today(now())),
        },
    )


@login_required
def officer_audit_score(request: AuthenticatedHttpRequest, audit_id: int) -> HttpResponse:
    user = request.user
    require_role(user, Role.AUDITOR)
    audit = access_officer_audit(user, audit_id)
    submission = audit.submission
    record_event("officer_audit.view", actor=user, obj=audit, referral=submission.referral)
    form = OfficerRubricForm(request.POST or None)

    def score() -> Done:
        c = form.cleaned_data
        do_score_officer_audit(
            audit,
            OfficerRubric(c["completeness"], c["voice_of_child"], c["factors"], c["comments"]),
            actor=user,
        )
        return Done(
            f"Audit of {audit.officer}'s assessment recorded",
            f"{reverse('dashboards:officer_audits')}?month={audit.round.month:%Y-%m}",
        )

    if (posted := form_action(request, form, score)).response is not None:
        return posted.response
    final = submission.assessment
    labels = factor_labels()
    return render(
        request,
        "dashboards/officer_audit_score.html",
        {
            "audit": audit,
            "submission": submission,
            "final": final,
            "officer_factors": [labels.get(c, c) for c in submission.factor_codes],
            "final_factors": [labels.get(c, c) for c in final.factor_codes],
            "found": [
                labels.get(c, c) for c in final.factor_codes if c not in submission.factor_codes
            ],
            "form": form,
            "action_error": posted.action_error,
        },
    )


@login_required
def officer_audit_results(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Results of the officers' audit per area, team or officer and month, beside the hub's."""
    user = request.user
    require_role(user, *AUDIT_RESULT_READERS)
    by = request.GET.get("by", "area")
    by = by if by in OFFICER_AUDIT_BY else "area"
    table = officer_audit_table(by)
    record_event("officer_audit.results_view", actor=user, details={"by": by})
    return render(
        request,
        "dashboards/officer_audit_results.html",
        {"table": table, "by": by, "groupings": OFFICER_AUDIT_BY.items()},
    )
