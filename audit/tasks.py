"""Celery adapters for the audit app."""

from celery import shared_task
from django.db import transaction

from audit.actions import record_event
from audit.context import RequestContext, reset_context, set_context
from audit.retention import schedule_retention_reviews


@shared_task(name="audit.tasks.schedule_retention", acks_late=True)
def schedule_retention() -> int:
    """Daily: give newly ended referrals their retention review date (audited as one event)."""
    token = set_context(RequestContext(channel="task"))
    try:
        with transaction.atomic():
            created = schedule_retention_reviews()
            if created:
                record_event("retention.schedule", actor=None, details={"referrals": created})
        return created
    finally:
        reset_context(token)


@shared_task(name="audit.tasks.record_checkpoint", acks_late=True)
def record_checkpoint() -> int:
    """Every AUDIT_CHECKPOINT_MINUTES: sign the chain's head (audit/checkpoints.py)."""
    from audit.checkpoints import do_record_checkpoint

    token = set_context(RequestContext(channel="task"))
    try:
        return do_record_checkpoint(reason="scheduled").pk
    finally:
        reset_context(token)
