"""manage.py check_child_counts [--repair]: compare what database triggers keep for the children
of every referral with the rows they are kept from, and say which differ; `--repair` writes them
again. Two kinds: the counts of children every referral keeps (`referrals.models.CHILD_COUNTS`:
unassessed, and the frontline figures' children, voices and officers' assessments), recounted
from the rows; and each subject's copies of its referral's incident time, local authority and
being merged (`ReferralSubject.referral_incident_at`, `referral_area`, `referral_merged`, which
the dashboard's repeat children read), compared with the referral."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction

from referrals.models import (
    CHILD_COUNTS,
    COPY_ALL_REFERRALS_TO_SUBJECTS,
    MISCOUNTED_CHILDREN,
    RECOUNT_ALL_CHILDREN,
    SUBJECT_COPIES_DIFFER,
)

SHOWN = 20


def _more(wrong: list[tuple[Any, ...]]) -> str:
    return f" (the first {SHOWN} shown)" if len(wrong) > SHOWN else ""


class Command(BaseCommand):
    help = (
        "Check the counts of children each referral keeps against its children's rows, and each "
        "subject's copies of its referral against the referral; exits non-zero naming those that "
        "differ, or writes them again with --repair."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--repair",
            action="store_true",
            help=(
                "Recount every referral's counts and copy every referral to its subjects "
                "(derived data; writes only those that differ)."
            ),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        with connection.cursor() as cursor:
            cursor.execute(MISCOUNTED_CHILDREN)
            miscounted = cursor.fetchall()
            cursor.execute(SUBJECT_COPIES_DIFFER)
            miscopied = cursor.fetchall()
        if not miscounted and not miscopied:
            self.stdout.write(
                self.style.SUCCESS(
                    "Every referral's counts of children and every subject's copies of its "
                    "referral are right."
                )
            )
            return
        n = len(CHILD_COUNTS)
        for _pk, reference, *counts in miscounted[:SHOWN]:
            kept, counted = counts[:n], counts[n:]
            differ = ", ".join(
                f"{name} {k} (counted {c})"
                for name, k, c in zip(CHILD_COUNTS, kept, counted, strict=True)
                if k != c
            )
            self.stdout.write(f"{reference}: {differ}")
        for pk, reference in miscopied[:SHOWN]:
            self.stdout.write(f"{reference}: subject {pk}'s copies of its referral differ")
        if not options["repair"]:
            found = []
            if miscounted:
                found.append(
                    f"{len(miscounted)} referrals keep wrong counts of children{_more(miscounted)}"
                )
            if miscopied:
                found.append(
                    f"{len(miscopied)} subjects keep wrong copies of their referral"
                    f"{_more(miscopied)}"
                )
            raise CommandError("; ".join(found) + ".")
        recounted = copied = 0
        with transaction.atomic(), connection.cursor() as cursor:
            if miscounted:
                cursor.execute(RECOUNT_ALL_CHILDREN)
                recounted = cursor.rowcount
            if miscopied:
                cursor.execute(COPY_ALL_REFERRALS_TO_SUBJECTS)
                copied = cursor.rowcount
        if miscounted:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Recounted: {recounted} of {len(miscounted)} referrals corrected"
                    f"{_more(miscounted)}."
                )
            )
        if miscopied:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Copied: {copied} of {len(miscopied)} subjects corrected{_more(miscopied)}."
                )
            )
