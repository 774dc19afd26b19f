"""Housekeeping tasks of the service itself."""

from celery import shared_task

from vhub.clock import now
from vhub.models import Heartbeat


@shared_task(name="vhub.tasks.record_heartbeat", ignore_result=True)
def record_heartbeat() -> None:
    Heartbeat.objects.update_or_create(name="worker", defaults={"beat_at": now()})
