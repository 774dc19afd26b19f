"""Version 1 of the SLA policy: the partnership MOU's timescales (DESIGN.md §5)."""

from django.db import migrations
from django.utils import timezone

H = 60
WORKING_DAY = 8 * 60  # minutes of working time in one working day (09:00-17:00)

# kind, grade ("" = any), calendar, minutes
TARGETS = [
    ("triage", "", "24x7", 2 * H),
    ("decision_to_share", "high", "24x7", 4 * H),
    ("decision_to_share", "medium", "working_hours", 1 * WORKING_DAY),
    ("decision_to_share", "standard", "working_hours", 3 * WORKING_DAY),
    # Until a referral has a grade it is timed as high: unknown risk is treated as the worst.
    ("decision_to_share", "", "24x7", 4 * H),
    ("supervisor_decision", "high", "24x7", 2 * H),
    ("supervisor_decision", "medium", "working_hours", 1 * WORKING_DAY),
    ("supervisor_decision", "standard", "working_hours", 1 * WORKING_DAY),
    ("supervisor_decision", "", "24x7", 2 * H),
    ("partner_ack", "", "working_hours", 1 * WORKING_DAY),
    ("partner_outcome", "high", "working_hours", 3 * WORKING_DAY),
    ("partner_outcome", "medium", "working_hours", 3 * WORKING_DAY),
    ("partner_outcome", "standard", "working_hours", 5 * WORKING_DAY),
    ("partner_outcome", "", "working_hours", 3 * WORKING_DAY),
    ("encompass", "", "school_days", 0),
    ("isr_urgent", "", "24x7", 4 * H),
    ("isr_routine", "", "working_hours", 5 * WORKING_DAY),
]


def seed(apps, schema_editor) -> None:
    Policy = apps.get_model("referrals", "SlaPolicyVersion")
    Target = apps.get_model("referrals", "SlaTarget")
    if Policy.objects.exists():
        return
    policy = Policy.objects.create(
        number=1, note="The partnership MOU's timescales.", created_at=timezone.now()
    )
    Target.objects.bulk_create(
        Target(policy=policy, kind=kind, grade=grade, calendar=calendar, minutes=minutes)
        for kind, grade, calendar, minutes in TARGETS
    )


class Migration(migrations.Migration):
    dependencies = [("referrals", "0004_sla_clocks")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
