"""Read every open referral again with the newest catalogue version: after an upgrade that
shipped a new version (a manager's publication does this by itself, in the background)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from risk.models import RiskSignal
from risk.reading import current_catalogue_version
from risk.tasks import reread_open_referrals


class Command(BaseCommand):
    help = "Read every open referral again with the newest risk reader catalogue."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--if-stale",
            action="store_true",
            help="Only when some signal was found by an older catalogue version.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        version = current_catalogue_version()
        if options["if_stale"] and not RiskSignal.objects.exclude(version=version).exists():
            self.stdout.write(f"Every signal is from version {version.number}: nothing to do.")
            return
        queued = reread_open_referrals(version.pk)
        self.stdout.write(
            f"{queued} open referrals queued to be read again with catalogue version "
            f"{version.number}: the worker reads them in batches (progress on the catalogue page)."
        )
