"""Version 2 of the risk reader's catalogue, as shipped: published when the installation still
runs the shipped version 1. An installation whose managers have published versions of their own
keeps them; the shipped file can be pasted in on the catalogue page (docs/risk.md). Open
referrals read under version 1 are read again by `manage.py reread_referrals` (make run and the
deployment steps run it after migrating)."""

import json
from pathlib import Path

from django.db import migrations
from django.utils import timezone

DATA = Path(__file__).resolve().parent.parent / "data"


def publish_version_2(apps, schema_editor) -> None:
    Version = apps.get_model("risk", "IndicatorCatalogueVersion")
    newest = Version.objects.order_by("-number").first()
    shipped_1 = json.loads((DATA / "catalogue-1.json").read_text(encoding="utf-8"))
    if newest is None or (newest.number == 1 and newest.content == shipped_1):
        Version.objects.create(
            number=(newest.number + 1) if newest else 1,
            note="Shipped version 2: babies named early are known by name when an injury is "
            "told later; more threat, weapon and sexual-abuse wordings; everyday idioms "
            "excluded (dead tired, gun-metal grey, stabbed in the back); words of the trade "
            "never read as misspellings. Measured on seven writers' narratives (docs/risk.md).",
            content=json.loads((DATA / "catalogue-2.json").read_text(encoding="utf-8")),
            created_at=timezone.now(),
        )


class Migration(migrations.Migration):
    dependencies = [("risk", "0007_risk_reader")]

    operations = [migrations.RunPython(publish_version_2, migrations.RunPython.noop)]
