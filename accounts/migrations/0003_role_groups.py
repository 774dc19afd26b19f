"""Create one group per role of DESIGN.md §2."""

from django.db import migrations

ROLES = [
    "officer",
    "practitioner",
    "supervisor",
    "manager",
    "partner_user",
    "partner_lead",
    "auditor",
    "admin",
]


def create_groups(apps, schema_editor) -> None:
    Group = apps.get_model("auth", "Group")
    for name in ROLES:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_initial"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
