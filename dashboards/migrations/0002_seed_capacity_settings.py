"""The capacity rule's defaults (DESIGN.md §8): configuration as a row managers edit."""

from django.db import migrations


def seed(apps, schema_editor) -> None:
    CapacitySettings = apps.get_model("dashboards", "CapacitySettings")
    CapacitySettings.objects.get_or_create(
        pk=1, defaults={"inflow_margin_percent": 10, "max_clearance_days": 14, "trend_days": 28}
    )


class Migration(migrations.Migration):
    dependencies = [("dashboards", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
