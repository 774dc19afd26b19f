"""manage.py verify_audit: check the hash chain and name the first broken event."""

from django.core.management.base import BaseCommand, CommandError

from audit.verify import verify_chain


class Command(BaseCommand):
    help = "Verify the audit trail's hash chain; exits non-zero at the first broken event."

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        report = verify_chain()
        if not report.ok:
            raise CommandError(
                f"Audit chain broken at event {report.first_broken_id}: {report.problem} "
                f"({report.checked} events before it are intact)."
            )
        self.stdout.write(self.style.SUCCESS(f"Audit chain intact: {report.checked} events."))
