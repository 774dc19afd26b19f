"""manage.py import_referrals FILE: import the backlog from a CSV or JSON Lines file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from audit.actions import record_event
from audit.context import RequestContext, set_context
from audit.history import history_context
from referrals.importer import import_referrals


class Command(BaseCommand):
    help = "Import referrals from CSV or JSON Lines (format: docs/import.md). Safe to re-run."

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("file", type=Path)

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        set_context(RequestContext(channel="command"))

        def progress(row, result):  # type: ignore[no-untyped-def]
            self.stdout.write(f"  … row {row}: {result.imported} imported so far")

        with history_context(command="import_referrals"):
            result = import_referrals(path, progress=progress)
        for error in result.errors:
            where = f", {error.field}" if error.field else ""
            self.stdout.write(self.style.ERROR(f"Row {error.row}{where}: {error.message}"))
        record_event(
            "referral.import",
            actor=None,
            details={
                "file": path.name,
                "imported": result.imported,
                "already_imported": result.already_imported,
                "rejected_rows": sorted({e.row for e in result.errors}),
            },
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.imported} imported, {result.already_imported} already imported, "
                f"{result.rejected} rejected."
            )
        )
