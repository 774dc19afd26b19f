"""manage.py import_referrals FILE: import the backlog from a CSV or JSON Lines file."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.context import RequestContext, set_context
from audit.history import history_context
from referrals.importer import count_rows, import_referrals
from referrals.models import ImportJob
from referrals.tasks import finish_import_and_send_digests
from vhub.clock import now


class Command(BaseCommand):
    help = "Import referrals from CSV or JSON Lines (format: docs/import.md). Safe to re-run."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        set_context(RequestContext(channel="command"))

        def progress(row: Any, result: Any) -> None:
            self.stdout.write(f"  … row {row}: {result.imported} imported so far")

        # Every import is a job, wherever it was started: its referrals, scan and digest hang
        # off it. The file is read where it lies, so the job keeps no copy.
        job = ImportJob.objects.create(
            original_name=path.name,
            created_at=now(),
            status=ImportJob.Status.RUNNING,
            total_rows=count_rows(path),
        )
        with history_context(command="import_referrals"):
            result = import_referrals(path, job=job, progress=progress)
            finish_import_and_send_digests(job, result)
        for error in result.errors:
            where = f", {error.field}" if error.field else ""
            self.stdout.write(self.style.ERROR(f"Row {error.row}{where}: {error.message}"))
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.imported} imported, {result.already_imported} already imported, "
                f"{result.rejected} rejected."
            )
        )
