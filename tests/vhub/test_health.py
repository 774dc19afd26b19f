"""/healthz and /readyz."""

from datetime import timedelta

import pytest
import time_machine

from vhub import health
from vhub.models import Heartbeat
from vhub.tasks import record_heartbeat


def test_healthz_answers_while_the_process_is_up(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_readyz_is_503_until_a_worker_heartbeat_arrives(client, db) -> None:
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {
        "database": "ok",
        "broker": "ok",
        "worker": "failing",
        "migrations": "ok",
    }

    record_heartbeat()

    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "ready": True,
        "checks": {"database": "ok", "broker": "ok", "worker": "ok", "migrations": "ok"},
    }


def test_a_heartbeat_older_than_three_minutes_is_stale(client, db) -> None:
    record_heartbeat()
    beat = Heartbeat.objects.get().beat_at
    with time_machine.travel(beat + timedelta(minutes=2, seconds=50)):
        assert client.get("/readyz").status_code == 200
    with time_machine.travel(beat + timedelta(minutes=3, seconds=10)):
        assert client.get("/readyz").json()["checks"]["worker"] == "failing"


def test_readyz_reports_a_broker_outage_without_raising(client, db, monkeypatch) -> None:
    record_heartbeat()

    def broker_down() -> bool:
        raise ConnectionRefusedError("broker unreachable")

    monkeypatch.setitem(health.CHECKS, "broker", broker_down)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["broker"] == "failing: ConnectionRefusedError"


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_health_endpoints_need_no_login(client, db, path) -> None:
    assert client.get(path).status_code in (200, 503)
