"""The SLA sweep reads only the clocks whose next escalation is due (referrals/escalation.py).

Each clock counts the rungs of its ladder already escalated, from the ledger (the count the
sweep keeps from now on); `next_escalation_at`, generated from it and the clock's times, is
indexed over the open clocks the sweep escalates."""

from django.db import migrations, models

# The sweep's own count (referrals/escalation.py: COUNT_ESCALATED_LEVELS), over every clock
# already escalated; written out here so the migration does not change if that module does.
BACKFILL = """
UPDATE referrals_slaclock c SET escalated_levels = counted.n
FROM (
    SELECT c.id,
        CASE WHEN NOT EXISTS (SELECT 1 FROM referrals_escalation e
                              WHERE e.clock_id = c.id AND e.level = 'at_risk') THEN 0
             WHEN NOT EXISTS (SELECT 1 FROM referrals_escalation e
                              WHERE e.clock_id = c.id AND e.level = 'breached') THEN 1
             WHEN NOT EXISTS (SELECT 1 FROM referrals_escalation e
                              WHERE e.clock_id = c.id AND e.level = 'breached_further') THEN 2
             ELSE 3 END AS n
    FROM referrals_slaclock c
    WHERE c.id IN (SELECT clock_id FROM referrals_escalation)
) counted
WHERE c.id = counted.id AND c.escalated_levels <> counted.n
"""


class Migration(migrations.Migration):
    dependencies = [
        ("referrals", "0031_person_names"),
    ]

    operations = [
        migrations.AddField(
            model_name="slaclock",
            name="escalated_levels",
            field=models.PositiveSmallIntegerField(db_default=0, default=0),
        ),
        migrations.RunSQL(BACKFILL, migrations.RunSQL.noop),
        migrations.AddField(
            model_name="slaclock",
            name="next_escalation_at",
            field=models.GeneratedField(
                db_persist=True,
                expression=models.Case(
                    models.When(escalated_levels=0, then=models.F("warn_at")),
                    models.When(escalated_levels=1, then=models.F("due_at")),
                    models.When(escalated_levels=2, then=models.F("escalate_at")),
                    default=None,
                ),
                output_field=models.DateTimeField(null=True),
            ),
        ),
        migrations.AddIndex(
            model_name="slaclock",
            index=models.Index(
                condition=models.Q(
                    ("breached_before_import", False),
                    ("state__in", ["on_track", "at_risk", "breached"]),
                ),
                fields=["next_escalation_at"],
                name="clock_next_escalation_idx",
            ),
        ),
    ]
