"""manage.py demo_logins: print the demonstration accounts (development only)."""

from typing import Any

from django.core.management.base import BaseCommand

from vhub.demo import DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS, demo_totp_code


class Command(BaseCommand):
    help = "Print the demonstration logins that seed_demo creates."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"  Demo logins (password for all: {DEMO_PASSWORD})")
        self.stdout.write(
            f"  Two-factor code for all, now: {demo_totp_code()} (changes every 30 seconds; "
            f"add key {DEMO_TOTP_SECRET} to an authenticator app, or run "
            "`python manage.py demo_logins` again)"
        )
        for username, first, last, role, agency in DEMO_USERS:
            self.stdout.write(f"    {username:<24} {role:<14} {first} {last} ({agency})")
