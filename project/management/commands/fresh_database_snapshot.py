"""manage.py fresh_database_snapshot: write project/fresh_database.sql again, from a scratch
database migrated from nothing on the embedded server (project/fresh_database.py)."""

import sys
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from project import fresh_database
from vhub.embedded import embedded_database_url


class Command(BaseCommand):
    help = "Write project/fresh_database.sql: the dump of a database migrated from nothing."

    def handle(self, *args: Any, **options: Any) -> None:
        # The embedded server is the one `make run` loads the snapshot into; its administrator
        # creates and drops the scratch database.
        server = embedded_database_url(settings.VAR_DIR)
        migrate = [sys.executable, str(settings.BASE_DIR / "manage.py"), "migrate", "--no-input"]
        fresh_database.write_snapshot(server, migrate)
        self.stdout.write(f"Wrote {fresh_database.SNAPSHOT}.")
