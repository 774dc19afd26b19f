"""Celery adapters for referrals: SLA sweep, escalation delivery, re-prioritisation."""

from celery import shared_task
from django.db import transaction

from audit.context import RequestContext, reset_context, set_context
from referrals.escalation import deliver_outbox, sweep_clocks


@shared_task(name="referrals.tasks.sweep_sla", acks_late=True)
def sweep_sla() -> dict[str, int]:
    token = set_context(RequestContext(channel="task"))
    try:
        with transaction.atomic():
            result = sweep_clocks()
            if result.escalations:
                transaction.on_commit(lambda: deliver_escalations.delay())
        return {
            "at_risk": result.at_risk,
            "breached": result.breached,
            "escalations": result.escalations,
        }
    finally:
        reset_context(token)


@shared_task(name="referrals.tasks.deliver_escalations", acks_late=True)
def deliver_escalations() -> int:
    return deliver_outbox()


@shared_task(name="referrals.tasks.reprioritise", acks_late=True)
def reprioritise() -> int:
    from referrals.priority import recompute_priorities

    return recompute_priorities()
