"""manage.py create_partner_system AGENCY NAME: register an agency's case system for the partner
API and print its token (shown this once; only its hash is kept)."""

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from audit.context import RequestContext, reset_context, set_context
from partners.models import Agency
from partners.systems import do_register_partner_system
from vhub.errors import ActionError


class Command(BaseCommand):
    help = "Register a partner agency's case system for the partner API, and print its token once."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("agency", help="The agency's slug, e.g. herefordshire-cs.")
        parser.add_argument("name", help="What the agency calls the system, e.g. Mosaic.")

    def handle(self, *args: Any, **options: Any) -> None:
        # Reset afterwards: a command run inside another process (a test) must not leave its
        # audit channel behind for what runs next.
        token = set_context(RequestContext(channel="command"))
        try:
            self._register(options)
        finally:
            reset_context(token)

    def _register(self, options: dict[str, Any]) -> None:
        agency = Agency.objects.filter(slug=options["agency"]).first()
        if agency is None:
            slugs = ", ".join(Agency.objects.values_list("slug", flat=True))
            raise CommandError(f"No agency {options['agency']}. Agencies: {slugs}.")
        try:
            system, token = do_register_partner_system(
                actor=None, agency=agency, name=options["name"]
            )
        except ActionError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(f"Case system {system.name} of {agency} registered.")
        self.stdout.write(f"Token (shown once, store it in the system): {token}")
