"""The frontline settings' one row, with its defaults (docs/frontline.md)."""

from django.db import migrations


def seed(apps, schema_editor):  # type: ignore[no-untyped-def]
    apps.get_model("risk", "FrontlineSetting").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("risk", "0010_frontline_quality_loop")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
