"""Thin views of the dashboard, its CSV exports, capacity planning and the daily report."""

from datetime import date
from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from accounts.http import AuthenticatedHttpRequest
from audit.actions import record_denial, record_event, record_list_view
from audit.denials import require_role
from dashboards import figures
from dashboards.actions import (
    do_add_absence,
    do_remove_absence,
    do_set_roster,
    do_update_capacity_settings,
)
from dashboards.capacity import capacity_overview, capacity_settings, london_today
from dashboards.charts import line_chart
from dashboards.forms import (
    AbsenceForm,
    CapacitySettingsForm,
    DashboardFilterForm,
    ReportDayForm,
    RosterForm,
    WhatIfForm,
    practitioners,
)
from dashboards.models import Absence, CapacityAlert, DailyReportDelivery, RosterHours, Weekday
from dashboards.report import render_report_pdf
from dashboards.selectors import DashboardFilters
from vhub.clock import now
from vhub.csv_export import csv_response
from vhub.http import NOT_RUN, Done, form_action
from vhub.replica import freshness, reporting_reads
from vhub.roles import Role

if TYPE_CHECKING:
    from accounts.models import User

READERS = (Role.SUPERVISOR, Role.MANAGER)


def _filters(request: AuthenticatedHttpRequest) -> tuple[DashboardFilterForm, DashboardFilters]:
    form = DashboardFilterForm(request.GET or None, today=london_today(now()))
    return form, form.to_filters()


def _filter_details(f: DashboardFilters) -> dict[str, Any]:
    return {"start": f.start, "end": f.end, "local_authority": f.local_authority}


def _record_tables_read(
    user: "User",
    page: str,
    action: str,
    tables: Any,
    f: DashboardFilters,
    also: Any = (),
    **details: Any,
) -> None:
    """One audit event naming every referral and child the tables list (and `also`: referrals
    the page names elsewhere, like the oldest open referral among the headline figures)."""
    tables = list(tables)
    record_list_view(
        user,
        page,
        action=action,
        referrals=[*also, *(i for t in tables for i in t.referrals)],
        people=[i for t in tables for i in t.people],
        **_filter_details(f),
        **details,
    )


@login_required
def dashboard(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, *READERS)
    form, f = _filters(request)
    at = now()
    # Reporting reads: from the read replica when there is one (vhub/replica.py).
    with reporting_reads():
        headline, tables = figures.dashboard(request.user, f, at)
        fresh = freshness()
    # The page names repeat children and referrals, so opening it is a read of case data.
    named = [h.referral for h in headline if h.referral]
    _record_tables_read(request.user, "dashboard", "dashboard.view", tables.values(), f, also=named)
    return render(
        request,
        "dashboards/dashboard.html",
        {
            "form": form,
            "filters": f,
            "headline": headline,
            "tables": tables,
            "query": request.GET.urlencode(),
            "at": at,
            "freshness": fresh,
        },
    )


@login_required
def export_table(request: AuthenticatedHttpRequest, key: str) -> HttpResponseBase:
    require_role(request.user, *READERS)
    if key not in figures.TABLE_KEYS:
        record_denial(
            request.user, object_type="dashboard.table", object_id=key, reason="no such table"
        )
        raise Http404("No such table")
    _form, f = _filters(request)
    with reporting_reads():
        # Not None: the key was checked against TABLE_KEYS above.
        table = cast(figures.Table, figures.one_table(key, request.user, f, now()))
    _record_tables_read(request.user, "dashboard_export", "dashboard.export", [table], f, table=key)
    return csv_response(
        table.headers,
        table.rows,
        filename=f"vhub-{key}-{f.start.isoformat()}-to-{f.end.isoformat()}.csv",
    )


def _roster_rows(people: "list[User]") -> list[dict[str, object]]:
    """Practitioners with their usual hours per weekday (a few dozen rows at most)."""
    hours: dict[int, dict[int, Any]] = {}
    # One row per person and weekday (a unique constraint): no order needed, so no join.
    rows_read = RosterHours.objects.values_list("user_id", "weekday", "hours").order_by()
    for user_id, weekday, h in rows_read:
        hours.setdefault(user_id, {})[weekday] = h
    labels = [(d.label, d.value) for d in Weekday]
    rows = []
    for user in people:
        mine = hours.get(user.pk, {})
        days = [(label, mine.get(value)) for label, value in labels]
        rows.append({"user": user, "days": days, "total": sum(h for _, h in days if h)})
    return rows


