"""Webhook signing secrets encrypted at rest (vhub/crypto.py): the column widens to text and
every stored plaintext secret is rewritten as a token (and back, on reversing)."""

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

import vhub.crypto


def _rewrite(schema_editor: BaseDatabaseSchemaEditor, *, plain: bool) -> None:
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT id, secret FROM partners_webhooksubscription")
        rows = cursor.fetchall()
        for pk, stored in rows:
            is_plain = stored.startswith("whsec_")
            if plain and not is_plain:
                value = vhub.crypto.decrypt(stored)
            elif not plain and is_plain:
                value = vhub.crypto.encrypt(stored)
            else:
                continue
            cursor.execute(
                "UPDATE partners_webhooksubscription SET secret = %s WHERE id = %s", [value, pk]
            )


def encrypt_secrets(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    _rewrite(schema_editor, plain=False)


def decrypt_secrets(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    _rewrite(schema_editor, plain=True)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0014_share_and_message_attachments"),
    ]

    operations = [
        migrations.AlterField(
            model_name="webhooksubscription",
            name="secret",
            field=vhub.crypto.EncryptedTextField(),
        ),
        migrations.RunPython(encrypt_secrets, decrypt_secrets),
    ]
