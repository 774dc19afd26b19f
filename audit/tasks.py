"""Celery adapters for the audit app."""

from celery import shared_task

from audit.checkpoints import do_record_checkpoint
from audit.context import in_task_context


@shared_task(name="audit.tasks.record_checkpoint", acks_late=True)
@in_task_context
def record_checkpoint() -> int:
    """Every AUDIT_CHECKPOINT_MINUTES: sign the chain's head (audit/checkpoints.py)."""

    return do_record_checkpoint(reason="scheduled").pk
