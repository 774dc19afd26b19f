"""The area single point of contact role (DESIGN.md §2): its group."""

from django.db import migrations


def create_group(apps, schema_editor):  # type: ignore[no-untyped-def]
    apps.get_model("auth", "Group").objects.get_or_create(name="area_spoc")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0006_agency_now_in_vhub")]
    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
