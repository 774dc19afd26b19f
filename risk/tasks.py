"""Celery adapters for the risk app."""

from celery import shared_task
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from audit.context import in_task_context
from referrals.lifecycle import lock_referral
from referrals.models import OPEN_STATUSES, Referral
from referrals.priority import recompute_priorities
from risk.models import IndicatorCatalogueVersion
from risk.quality import previous_month
from risk.quality_actions import do_sample_quality_audits
from risk.reading import reread
from risk.undergrading import refresh_flags
from vhub.clock import now


@shared_task(name="risk.tasks.sweep_undergrading", acks_late=True)
@in_task_context
def sweep_undergrading() -> int:
    """Re-check every open referral's flags: the repeat-child counts, the grade and the model
    may have changed since it was last looked at. Returns flags raised."""
    raised = 0
    ids = (
        Referral.objects.filter(status__in=OPEN_STATUSES)
        .values_list("pk", flat=True)
        .iterator(chunk_size=2000)
    )
    for pk in ids:
        with transaction.atomic():
            referral = lock_referral(Referral(pk=pk))
            raised += len(refresh_flags(referral))
    return raised


@shared_task(name="risk.tasks.sample_quality_audits", acks_late=True)
@in_task_context
def sample_quality_audits() -> int:
    """Monthly (beat, 1st of the month): sample last month's assessments. Idempotent, so a
    retry or a second beat never draws a second sample."""
    round_, created = do_sample_quality_audits(previous_month(timezone.localdate(now())))
    return round_.audits.count() if created else 0


REREAD_BATCH = 500


@shared_task(name="risk.tasks.reread_open_referrals", acks_late=True)
def reread_open_referrals(version_id: int) -> int:
    """After a new catalogue is published: read every open referral again. The open referrals
    are split into batches, each its own task (`reread_batch`), so every worker process reads
    in parallel; progress is counted on the version for the catalogue page, and the batch that
    completes the count re-scores the whole queue in one statement. Returns referrals queued."""
    ids = list(
        Referral.objects.filter(status__in=OPEN_STATUSES)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    IndicatorCatalogueVersion.objects.filter(pk=version_id).update(
        reread_total=len(ids), reread_done=0, reread_started_at=now(), reread_finished_at=None
    )
    if not ids:
        _finish_reread(version_id)
    for start in range(0, len(ids), REREAD_BATCH):
        reread_batch.delay(version_id, ids[start : start + REREAD_BATCH])
    return len(ids)


@shared_task(name="risk.tasks.reread_batch", acks_late=True)
@in_task_context
def reread_batch(version_id: int, ids: list[int]) -> int:
    """Read one batch of referrals again with set-based writes, then refresh the flags of those
    whose acting evidence changed: a flag is made of that evidence, so where it is the same the
    flags stay as they are (the sweep re-checks every open referral's flags anyway). A batch of
    a version that a newer one has replaced only counts itself done: the newer version's
    re-read covers it.

    Queries, whatever the batch's size: the newest version (1); the reading (`reread`: the
    version, the texts in 3, the stored evidence, one delete, one insert per 1,000 signals);
    the progress count (1) and the claim of the finish (1); then a flag refresh for each
    referral whose evidence changed."""
    newest = IndicatorCatalogueVersion.objects.order_by("-number").values_list("pk", flat=True)
    if newest.first() == version_id:
        version = IndicatorCatalogueVersion(pk=version_id)
        for pk in sorted(reread(ids, version).changed):
            with transaction.atomic():
                refresh_flags(lock_referral(Referral(pk=pk)))
    IndicatorCatalogueVersion.objects.filter(pk=version_id).update(
        reread_done=F("reread_done") + len(ids)
    )
    _finish_reread(version_id)
    return len(ids)


def _finish_reread(version_id: int) -> None:
    """Once every batch is counted, exactly one caller claims the finish (a conditional update)
    and re-scores the queue."""
    claimed = IndicatorCatalogueVersion.objects.filter(
        pk=version_id, reread_finished_at__isnull=True, reread_done__gte=F("reread_total")
    ).update(reread_finished_at=now())
    if claimed:
        recompute_priorities()
