"""Celery adapters for referrals: SLA sweep, escalation delivery, re-prioritisation."""

from pathlib import Path
from typing import Any

import pghistory
from celery import shared_task
from django.db import transaction

from audit.actions import record_event
from audit.context import in_task_context
from referrals import search
from referrals.escalation import (
    deliver_import_digests,
    deliver_outbox,
    queue_import_digests,
    sweep_clocks,
)
from referrals.importer import ImportResult, count_rows, finish_import, import_referrals
from referrals.models import ImportJob
from referrals.outbox_calls import deliver_outbox_calls
from referrals.priority import recompute_due_priorities, recompute_priorities
from referrals.retention import schedule_retention_reviews
from vhub.clock import now


@shared_task(name="referrals.tasks.sweep_sla", acks_late=True)
@in_task_context
def sweep_sla() -> dict[str, int]:
    with transaction.atomic():
        result = sweep_clocks()
        if result.escalations:
            transaction.on_commit(lambda: deliver_escalations.delay())
    return {
        "at_risk": result.at_risk,
        "breached": result.breached,
        "escalations": result.escalations,
    }


@shared_task(name="referrals.tasks.deliver_escalations", acks_late=True)
def deliver_escalations() -> int:
    # Every minute (beat): a digest whose e-mail failed is tried again here, and a call to
    # another system (a webhook, a Teams post) whose retry is due.
    return deliver_outbox() + deliver_import_digests() + deliver_outbox_calls()


@shared_task(name="referrals.tasks.deliver_calls", acks_late=True)
def deliver_calls() -> int:
    """Calls to other systems just queued (a webhook, a Teams post): sent now, not at the
    next minute's delivery."""
    return deliver_outbox_calls()


@shared_task(name="referrals.tasks.send_import_digests", acks_late=True)
@in_task_context
def send_import_digests(job_id: int) -> int:
    """After an import: one digest per supervisor for the clocks it brought in already
    breached. Safe to run twice: each digest is queued and delivered once."""

    with transaction.atomic():
        job = ImportJob.objects.get(pk=job_id)
        queued = queue_import_digests(job)
        if queued:
            record_event(
                "referral.import_digest",
                actor=None,
                obj=job,
                details={"file": job.original_name, "digests": queued},
            )
    return deliver_import_digests()


@shared_task(name="referrals.tasks.reprioritise", acks_late=True)
def reprioritise() -> int:
    """Every 5 minutes: the referrals whose waiting time, SLA pressure or child's age has moved
    their score or its explanation since they were scored."""
    return recompute_due_priorities()


@shared_task(name="referrals.tasks.reprioritise_all", acks_late=True)
def reprioritise_all() -> int:
    """Hourly: every open referral, so a change no action rescored (an edit outside the service)
    still reaches the queue."""
    return recompute_priorities()


@shared_task(name="referrals.tasks.repair_person_names", acks_late=True)
def repair_person_names() -> dict[str, int]:
    """Nightly: the search's names table made exactly the names people bear (see
    `referrals.search.repair_person_names`)."""
    added, removed = search.repair_person_names()
    return {"added": added, "removed": removed}


@shared_task(name="referrals.tasks.run_import", acks_late=True)
@in_task_context
def run_import(job_id: int) -> dict[str, int]:
    """Import an uploaded backlog file, saving progress as it goes. Safe to run again after a
    crash: rows already imported are recognised by their external_id."""

    job = ImportJob.objects.get(pk=job_id)
    # The referrals are the uploader's import: their name goes on the change history.
    pghistory.context(user=job.uploaded_by_id)
    path = Path(job.file.path)
    job.status, job.total_rows = ImportJob.Status.RUNNING, count_rows(path)
    job.save(update_fields=["status", "total_rows"])

    def progress(row: Any, result: Any) -> None:
        ImportJob.objects.filter(pk=job_id).update(
            processed_rows=min(row, job.total_rows),
            imported=result.imported,
            already_imported=result.already_imported,
            rejected=result.rejected,
        )

    try:
        result = import_referrals(path, job=job, progress=progress)
    except Exception as exc:
        ImportJob.objects.filter(pk=job_id).update(
            status=ImportJob.Status.FAILED,
            finished_at=now(),
            errors=[{"row": 0, "field": "", "message": f"The import stopped: {exc}"}],
        )
        raise
    rejected = finish_import_and_send_digests(job, result)
    return {"imported": result.imported, "rejected": len(rejected)}


# Named as when it lived in audit/tasks.py: the beat schedule and any queued run still find it.
@shared_task(name="audit.tasks.schedule_retention", acks_late=True)
@in_task_context
def schedule_retention() -> int:
    """Daily: give newly ended referrals their retention review date (audited as one event)."""
    with transaction.atomic():
        created = schedule_retention_reviews()
        if created:
            record_event("retention.schedule", actor=None, details={"referrals": created})
    return created


def finish_import_and_send_digests(job: ImportJob, result: ImportResult) -> list[int]:
    """End an import (referrals/importer.py: finish_import writes its audit event), then send its
    digests once that commits. The one ending of the task and the command alike."""
    rejected = finish_import(job, result)
    transaction.on_commit(lambda: send_import_digests.delay(job.pk))
    return rejected
