"""manage.py create_integration_client NAME SOURCE_SYSTEM: register a records system and print
its token (shown this once; only its hash is kept)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit.context import RequestContext, set_context
from referrals.integration import do_create_integration_client
from vhub.errors import ActionError


class Command(BaseCommand):
    help = "Register a records system that may push referrals, and print its token once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name")
        parser.add_argument("source_system")

    def handle(self, *args: Any, **options: Any) -> None:
        set_context(RequestContext(channel="command"))
        try:
            client, token = do_create_integration_client(
                actor=None, name=options["name"], source_system=options["source_system"]
            )
        except ActionError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(f"Integration client {client.name} ({client.source_system}) created.")
        self.stdout.write(f"Token (shown once, store it in the records system): {token}")