@login_required
def capacity(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, *READERS)
    is_manager = request.user.has_role(Role.MANAGER)
    posted = request.POST.get("form") if request.method == "POST" else None
    if posted and not is_manager:
        require_role(request.user, Role.MANAGER)
    config = capacity_settings()
    settings_form = CapacitySettingsForm(
        request.POST if posted == "settings" else None,
        initial={n: getattr(config, n) for n in CapacitySettingsForm.base_fields},
    )
    # Read once: the roster's rows and both forms' choices.
    people = list(practitioners())
    roster_form = RosterForm(request.POST if posted == "roster" else None, people=people)
    absence_form = AbsenceForm(request.POST if posted == "absence" else None, people=people)

    def save_settings() -> Done:
        do_update_capacity_settings(actor=request.user, values=settings_form.cleaned_data)
        return Done("Capacity settings saved", "dashboards:capacity")

    def save_roster() -> Done:
        do_set_roster(
            actor=request.user,
            practitioner=roster_form.cleaned_data["practitioner"],
            hours=roster_form.hours(),
        )
        return Done("Usual hours saved", "dashboards:capacity")

    def add_absence() -> Done:
        c = absence_form.cleaned_data
        do_add_absence(
            actor=request.user,
            practitioner=c["practitioner"],
            first_day=c["first_day"],
            last_day=c["last_day"],
            reason=c["reason"],
        )
        return Done("Absence added", "dashboards:capacity")

    # At most one of the three forms is posted (`posted` names it).
    outcome = NOT_RUN
    error_form: forms.Form | None = None
    for bound, act in (
        (settings_form, save_settings),
        (roster_form, save_roster),
        (absence_form, add_absence),
    ):
        if bound.is_bound:
            if (outcome := form_action(request, bound, act)).response is not None:
                return outcome.response
            error_form = bound if outcome.refused or bound.errors else None
    action_error = outcome.action_error

    what_if = WhatIfForm(request.GET or None)
    wanted = what_if.cleaned_data if what_if.is_valid() else {}
    extra = wanted.get("extra_hours") or 0
    area = wanted.get("local_authority")
    position, weeks, ahead = capacity_overview(
        now(), local_authority=area.pk if area else None, extra_hours=extra, config=config
    )
    trend_chart = line_chart(
        chart_id="chart-trend",
        title="Demand and throughput per week",
        desc="Referrals received and referrals that left the backlog in each of the last 12 weeks.",
        days=[w[0] for w in weeks],
        series=[
            ("Received (demand)", [w[1] for w in weeks]),
            ("Left the backlog", [w[2] for w in weeks]),
        ],
    )
    record_event("capacity.view", actor=request.user, details={"extra_hours": extra})
    return render(
        request,
        "dashboards/capacity.html",
        {
            "position": position,
            "config": config,
            "what_if": what_if,
            "weeks": weeks,
            "trend_chart": trend_chart,
            "ahead": ahead,
            "roster": _roster_rows(people),
            "weekdays": list(Weekday),
            "absences": Absence.objects.filter(last_day__gte=position.today).select_related("user"),
            "alerts": CapacityAlert.objects.all()[:10],
            "is_manager": is_manager,
            "settings_form": settings_form,
            "roster_form": roster_form,
            "absence_form": absence_form,
            "form": error_form,
            "action_error": action_error,
        },
    )


@login_required
@require_POST
def absence_remove(request: AuthenticatedHttpRequest, absence_id: int) -> HttpResponse:
    require_role(request.user, Role.MANAGER)
    absence = Absence.objects.select_related("user").filter(pk=absence_id).first()
    if absence is not None:
        do_remove_absence(absence, actor=request.user)
        messages.success(request, "Absence removed")
    return redirect("dashboards:capacity")


@login_required
def reports(request: AuthenticatedHttpRequest) -> HttpResponse:
    require_role(request.user, *READERS)
    form = ReportDayForm(request.GET or None)
    if form.is_valid():
        return redirect("dashboards:report", day=form.cleaned_data["day"].isoformat())
    return render(
        request,
        "dashboards/reports.html",
        {"form": form, "deliveries": DailyReportDelivery.objects.all()[:30]},
    )


@login_required
def report(request: AuthenticatedHttpRequest, day: str) -> HttpResponseBase:
    require_role(request.user, *READERS)
    try:
        report_day = date.fromisoformat(day)
    except ValueError:
        report_day = None
    if report_day is None or report_day > london_today(now()):
        record_denial(
            request.user,
            object_type="dashboard.report",
            object_id=day[:20],
            reason="no such report",
        )
        raise Http404("No report for that day")

    with reporting_reads():
        pdf = render_report_pdf(report_day)
    record_event("report.download", actor=request.user, details={"day": report_day.isoformat()})
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="vhub-daily-report-{report_day.isoformat()}.pdf"'
    )
    return response
