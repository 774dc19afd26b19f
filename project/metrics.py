"""Prometheus metrics (docs/deployment.md, "Metrics and logs").

django-prometheus measures every request (latency by view, status codes, database calls). The
collector here adds VHub's own series, computed when Prometheus scrapes, from the database and
the broker, so every web process reports the same figures whichever one is asked:

    vhub_celery_queue_length{queue}              tasks waiting in the broker
    vhub_celery_task_failures_total{task}        tasks that raised, counted in Redis by workers
    vhub_escalation_outbox_lag_seconds           age of the oldest escalation due but undelivered
    vhub_escalation_outbox_pending               escalations due but undelivered
    vhub_sla_breaches_open                       SLA clocks breached and still open
    vhub_audit_checkpoint_age_seconds            time since the last signed audit checkpoint

/metrics answers only addresses in METRICS_ALLOWED_CIDRS, and never a request that came through
a proxy (it has X-Forwarded-For): everyone else gets 404, as if there were no such page.
"""

import ipaddress
import logging
import os
from collections.abc import Iterator
from typing import Any

import redis
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django_prometheus.middleware import PrometheusAfterMiddleware
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

from audit.models import AuditCheckpoint
from referrals.models import ClockState, OutboxMessage, SlaClock
from vhub.clock import now

logger = logging.getLogger(__name__)

FAILURES_KEY = "vhub:metrics:task_failures"
QUEUES = ("celery",)


def _redis() -> Any:
    if not settings.REDIS_URL:
        return None

    return redis.Redis.from_url(settings.REDIS_URL, socket_timeout=2, socket_connect_timeout=2)


def count_task_failure(task_name: str) -> None:
    """Called by workers (vhub/celery.py) when a task raises."""
    client = _redis()
    if client is None:
        return
    try:
        client.hincrby(FAILURES_KEY, task_name, 1)
    except Exception:  # metrics never break a task's own failure handling
        logger.warning("Could not count a task failure in Redis", exc_info=True)


class VHubCollector:
    """VHub's own series, read at scrape time."""

    def collect(self) -> Iterator[Any]:
        at = now()
        queue = GaugeMetricFamily(
            "vhub_celery_queue_length", "Tasks waiting in the broker.", labels=["queue"]
        )
        failures = CounterMetricFamily(
            "vhub_celery_task_failures", "Celery tasks that raised.", labels=["task"]
        )
        client = _redis()
        if client is not None:
            try:
                for name in QUEUES:
                    queue.add_metric([name], client.llen(name))
                for task, count in sorted(client.hgetall(FAILURES_KEY).items()):
                    failures.add_metric([task.decode()], int(count))
            except Exception:
                logger.warning("Could not read the broker for metrics", exc_info=True)
        yield queue
        yield failures

        due = OutboxMessage.objects.filter(delivered_at__isnull=True, deliver_after__lte=at)
        oldest = due.order_by("deliver_after").values_list("deliver_after", flat=True).first()
        yield GaugeMetricFamily(
            "vhub_escalation_outbox_lag_seconds",
            "Age of the oldest escalation that is due but not delivered (0 when none).",
            value=(at - oldest).total_seconds() if oldest else 0.0,
        )
        yield GaugeMetricFamily(
            "vhub_escalation_outbox_pending",
            "Escalations due but not delivered.",
            value=due.count(),
        )
        yield GaugeMetricFamily(
            "vhub_sla_breaches_open",
            "SLA clocks breached and still running.",
            value=SlaClock.objects.filter(state=ClockState.BREACHED).count(),
        )
        last = AuditCheckpoint.objects.order_by("-created_at").values_list("created_at", flat=True)
        last_at = last.first()
        yield GaugeMetricFamily(
            "vhub_audit_checkpoint_age_seconds",
            "Time since the last signed checkpoint of the audit chain (-1 when there is none).",
            value=(at - last_at).total_seconds() if last_at else -1.0,
        )


def allowed(request: HttpRequest) -> bool:
    """From the monitoring network, directly (not through the ingress or a proxy)."""
    if "HTTP_X_FORWARDED_FOR" in request.META:
        return False
    try:
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(address in ipaddress.ip_network(c) for c in settings.METRICS_ALLOWED_CIDRS)


@never_cache
def metrics(request: HttpRequest) -> HttpResponse:
    if not allowed(request):
        raise Http404("No such page")
    # django-prometheus' request series (gathered across gunicorn's processes when
    # PROMETHEUS_MULTIPROC_DIR is set), then VHub's own, computed now.
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        shared = CollectorRegistry()
        multiprocess.MultiProcessCollector(shared)
    else:
        shared = REGISTRY
    own = CollectorRegistry()
    own.register(VHubCollector())
    return HttpResponse(
        generate_latest(shared) + generate_latest(own), content_type=CONTENT_TYPE_LATEST
    )


class RequestMetricsMiddleware(PrometheusAfterMiddleware):
    """django-prometheus's last middleware, tolerant of a Content-Length that is not a number:
    it calls int() on the header and would answer such a request with a 500. Django itself reads
    the body of such a request as empty, so the header is made to say so before it is measured
    (the view then sees what it would have seen without metrics)."""

    def process_request(self, request: HttpRequest) -> HttpResponse | None:
        try:
            int(request.headers.get("content-length") or 0)
        except ValueError:
            request.META["CONTENT_LENGTH"] = "0"
            request.__dict__.pop("headers", None)  # a cached property, read from META again
        return super().process_request(request)


def _count_failure(sender: Any = None, **kwargs: Any) -> None:
    """Connected to Celery's task_failure by project.hooks (the kernel's Celery app knows nothing
    of /metrics)."""
    count_task_failure(getattr(sender, "name", "unknown"))
