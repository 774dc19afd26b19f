"""Priority points for the risk reader's signals (DESIGN.md §5): a referral whose words describe
high risk ranks near the top before anyone has opened it."""

from django.db import migrations

WEIGHTS = [
    (
        "signal_each",
        "Each sign of high risk the risk reader found in the text",
        50,
        "Counted once per indicator (strangulation, weapon…), stated or reported.",
    ),
    ("signal_cap", "Most signs counted", 3, "A cap, not points."),
]


def seed(apps, schema_editor) -> None:
    Weight = apps.get_model("referrals", "PriorityWeight")
    for code, label, points, help_text in WEIGHTS:
        Weight.objects.update_or_create(
            code=code, defaults={"label": label, "points": points, "help_text": help_text}
        )


def unseed(apps, schema_editor) -> None:
    apps.get_model("referrals", "PriorityWeight").objects.filter(
        code__in=[w[0] for w in WEIGHTS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("referrals", "0020_dashboard_indexes"), ("risk", "0007_risk_reader")]
    operations = [migrations.RunPython(seed, unseed)]
