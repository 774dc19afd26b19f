"""Seed the monthly quality-audit sample: 5 assessments per area unless an area says otherwise."""

from django.db import migrations


def seed(apps, schema_editor) -> None:
    Setting = apps.get_model("risk", "QualityAuditSetting")
    if not Setting.objects.filter(local_authority__isnull=True).exists():
        Setting.objects.create(local_authority=None, sample_size=5)


class Migration(migrations.Migration):
    dependencies = [("risk", "0004_quality_audits")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
