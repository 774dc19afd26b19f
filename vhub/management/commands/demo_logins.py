"""manage.py demo_logins: print the demonstration accounts (development only)."""

from typing import Any

from django.core.management.base import BaseCommand

from vhub.demo import demo_logins


class Command(BaseCommand):
    help = "Print the demonstration logins that seed_demo creates."

    def handle(self, *args: Any, **options: Any) -> None:
        for line in demo_logins():
            self.stdout.write(line)
