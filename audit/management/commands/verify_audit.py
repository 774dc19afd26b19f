"""manage.py verify_audit: check the hash chain against every signed checkpoint and say what
is wrong: a changed or missing event, a rewritten chain, a cut tail or a truncation."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.checkpoints import CheckpointLogError, read_log
from audit.verify import verify_chain


class Command(BaseCommand):
    help = (
        "Verify the audit trail's hash chain against its signed checkpoints; exits non-zero "
        "naming the first problem found."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--checkpoints",
            metavar="FILE",
            type=Path,
            help="A checkpoint log (AUDIT_CHECKPOINT_LOG) to verify against as well as the "
            "checkpoints in the database.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        exported = []
        if options["checkpoints"] is not None:
            try:
                exported = read_log(options["checkpoints"])
            except (OSError, CheckpointLogError) as exc:
                raise CommandError(f"Cannot read the checkpoint log: {exc}") from exc
        report = verify_chain(exported)
        if not report.ok:
            where = (
                f" at event {report.first_broken_id}" if report.first_broken_id is not None else ""
            )
            raise CommandError(
                f"Audit trail {report.finding.upper()}: chain broken{where}: {report.problem} "
                f"({report.checked} events before it are intact)."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Audit chain intact: {report.checked} events, consistent with "
                f"{report.checkpoints} signed checkpoints."
            )
        )
