"""Celery adapters: the periodic capacity check, the nightly daily statistics and the 07:00
daily report."""

from celery import shared_task

from audit.context import in_task_context
from dashboards.actions import do_check_capacity, do_rebuild_daily_statistics, do_send_daily_report
from dashboards.capacity import london_today
from vhub.clock import now


@shared_task(name="dashboards.tasks.check_capacity", acks_late=True)
@in_task_context
def check_capacity() -> int | None:

    alert = do_check_capacity()
    return alert.pk if alert else None


@shared_task(name="dashboards.tasks.send_daily_report", acks_late=True)
@in_task_context
def send_daily_report() -> str | None:

    delivery = do_send_daily_report(london_today(now()))
    return delivery.day.isoformat() if delivery else None


@shared_task(name="dashboards.tasks.rebuild_daily_statistics", acks_late=True)
@in_task_context
def rebuild_daily_statistics() -> str | None:

    coverage = do_rebuild_daily_statistics()
    return coverage.last_day.isoformat() if coverage else None
