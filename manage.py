#!/usr/bin/env python
"""Django's command-line utility for VHub."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vhub.settings")
    if sys.argv[1:2] == ["migrate"]:
        # Migrations change the schema: they connect as the tables' owner (DATABASE_OWNER_URL);
        # every other command as the application's role (vhub/settings.py, "Database").
        os.environ.setdefault("VHUB_DATABASE_AS_OWNER", "true")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
