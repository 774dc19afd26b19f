"""Reporting reads on the read replica (vhub/replica.py): the dashboard, its exports and the
daily report read from the "replica" alias; writes and audit events go to the primary.

In tests the replica alias is a second connection to the same test database (TEST MIRROR), so
the rows must be committed for it to see them (transaction=True)."""

import re
from datetime import timedelta

import pytest
from django.db import connections, transaction
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from dashboards.actions import do_send_daily_report
from dashboards.capacity import london_today
from dashboards.models import DailyReportDelivery
from tests.factories import submit_referral
from vhub.clock import now
from vhub.replica import Freshness, read_alias, reporting_reads

two_databases = pytest.mark.django_db(
    transaction=True, serialized_rollback=True, databases=["default", "replica"]
)

WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


def _tables(queries) -> set[str]:
    return {t for q in queries for t in re.findall(r'FROM "(\w+)"', q["sql"])}


@pytest.fixture
def replica(settings):
    settings.READ_REPLICA = True
    return connections["replica"]


def _capture_both(func):
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as copy,
    ):
        result = func()
    return result, primary.captured_queries, copy.captured_queries


@two_databases
def test_the_dashboard_reads_its_figures_from_the_replica(
    replica, client_for, officer, manager
) -> None:
    submit_referral(officer)
    client = client_for(manager)
    response, primary, copy = _capture_both(lambda: client.get("/dashboards/overview/"))
    assert response.status_code == 200
    # The figures came from the replica, and only reads went there.
    assert {"referrals_referral", "referrals_slaclock"} <= _tables(copy)
    assert not [q for q in copy if WRITE.match(q["sql"])]
    # The primary served the session and took the audit event, but none of the figures.
    assert "referrals_slaclock" not in _tables(primary)
    # (pghistory puts its transaction-local set_config in front of the INSERT.)
    assert any('INSERT INTO "audit_auditevent"' in q["sql"] for q in primary)
    assert AuditEvent.objects.filter(action="dashboard.view", actor=manager).count() == 1
    # The page says how fresh its figures are (a mirror is not in recovery: up to date).
    body = response.content.decode()
    assert "Figures from the reporting copy of the database, up to date." in body

    response, primary, copy = _capture_both(lambda: client.get("/dashboards/export/open.csv"))
    assert response.status_code == 200
    assert "referrals_referral" in _tables(copy)
    assert "referrals_referral" not in _tables(primary)
    assert AuditEvent.objects.filter(action="dashboard.export", actor=manager).exists()


@two_databases
def test_without_a_replica_the_dashboard_reads_the_primary_and_says_live(
    settings, client_for, officer, manager
) -> None:
    settings.READ_REPLICA = False
    submit_referral(officer)
    response, primary, copy = _capture_both(
        lambda: client_for(manager).get("/dashboards/overview/")
    )
    assert copy == []
    assert "referrals_slaclock" in _tables(primary)
    assert "Live figures from the main database." in response.content.decode()


@two_databases
def test_the_daily_report_reads_the_replica_and_records_its_delivery_on_the_primary(
    replica, officer, manager
) -> None:
    submit_referral(officer)
    day = london_today(now())
    delivery, primary, copy = _capture_both(lambda: do_send_daily_report(day))
    assert delivery is not None
    assert "referrals_slaclock" in _tables(copy)
    assert not [q for q in copy if WRITE.match(q["sql"])]
    assert any('INSERT INTO "dashboards_dailyreportdelivery"' in q["sql"] for q in primary)
    # The day's checkpoint, written moments before, is read back from the primary.
    assert "audit_auditcheckpoint" in _tables(primary)
    assert DailyReportDelivery.objects.using("default").filter(day=day).exists()


@two_databases
def test_writes_and_reads_outside_reporting_stay_on_the_primary(
    replica, client_for, manager
) -> None:
    client = client_for(manager)
    response, primary, copy = _capture_both(
        lambda: client.post(
            "/dashboards/capacity/",
            {"form": "absence", "practitioner": manager.pk, "first_day": "", "last_day": ""},
        )
    )
    assert response.status_code in (200, 302)
    assert copy == []
    assert primary

    with reporting_reads():
        assert read_alias() == "replica"
        with transaction.atomic():
            # It may need to see its own writes, which the replica does not have yet.
            assert read_alias() == "default"
    assert read_alias() == "default"


def test_freshness_wording() -> None:
    assert Freshness("primary").describe() == "Live figures from the main database."
    assert "up to date" in Freshness("replica", 0.2).describe()
    assert Freshness("replica", 42).describe().endswith("42 seconds behind the main one.")
    assert (
        Freshness("replica", timedelta(minutes=5).total_seconds())
        .describe()
        .endswith("5 minutes behind the main one.")
    )
