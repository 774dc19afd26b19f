"""Seed the retention periods (docs/audit.md): review 6 years after a referral ends, 10 years
when a child was graded high. Managers and the records manager change them in the admin."""

from django.db import migrations

RULES = [
    (
        "",
        "",
        6,
        "Default: review 6 years after the referral ended (APP Information Management, "
        "Management of Police Information, group 3).",
    ),
    (
        "high",
        "",
        10,
        "A child graded high risk: review 10 years after the referral ended (MoPI group 2, "
        "public protection).",
    ),
]


def seed(apps, schema_editor) -> None:
    RetentionRule = apps.get_model("audit", "RetentionRule")
    for grade, outcome, years, note in RULES:
        RetentionRule.objects.get_or_create(
            grade=grade, outcome=outcome, defaults={"years": years, "note": note}
        )


class Migration(migrations.Migration):
    dependencies = [("audit", "0003_retention")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
