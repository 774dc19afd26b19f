"""Celery adapters for the audit app."""

from celery import shared_task

from audit.context import RequestContext, reset_context, set_context


@shared_task(name="audit.tasks.record_checkpoint", acks_late=True)
def record_checkpoint() -> int:
    """Every AUDIT_CHECKPOINT_MINUTES: sign the chain's head (audit/checkpoints.py)."""
    from audit.checkpoints import do_record_checkpoint

    token = set_context(RequestContext(channel="task"))
    try:
        return do_record_checkpoint(reason="scheduled").pk
    finally:
        reset_context(token)
