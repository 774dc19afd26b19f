"""/healthz (the process answers) and /readyz (it can do its work)."""

from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

from vhub.celery import app
from vhub.clock import now
from vhub.models import Heartbeat


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


def _database() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def _broker() -> bool:
    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
        return True


def _worker() -> bool:
    stale_after = timedelta(seconds=settings.WORKER_HEARTBEAT_STALE_AFTER_SECONDS)
    return Heartbeat.objects.filter(name="worker", beat_at__gte=now() - stale_after).exists()


def _migrations() -> bool:
    executor = MigrationExecutor(connection)
    return not executor.migration_plan(executor.loader.graph.leaf_nodes())


CHECKS = {"database": _database, "broker": _broker, "worker": _worker, "migrations": _migrations}


@never_cache
def readyz(request: HttpRequest) -> HttpResponse:
    results: dict[str, str] = {}
    for name, check in CHECKS.items():
        try:
            results[name] = "ok" if check() else "failing"
        except Exception as exc:  # a readiness probe reports every failure; it never raises
            results[name] = f"failing: {type(exc).__name__}"
        if name == "database" and results[name] != "ok":
            # Without a database the other checks cannot answer.
            results.update({"worker": "unknown", "migrations": "unknown"})
            break
    ready = all(value == "ok" for value in results.values()) and len(results) == len(CHECKS)
    return JsonResponse({"ready": ready, "checks": results}, status=200 if ready else 503)
