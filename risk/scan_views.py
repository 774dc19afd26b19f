"""The backlog import's risk scan (what the risk reader and matching found in one import),
served under /referrals/imports/ with the "referrals:" names (project/urls.py joins
risk/scan_urls.py to the referrals app's list)."""

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.urls import reverse

from accounts.http import AuthenticatedHttpRequest
from audit.actions import record_event, record_list_view
from referrals.access import access_import_job
from risk.selectors import SCAN_LISTED, high_risk_of_import
from risk.selectors import import_scan as scan_of
from vhub.csv_export import csv_response


@login_required
def import_scan(request: AuthenticatedHttpRequest, job_id: int) -> HttpResponse:
    """The backlog risk scan: what the risk reader and matching found in one import, live
    while it runs (the page polls), with the high-risk referrals ranked with their evidence."""
    job = access_import_job(request.user, job_id)
    scan = scan_of(job.pk)
    record_list_view(
        request.user,
        "import_scan",
        obj=job,
        referrals=[r.pk for r in scan.high_risk],
    )
    context = {
        "job": job,
        "scan": scan,
        "listed": SCAN_LISTED,
        "queue_url": f"{reverse('referrals:queue')}?import_job={job.pk}&flagged=on",
    }
    template = "referrals/_import_scan.html" if request.htmx else "referrals/import_scan.html"
    return render(request, template, context)


@login_required
def import_scan_csv(request: AuthenticatedHttpRequest, job_id: int) -> HttpResponseBase:
    """The scan's high-risk referrals, ranked, as CSV (every one, not only those listed)."""
    job = access_import_job(request.user, job_id)
    rows: list[Any] = list(high_risk_of_import(job.pk))  # annotated with the evidence columns
    record_event(
        "import_scan.export",
        actor=request.user,
        obj=job,
        details={"export": "import_scan", "referrals": [r.pk for r in rows]},
    )
    return csv_response(
        [
            "Rank",
            "Referral",
            "Source reference",
            "Priority",
            "Grade",
            "Indicators",
            "First indicator",
            "Evidence",
        ],
        (
            [
                n,
                r.reference,
                r.source_reference,
                r.priority_score,
                r.effective_grade,
                r.indicators,
                r.evidence_label,
                r.evidence_sentence,
            ]
            for n, r in enumerate(rows, start=1)
        ),
        filename=f"import-{job.pk}-high-risk.csv",
    )
