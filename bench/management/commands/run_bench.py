"""manage.py run_bench: measure every DESIGN.md §10 target against the benchmark data."""

import logging
import warnings
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from bench.data import Volume, anchor_of, build
from bench.measures import REGISTRY, Context
from bench.report import ResultsFile, machine, run_all, table


class Command(BaseCommand):
    requires_system_checks: list[str] = []  # runs against a bare benchmark database
    help = "Build or reuse the benchmark data, run the measures, print the table, write JSON."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", type=float, default=1.0, help="1 = 200,000 referrals")
        parser.add_argument("--samples", type=int, default=60, help="requests per page measure")
        parser.add_argument("--naive-rows", type=int, default=1000)
        parser.add_argument("--intake-requests", type=int, default=0, help="0: 1,000 × scale")
        parser.add_argument("--import-rows", type=int, default=0, help="0: 10,000 × scale")
        parser.add_argument("--only", nargs="*", choices=sorted(REGISTRY), default=None)
        parser.add_argument("--no-write", action="store_true", help="do not write results JSON")

    def handle(
        self,
        *args: Any,
        scale: Any,
        samples: Any,
        naive_rows: Any,
        intake_requests: Any,
        import_rows: Any,
        only: Any,
        no_write: Any,
        **o: Any,
    ) -> None:
        # Expected 4xx answers and WeasyPrint's font notices would drown the table.
        for logger in ("django.request", "weasyprint", "fontTools", "axes"):
            logging.getLogger(logger).setLevel(logging.ERROR)
        warnings.filterwarnings("ignore", message="No directory at")  # whitenoise, no collectstatic
        name = settings.DATABASES["default"]["NAME"]
        if "bench" not in name and not name.startswith("test_"):
            raise CommandError(f"Run against a benchmark database, not {name!r} (`make bench`).")
        stamp = build(Volume.at_scale(scale), log=self.stdout.write)
        ctx = Context(
            anchor=anchor_of(stamp),
            scale=scale,
            samples=samples,
            naive_rows=naive_rows,
            intake_requests=intake_requests,
            import_rows=import_rows,
        )
        results = None if no_write else ResultsFile(stamp, scale)
        if results is not None:
            self.stdout.write(f"Each measure's figures are written as it ends to {results.path}")
        rows = run_all(
            ctx, only=only, log=self.stdout.write, on_row=results.write if results else None
        )
        info = machine()
        self.stdout.write("")
        self.stdout.write(
            f"VHub benchmark, scale {scale} ({stamp['volume']['referrals']:,} referrals), "
            f"{info['nproc']} CPUs ({info['cpu']}), {info['memory_gb']} GB"
        )
        self.stdout.write(table(rows))
        if results is not None:
            path = results.write(rows, complete=True)
            self.stdout.write(f"\nWritten to {path.relative_to(settings.BASE_DIR)}")
