"""GET /api/v1/referrals/{reference}/: status, grades, priority breakdown and clocks."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from audit.models import AuditEvent
from tests.factories import submit_referral, submitted_assessment

START = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def test_staff_read_status_priority_and_clocks(client_for, officer, practitioner) -> None:
    with time_machine.travel(START, tick=False):
        referral = submit_referral(officer)
        submitted_assessment(referral, practitioner, grade="high")
    with time_machine.travel(START + timedelta(minutes=30), tick=False):
        body = client_for(practitioner).get(f"/api/v1/referrals/{referral.reference}/").json()

    assert (body["status"], body["provisional_grade"]) == ("awaiting_approval", "high")
    parts = {p["code"]: p["points"] for p in body["priority_breakdown"]}
    assert body["priority_score"] == sum(parts.values())
    clocks = {c["kind"]: c for c in body["clocks"]}
    assert clocks["triage"]["state"] == "met"
    assert clocks["triage"]["time_left"] == ""
    supervisor_clock = clocks["supervisor_decision"]
    assert supervisor_clock["due_at"].startswith("2026-11-17T12:00")
    assert supervisor_clock["time_left"] == "1 hour 30 minutes left"
    assert supervisor_clock["policy_version"] == 1
    assert AuditEvent.objects.filter(action="referral.view", details__view="api").exists()


@pytest.mark.parametrize("who", ["partner_a", "partner_b", "auditor", "outsider", "officer2"])
def test_others_get_404_and_it_is_audited(db, request, client_for, officer, who) -> None:
    referral = submit_referral(officer)
    user = request.getfixturevalue(who)
    assert client_for(user).get(f"/api/v1/referrals/{referral.reference}/").status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


def test_the_referring_officer_reads_their_own(client_for, officer) -> None:
    referral = submit_referral(officer)
    assert client_for(officer).get(f"/api/v1/referrals/{referral.reference}/").status_code == 200


def test_query_count_does_not_grow_with_clocks(
    client_for, officer, practitioner, supervisor
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import approved_referral, share_with

    few = submit_referral(officer)
    many = approved_referral(officer, practitioner, supervisor)
    share_with(many, practitioner)
    share_with(many, practitioner, "shropshire-cs")
    client = client_for(practitioner)
    with CaptureQueriesContext(connection) as a:
        client.get(f"/api/v1/referrals/{few.reference}/")
    with CaptureQueriesContext(connection) as b:
        client.get(f"/api/v1/referrals/{many.reference}/")
    assert len(a.captured_queries) == len(b.captured_queries)


def test_staff_api_calls_are_rate_limited_per_person(
    client_for, officer, practitioner, practitioner2, monkeypatch
) -> None:
    from rest_framework.throttling import UserRateThrottle

    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "2/min"})
    referral = submit_referral(officer)
    url = f"/api/v1/referrals/{referral.reference}/"
    client = client_for(practitioner)
    with time_machine.travel(START, tick=False):
        statuses = [client.get(url).status_code for _ in range(4)]
        refused = client.get(url)
        other = client_for(practitioner2).get(url)

    assert statuses == [200, 200, 429, 429]
    assert int(refused["Retry-After"]) > 0
    assert other.status_code == 200  # counted per person
    # Audited once per window, not once per refused call.
    event = AuditEvent.objects.get(action="api.rate_limited")
    assert event.actor_id == practitioner.pk
    assert event.details["path"] == url
