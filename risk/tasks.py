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


@shared_task(name="risk.tasks.sample_quality_audits", acks_late=True)
def sample_quality_audits() -> int:
    """Monthly (beat, 1st of the month): sample last month's assessments. Idempotent, so a
    retry or a second beat never draws a second sample."""
    from risk.actions import do_sample_quality_audits
    from risk.quality import previous_month
    from vhub.clock import now

    token = set_context(RequestContext(channel="task"))
    try:
        from django.utils import timezone

        round_, created = do_sample_quality_audits(previous_month(timezone.localdate(now())))
        return round_.audits.count() if created else 0
    finally:
        reset_context(token)
