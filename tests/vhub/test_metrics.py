"""/metrics (project/metrics.py): only for the monitoring network, never through a proxy; its key
series. JSON logs with a request id that follows the request into its Celery tasks."""

import io
import json
import logging
import logging.config
from datetime import timedelta

import pytest
import redis
from django.conf import settings as django_settings
from django.test import Client

from audit.checkpoints import do_record_checkpoint
from project import metrics
from referrals.models import (
    ClockState,
    Escalation,
    EscalationLevel,
    OutboxMessage,
    SlaClock,
)
from tests.factories import submit_referral
from vhub.celery import app
from vhub.clock import now
from vhub.request_id import current_request_id, request_id

MONITORING = "10.42.7.9"


@pytest.fixture
def monitoring(settings):
    settings.METRICS_ALLOWED_CIDRS = ["10.42.0.0/16"]
    return Client(REMOTE_ADDR=MONITORING)


def _series(body: str) -> dict[str, float]:
    values = {}
    for line in body.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            values[name] = float(value)
    return values


@pytest.mark.parametrize(
    ("remote", "headers"),
    [
        ("10.43.0.1", {}),  # another network
        ("127.0.0.1", {}),  # even this machine, when it is not on the list
        (MONITORING, {"HTTP_X_FORWARDED_FOR": "203.0.113.9"}),  # through the ingress
    ],
)
def test_metrics_is_a_404_to_everyone_else(db, settings, remote, headers) -> None:
    settings.METRICS_ALLOWED_CIDRS = ["10.42.0.0/16"]
    response = Client(REMOTE_ADDR=remote).get("/metrics", **headers)
    assert response.status_code == 404
    assert b"vhub_" not in response.content


def test_production_allows_no_one_by_default() -> None:
    # Outside production the default is this machine only; production must name its network.
    assert django_settings.METRICS_ALLOWED_CIDRS == ["127.0.0.1/32", "::1/128"]


def test_key_series(db, monitoring, officer, supervisor) -> None:
    Client().get("/healthz")
    referral = submit_referral(officer)
    clock = referral.clocks.first()
    SlaClock.objects.filter(pk=clock.pk).update(state=ClockState.BREACHED)
    escalation = Escalation.objects.create(
        clock=clock, level=EscalationLevel.BREACHED, recipient=supervisor, created_at=now()
    )
    OutboxMessage.objects.create(escalation=escalation, deliver_after=now() - timedelta(minutes=10))

    before = _series(monitoring.get("/metrics").content.decode())
    assert before["vhub_sla_breaches_open"] == 1
    assert before["vhub_escalation_outbox_pending"] == 1
    assert 600 <= before["vhub_escalation_outbox_lag_seconds"] < 700
    assert before["vhub_audit_checkpoint_age_seconds"] == -1
    view = 'django_http_requests_latency_seconds_by_view_method_count{method="GET",view="healthz"}'
    assert before[view] >= 1

    do_record_checkpoint(reason="metrics test")
    Client().get("/healthz")
    after = monitoring.get("/metrics")
    assert after.status_code == 200
    assert after["Content-Type"].startswith("text/plain")
    values = _series(after.content.decode())
    assert 0 <= values["vhub_audit_checkpoint_age_seconds"] < 60
    assert values[view] > before[view]


def _redis_url() -> str:
    """The broker the project is configured with (Redis is required, as for the worker tests)."""
    return django_settings.REDIS_URL or "redis://127.0.0.1:6379/7"


def test_broker_series_queue_length_and_task_failures(
    db, monitoring, settings, monkeypatch
) -> None:
    settings.REDIS_URL = _redis_url()
    client = redis.Redis.from_url(settings.REDIS_URL)
    # Keys of this test only: never the real queue or counters of a broker in use.
    monkeypatch.setattr(metrics, "QUEUES", ("vhub-test-metrics-queue",))
    monkeypatch.setattr(metrics, "FAILURES_KEY", "vhub:test:metrics:failures")
    client.delete("vhub-test-metrics-queue", "vhub:test:metrics:failures")
    try:
        client.rpush("vhub-test-metrics-queue", "a", "b", "c")

        @app.task(name="tests.metrics.fails")
        def fails() -> None:
            raise RuntimeError("boom")

        # Eager in tests; without propagation the failure is handled as a worker handles it.
        app.conf.task_eager_propagates = False
        try:
            assert fails.delay().failed()
        finally:
            app.conf.task_eager_propagates = True
        values = _series(monitoring.get("/metrics").content.decode())
        assert values['vhub_celery_queue_length{queue="vhub-test-metrics-queue"}'] == 3
        assert values['vhub_celery_task_failures_total{task="tests.metrics.fails"}'] == 1
    finally:
        client.delete("vhub-test-metrics-queue", "vhub:test:metrics:failures")


def test_every_response_carries_a_request_id(db) -> None:
    client = Client()
    offered = client.get("/healthz", HTTP_X_REQUEST_ID="ingress-0123456789")
    assert offered["X-Request-ID"] == "ingress-0123456789"
    forged = client.get("/healthz", HTTP_X_REQUEST_ID='x" level=ERROR\nforged')
    assert len(forged["X-Request-ID"]) == 32
    assert forged["X-Request-ID"] != client.get("/healthz")["X-Request-ID"]


def test_json_log_lines_carry_the_request_id() -> None:
    stream = io.StringIO()
    config = json.loads(json.dumps(django_settings.LOGGING))
    config["handlers"]["console"]["formatter"] = "json"
    config["handlers"]["console"]["stream"] = stream
    logging.config.dictConfig(config)
    try:
        with request_id("req-abcdef123456"):
            logging.getLogger("vhub.test").warning("Referral %s triaged", "VH-1")
        logging.getLogger("vhub.test").warning("outside")
    finally:
        logging.config.dictConfig(django_settings.LOGGING)
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first["request_id"] == "req-abcdef123456"
    assert first["message"] == "Referral VH-1 triaged"
    assert first["level"] == "WARNING"
    assert first["logger"] == "vhub.test"
    assert second["request_id"] == ""


@app.task(name="tests.metrics.echo_request_id")
def echo_request_id() -> str:
    return current_request_id()


@pytest.fixture
def real_worker(settings, transactional_db, django_db_serialized_rollback):
    from celery.contrib.testing.worker import start_worker

    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.task_always_eager = False
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30) as worker:
        yield worker


@pytest.mark.worker
def test_the_request_id_goes_with_a_task_through_the_broker(real_worker) -> None:
    with request_id("req-through-broker-1"):
        result = echo_request_id.delay()
    assert result.get(timeout=60) == "req-through-broker-1"
    # A task queued outside any request gets an id of its own.
    assert len(echo_request_id.delay().get(timeout=60)) == 32
