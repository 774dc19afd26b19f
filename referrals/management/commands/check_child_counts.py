"""manage.py check_child_counts [--repair]: compare the counts of children every referral keeps
(`referrals.models.CHILD_COUNTS`: unassessed, and the frontline figures' children, voices and
officers' assessments), which database triggers keep, with a recount from the rows, and say which
differ; `--repair` recounts them."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction

from referrals.models import CHILD_COUNTS, MISCOUNTED_CHILDREN, RECOUNT_ALL_CHILDREN

SHOWN = 20


class Command(BaseCommand):
    help = (
        "Check the counts of children each referral keeps against its children's rows; exits "
        "non-zero naming the referrals that differ, or recounts them with --repair."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--repair",
            action="store_true",
            help="Recount every referral's counts (derived data; writes only those that differ).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        with connection.cursor() as cursor:
            cursor.execute(MISCOUNTED_CHILDREN)
            wrong = cursor.fetchall()
        if not wrong:
            self.stdout.write(self.style.SUCCESS("Every referral's counts of children are right."))
            return
        n = len(CHILD_COUNTS)
        for _pk, reference, *counts in wrong[:SHOWN]:
            kept, counted = counts[:n], counts[n:]
            differ = ", ".join(
                f"{name} {k} (counted {c})"
                for name, k, c in zip(CHILD_COUNTS, kept, counted, strict=True)
                if k != c
            )
            self.stdout.write(f"{reference}: {differ}")
        more = f" (the first {SHOWN} shown)" if len(wrong) > SHOWN else ""
        if not options["repair"]:
            raise CommandError(f"{len(wrong)} referrals keep wrong counts of children{more}.")
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(RECOUNT_ALL_CHILDREN)
            repaired = cursor.rowcount
        self.stdout.write(
            self.style.SUCCESS(f"Recounted: {repaired} of {len(wrong)} referrals corrected{more}.")
        )
