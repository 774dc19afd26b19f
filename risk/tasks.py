"""Celery adapters for the risk app."""

from celery import shared_task
from django.db import transaction

from audit.context import RequestContext, reset_context, set_context
from referrals.lifecycle import lock_referral
from referrals.models import OPEN_STATUSES, Referral
from risk.undergrading import refresh_flags


@shared_task(name="risk.tasks.sweep_undergrading", acks_late=True)
def sweep_undergrading() -> int:
    """Re-check every open referral graded standard or medium: the lexicon, the repeat-child
    counts and the model may have changed since it was last looked at. Returns flags raised."""
    token = set_context(RequestContext(channel="task"))
    raised = 0
    try:
        ids = (
            Referral.objects.filter(status__in=OPEN_STATUSES)
            .values_list("pk", flat=True)
            .iterator(chunk_size=2000)
        )
        for pk in ids:
            with transaction.atomic():
                referral = lock_referral(Referral(pk=pk))
                raised += len(refresh_flags(referral))
    finally:
        reset_context(token)
    return raised
