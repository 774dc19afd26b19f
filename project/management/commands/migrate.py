"""manage.py migrate, with `--from-snapshot`: an empty database is first given the snapshot of
a freshly migrated one (project/fresh_database.py), then migrated as usual. Without the option,
or when the snapshot does not fit the database, it is Django's migrate unchanged."""

from typing import Any

from django.core.management.base import CommandParser
from django.core.management.commands.migrate import Command as DjangoMigrate
from django.db import connections

from project import fresh_database


class Command(DjangoMigrate):
    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--from-snapshot",
            action="store_true",
            help="Load project/fresh_database.sql first when the database is empty "
            "(`make migrate` does: a first `make run` migrates in seconds).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        # Only for a whole migrate that changes the database (not --plan, --check or one app).
        whole = not (options["plan"] or options["check_unapplied"] or options["app_label"])
        if options["from_snapshot"] and whole:
            connection = connections[options["database"]]
            why_not = fresh_database.usable(connection)
            if why_not:
                if options["verbosity"] >= 2:
                    self.stdout.write(f"Not loading the fresh-database snapshot: {why_not}.")
            else:
                fresh_database.load(connection)
                self.stdout.write(
                    "Loaded the fresh-database snapshot (project/fresh_database.sql); "
                    "migrations after it follow."
                )
        super().handle(*args, **options)
