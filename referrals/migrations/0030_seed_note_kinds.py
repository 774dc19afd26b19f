"""The kinds of case note a practitioner starts with; managers edit them in the admin."""

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

KINDS = [
    ("research", "Research", "What you checked, where, and what you found", False),
    ("contact_attempt", "Contact attempt", "Whom you tried to reach, how, and the result", False),
    (
        "strategy_discussion",
        "Strategy discussion",
        "Who took part, what was decided and by whom",
        False,
    ),
    (
        "management_oversight",
        "Management oversight",
        "A supervisor's direction on the case: quality audits read these",
        True,
    ),
    ("other", "Other", "", False),
]


def seed(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    NoteKind = apps.get_model("referrals", "NoteKind")
    for position, (code, label, hint, oversight) in enumerate(KINDS):
        NoteKind.objects.update_or_create(
            code=code,
            defaults={
                "label": label,
                "hint": hint,
                "management_oversight": oversight,
                "correction_minutes": 15,
                "position": position,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("referrals", "0029_case_notes_and_attachments")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
