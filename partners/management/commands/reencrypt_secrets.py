"""manage.py reencrypt_secrets: after rotating SECRET_KEY, rewrite every secret VHub keeps
encrypted (webhook signing secrets) under the new key; then the old key can leave
SECRET_KEY_FALLBACKS (docs/security.md)."""

from typing import Any

from django.core.management.base import BaseCommand

from audit.context import RequestContext, reset_context, set_context
from partners.webhooks import do_reencrypt_webhook_secrets


class Command(BaseCommand):
    help = "Re-encrypt the stored webhook signing secrets under the current SECRET_KEY."

    def handle(self, *args: Any, **options: Any) -> None:
        token = set_context(RequestContext(channel="command"))
        try:
            rewritten = do_reencrypt_webhook_secrets(actor=None)
        finally:
            reset_context(token)
        self.stdout.write(
            f"{rewritten} webhook signing secrets re-encrypted under the current key."
        )
