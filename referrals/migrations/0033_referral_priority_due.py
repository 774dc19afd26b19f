"""When each open referral's score next changes with time alone (referrals/priority.py): the
five-minute re-prioritisation rescores only the referrals due. Every open referral is due at
once, so the first run after this migration rescores them all and fills it in."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("referrals", "0032_clock_next_escalation"),
    ]

    operations = [
        migrations.AddField(
            model_name="referral",
            name="priority_due_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddIndex(
            model_name="referral",
            index=models.Index(
                condition=models.Q(
                    (
                        "status__in",
                        (
                            "submitted",
                            "in_triage",
                            "returned_to_officer",
                            "awaiting_approval",
                            "returned",
                            "approved",
                        ),
                    )
                ),
                fields=["priority_due_at"],
                name="referral_priority_due_idx",
            ),
        ),
        migrations.RunSQL(
            "UPDATE referrals_referral SET priority_due_at = now() WHERE status IN "
            "('submitted', 'in_triage', 'returned_to_officer', 'awaiting_approval', 'returned', "
            "'approved')",
            migrations.RunSQL.noop,
        ),
    ]
