"""Starting a backlog import (the work itself runs in referrals/importer.py, as a task)."""

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from accounts.models import User
from audit.actions import record_event
from referrals.importer import check_import_file
from referrals.models import (
    ImportJob,
)
from referrals.tasks import run_import
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role
from vhub.uploads import UploadRefused


@transaction.atomic
def do_start_import(*, actor: User, upload: UploadedFile) -> ImportJob:
    """A manager uploads a backlog file; a Celery task imports it after this commits."""

    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only managers import backlog files.")
    # The form checks first; this guards the other callers.
    try:
        checked = check_import_file(upload)
    except UploadRefused as exc:
        raise ActionError(exc.message, field="file") from exc
    job = ImportJob.objects.create(
        file=checked.to_store(), original_name=checked.name, uploaded_by=actor, created_at=now()
    )
    record_event(
        "referral.import_upload", actor=actor, obj=job, details={"file": job.original_name}
    )

    transaction.on_commit(lambda: run_import.delay(job.pk))
    return job
