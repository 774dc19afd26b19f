"""Celery adapters: the periodic capacity check, the nightly daily statistics and the 07:00
daily report."""

from celery import shared_task

from audit.context import RequestContext, reset_context, set_context
from dashboards.capacity import london_today
from vhub.clock import now


@shared_task(name="dashboards.tasks.check_capacity", acks_late=True)
def check_capacity() -> int | None:
    from dashboards.actions import do_check_capacity

    token = set_context(RequestContext(channel="task"))
    try:
        alert = do_check_capacity()
        return alert.pk if alert else None
    finally:
        reset_context(token)


@shared_task(name="dashboards.tasks.send_daily_report", acks_late=True)
def send_daily_report() -> str | None:
    from dashboards.actions import do_send_daily_report

    token = set_context(RequestContext(channel="task"))
    try:
        delivery = do_send_daily_report(london_today(now()))
        return delivery.day.isoformat() if delivery else None
    finally:
        reset_context(token)


@shared_task(name="dashboards.tasks.rebuild_daily_statistics", acks_late=True)
def rebuild_daily_statistics() -> str | None:
    from dashboards.actions import do_rebuild_daily_statistics

    token = set_context(RequestContext(channel="task"))
    try:
        coverage = do_rebuild_daily_statistics()
        return coverage.last_day.isoformat() if coverage else None
    finally:
        reset_context(token)
