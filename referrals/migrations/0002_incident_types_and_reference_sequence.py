"""Seed the incident types and create the sequence that numbers referrals."""

from django.db import migrations

INCIDENT_TYPES = [
    ("domestic-abuse", "Domestic abuse", True),
    ("child-neglect", "Neglect", False),
    ("physical-abuse", "Physical abuse of a child", False),
    ("sexual-abuse", "Sexual abuse or exploitation", False),
    ("child-criminal-exploitation", "Child criminal exploitation", False),
    ("missing-child", "Missing child", False),
    ("parental-substance-misuse", "Parental substance misuse", False),
    ("parental-mental-health", "Parental mental health crisis", False),
    ("online-harm", "Online harm", False),
    ("other", "Other safeguarding concern", False),
]


def create_incident_types(apps, schema_editor) -> None:
    IncidentType = apps.get_model("referrals", "IncidentType")
    for order, (code, label, is_da) in enumerate(INCIDENT_TYPES):
        IncidentType.objects.get_or_create(
            code=code,
            defaults={"label": label, "is_domestic_abuse": is_da, "display_order": order},
        )


class Migration(migrations.Migration):
    dependencies = [("referrals", "0001_initial")]
    operations = [
        migrations.RunSQL(
            "CREATE SEQUENCE IF NOT EXISTS referral_reference_seq START 1",
            "DROP SEQUENCE IF EXISTS referral_reference_seq",
        ),
        migrations.RunPython(create_incident_types, migrations.RunPython.noop),
    ]
