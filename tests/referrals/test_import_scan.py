"""The backlog risk scan: what an import's referrals hold, read live; the high-risk referrals
ranked with their evidence, as a page and a CSV; the queue filtered to the import's flags;
a line in the daily report."""

import csv
import io
import json
from datetime import timedelta

import pytest
import time_machine

from audit.models import AuditEvent
from dashboards.report import report_figures
from referrals import importer
from referrals.models import ImportJob, Referral
from risk.selectors import import_scan
from tests.referrals.test_repeats import NOW, SHUFFLED, _row
from vhub.clock import now

STRANGLED = (
    "IP Dana says her partner pressed his forearm across her throat until she could not "
    "breathe. Her son was on the stairs."
)
KNIFE = "He held a knife to her throat in front of the children."


@pytest.fixture
def job(db, tmp_path):
    rows = [_row(*r) for r in SHUFFLED]  # a probable repeat child, graded standard at source
    rows[0]["narrative"] = KNIFE
    other = _row("OLD-9", "2026-11-20T20:00:00Z", "Price")
    other["children"][0]["first_name"] = "Mia"
    other["children"][0]["date_of_birth"] = "2020-01-02"
    other["narrative"] = STRANGLED
    del other["officer_grade"]  # nobody has assessed Mia
    rows.append(other)
    path = tmp_path / "backlog.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    job = ImportJob.objects.create(
        original_name="backlog.jsonl", created_at=now(), status=ImportJob.Status.RUNNING
    )
    with time_machine.travel(NOW, tick=False):
        result = importer.import_referrals(path, job=job)
        importer.finish_import(job, result)
    job.refresh_from_db()
    return job


def test_the_scan_counts_what_the_import_holds(job) -> None:
    scan = import_scan(job.pk)
    assert (scan.referrals, scan.signalled) == (4, 2)
    labels = dict(scan.by_indicator)
    assert sum(labels.values()) >= 2
    assert (scan.confirmed_repeats, scan.probable_repeats) == (0, 1)
    assert scan.unassessed_children == 1  # Mia; the others carry the officer's grade
    # Ranked by priority, each with the sentence that shows the risk.
    ranked = scan.high_risk
    assert [r.priority_score for r in ranked] == sorted(
        (r.priority_score for r in ranked), reverse=True
    )
    assert {r.external_id for r in ranked} == {"OLD-3", "OLD-9"}
    evidence = {r.external_id: r.evidence_sentence for r in ranked}
    assert "knife" in evidence["OLD-3"]
    assert "throat" in evidence["OLD-9"]


def test_the_scan_page_shows_the_findings_and_links_the_queue(job, client_for, manager) -> None:
    page = client_for(manager).get(f"/referrals/imports/{job.pk}/scan/")
    text = page.content.decode()
    assert page.status_code == 200
    assert "in 2 referrals" in text
    assert "0 confirmed, 1 probable" in text
    assert f'href="/referrals/queue/?import_job={job.pk}&amp;flagged=on"' in text
    for referral in Referral.objects.filter(external_id__in=["OLD-3", "OLD-9"]):
        assert referral.reference in text
    assert AuditEvent.objects.filter(actor=manager, details__page="import_scan").exists()


def test_the_scan_refreshes_itself_while_the_import_runs(job, client_for, manager) -> None:
    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.RUNNING)
    part = (
        client_for(manager)
        .get(f"/referrals/imports/{job.pk}/scan/", HTTP_HX_REQUEST="true")
        .content.decode()
    )
    assert part.startswith('<div id="import-scan" hx-get=')
    assert 'hx-trigger="every 2s"' in part


def test_the_scan_csv_ranks_every_high_risk_referral(job, client_for, supervisor) -> None:
    response = client_for(supervisor).get(f"/referrals/imports/{job.pk}/scan.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:4] == ["Rank", "Referral", "Source reference", "Priority"]
    assert [r[0] for r in rows[1:]] == ["1", "2"]
    assert AuditEvent.objects.filter(actor=supervisor, action="import_scan.export").exists()


@pytest.mark.parametrize("who", ["practitioner", "officer", "auditor", "partner_a"])
def test_only_managers_and_supervisors_open_a_scan(job, request, client_for, who) -> None:
    client = client_for(request.getfixturevalue(who))
    assert client.get(f"/referrals/imports/{job.pk}/scan/").status_code == 403
    assert client.get(f"/referrals/imports/{job.pk}/scan.csv").status_code == 403


def test_the_queue_filtered_to_an_imports_flags(job, client_for, practitioner, officer) -> None:
    from tests.factories import submit_referral

    outside = submit_referral(officer, narrative=KNIFE)  # flagged, but not from the import
    text = (
        client_for(practitioner)
        .get(f"/referrals/queue/?import_job={job.pk}&flagged=on")
        .content.decode()
    )
    flagged = Referral.objects.filter(import_job=job, undergrading_flags__status="open")
    assert flagged.count() >= 2
    for referral in flagged.distinct():
        assert referral.reference in text
    assert outside.reference not in text
    assert "Only the referrals of" in text


def test_the_daily_report_has_a_line_for_each_scan_finished_that_day(job) -> None:
    day = job.finished_at.date() + timedelta(days=1)
    figures = report_figures(day)
    ((scanned, scan),) = figures["scans"]
    assert scanned == job
    assert (scan.referrals, scan.signalled) == (4, 2)
    assert report_figures(day + timedelta(days=1))["scans"] == []
