"""manage.py make_bench_data: DESIGN.md §10 volume in the (separate) benchmark database."""

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from bench.data import Volume, build


class Command(BaseCommand):
    requires_system_checks: list[str] = []  # runs against a bare benchmark database
    help = "Build (or reuse) the benchmark data set; run it against the benchmark database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", type=float, default=1.0, help="1 = 200,000 referrals")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--force", action="store_true", help="rebuild even if unchanged")
        parser.add_argument(
            "--allow-any-database",
            action="store_true",
            help="skip the check that the database name contains 'bench' (it empties case tables)",
        )

    def handle(
        self,
        *args: Any,
        scale: Any,
        seed: int,
        force: bool,
        allow_any_database: Any,
        **options: Any,
    ) -> None:
        name = settings.DATABASES["default"]["NAME"]
        # It truncates the case tables: never let it near a real database by mistake.
        if "bench" not in name and not name.startswith("test_") and not allow_any_database:
            raise CommandError(
                f"Refusing to empty {name!r}: point DATABASE_URL at a benchmark database "
                "(its name must contain 'bench'); `make bench` does this for you."
            )
        build(Volume.at_scale(scale, seed), force=force, log=self.stdout.write)
