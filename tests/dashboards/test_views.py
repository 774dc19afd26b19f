"""The dashboard pages: who may see them, audited reads and exports, CSV safety, query counts."""

import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from referrals.models import IncidentType
from tests.factories import submit_referral
from vhub.clock import now

PAGES = [
    "/dashboards/overview/",
    "/dashboards/overview/?days=90",
    "/dashboards/export/open.csv",
    "/dashboards/capacity/",
    "/dashboards/reports/",
    "/dashboards/reports/2026-11-01.pdf",
]


@pytest.mark.parametrize("who", ["officer", "practitioner", "partner_a", "auditor", "outsider"])
def test_wrong_roles_get_403_and_the_refusal_is_audited(db, request, client_for, who) -> None:
    user = request.getfixturevalue(who)
    client = client_for(user)
    for url in PAGES:
        before = AuditEvent.objects.filter(action="access.denied", actor=user).count()
        assert client.get(url).status_code == 403, url
        assert AuditEvent.objects.filter(action="access.denied", actor=user).count() == before + 1


def test_signed_out_people_are_sent_to_sign_in(client) -> None:
    response = client.get("/dashboards/overview/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.parametrize("who", ["supervisor", "manager"])
def test_supervisors_and_managers_see_the_dashboard_and_the_view_is_audited(
    request, client_for, officer, who
) -> None:
    user = request.getfixturevalue(who)
    submit_referral(officer)
    response = client_for(user).get("/dashboards/overview/")
    assert response.status_code == 200
    body = response.content.decode()
    assert 'role="img"' in body
    assert '<title id="chart-open-title">' in body
    assert "Open referrals by status and grade" in body
    assert AuditEvent.objects.filter(action="dashboard.view", actor=user).count() == 1


def test_an_unknown_table_is_a_404_and_audited(client_for, manager) -> None:
    response = client_for(manager).get("/dashboards/export/nothing.csv")
    assert response.status_code == 404
    assert AuditEvent.objects.filter(
        action="access.denied", actor=manager, details__object_id="nothing"
    ).exists()


def test_a_future_or_malformed_report_day_is_a_404_and_audited(client_for, manager) -> None:
    client = client_for(manager)
    future = (now() + timedelta(days=3)).date().isoformat()
    assert client.get(f"/dashboards/reports/{future}.pdf").status_code == 404
    assert client.get("/dashboards/reports/yesterday.pdf").status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=manager).count() == 2


def test_filters_with_a_reversed_range_show_a_linked_error(client_for, manager) -> None:
    response = client_for(manager).get(
        "/dashboards/overview/?start_0=10&start_1=11&start_2=2026&end_0=1&end_1=11&end_2=2026"
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert 'href="#id_end_0"' in body
    assert "must be the same as or after" in body


def test_csv_export_is_audited_and_neutralises_incident_labels(
    client_for, manager, officer
) -> None:
    IncidentType.objects.filter(code="other").update(label="=cmd|' /C calc'!A0")
    referral = submit_referral(officer, incident_type=IncidentType.objects.get(code="other"))
    referral.current_grade = "high"
    referral.save(update_fields=["current_grade"])
    response = client_for(manager).get("/dashboards/export/incidents.csv?days=30")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["Rank", "Incident type", "Graded", "Graded high", "Share graded high"]
    assert rows[1] == ["1", "'=cmd|' /C calc'!A0", "1", "1", "100%"]
    event = AuditEvent.objects.get(action="dashboard.export", actor=manager)
    assert event.details["table"] == "incidents"


def _dashboard_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/dashboards/overview/?days=90").status_code == 200
    return len(queries)


def _flag(referral) -> None:
    from risk.models import UnderGradingFlag

    UnderGradingFlag.objects.create(
        referral=referral, kind="lexicon", key="t", reason="test", raised_at=now()
    )


def test_dashboard_query_count_does_not_grow_with_data(
    client_for, manager, officer, practitioner, supervisor, django_assert_num_queries
) -> None:
    from tests.factories import approved_referral, share_with

    client = client_for(manager)
    # Three referrals of the same child (a probable repeat child, listed) from the start.
    for _ in range(3):
        _flag(submit_referral(officer))
    small = _dashboard_queries(client)
    for _ in range(3):
        share_with(approved_referral(officer, practitioner, supervisor), practitioner)
        _flag(submit_referral(officer))
    # The user, and the user's roles with their agency (2; the session comes from the cache and its
    # device was checked by the first request, accounts/middleware.py); the days the daily
    # statistics hold (1, read once for the flow and the clocks); figures: the backlog by status,
    # grade and age, with its children not assessed (1: the missing assessments table and the
    # headline's count of the backlog come from the same read); flow: received and left on the
    # days the statistics do not hold (2: none are held here); clocks met in the period and this
    # month (the headline's), counted together (1: live); breaches (1); most overdue (1);
    # acknowledgement times (1); risk model (1); repeat children with their names and totals
    # (1); incident ranking (1); flags (1); the review list and its flags (2); the audit event
    # (the chain's lock with its last hash, insert: 2); the navigation's unread count (1); the
    # filter form's areas (1, read once: vhub.forms.choices_read_once); the headline figures:
    # the oldest open referral (1), referrals waiting for review (1); the frontline figures
    # (docs/frontline.md): completion rates (1), the officers' under-grading (1; the factors'
    # names only when some were missed), the voice of the child (1).
    with django_assert_num_queries(25):
        assert client.get("/dashboards/overview/?days=90").status_code == 200
    assert small == 25
