"""Seed the priority weights and each incident type's weight."""

from django.db import migrations

WEIGHTS = [
    ("grade_high", "Grade: high", 100, "An approved or provisional grade of high."),
    ("grade_medium", "Grade: medium", 50, ""),
    ("grade_standard", "Grade: standard", 10, ""),
    ("grade_none", "Not graded yet", 60, "Unknown risk ranks close to high until triaged."),
    ("age_under_1", "Youngest child under 1", 40, ""),
    ("age_under_5", "Youngest child under 5", 20, ""),
    ("repeat_each", "Each other referral for the child in 12 months", 10, ""),
    ("repeat_cap", "Most other referrals counted", 5, "A cap, not points."),
    ("flag_each", "Each open under-grading flag", 30, ""),
    ("sla_used", "SLA pressure: fraction of the most pressed clock used", 40, ""),
    ("sla_breached", "SLA breached", 80, "Replaces the fraction when any clock is breached."),
    ("wait_per_day", "Each day waiting", 5, ""),
    ("wait_cap", "Most points for waiting", 60, "A cap on the waiting points."),
]

INCIDENT_WEIGHTS = {
    "sexual-abuse": 30,
    "physical-abuse": 25,
    "domestic-abuse": 20,
    "child-criminal-exploitation": 20,
    "child-neglect": 15,
    "missing-child": 15,
    "parental-substance-misuse": 10,
    "parental-mental-health": 10,
    "online-harm": 10,
    "other": 5,
}


def seed(apps, schema_editor) -> None:
    Weight = apps.get_model("referrals", "PriorityWeight")
    IncidentType = apps.get_model("referrals", "IncidentType")
    for code, label, points, help_text in WEIGHTS:
        Weight.objects.get_or_create(
            code=code, defaults={"label": label, "points": points, "help_text": help_text}
        )
    for code, points in INCIDENT_WEIGHTS.items():
        IncidentType.objects.filter(code=code).update(priority_weight=points)


class Migration(migrations.Migration):
    dependencies = [("referrals", "0006_priority_weights")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
