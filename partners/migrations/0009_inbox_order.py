"""The partner inbox's order stored on each share, with its index (partners/inbox.py), and the
keys of the existing shares computed from their responses, snapshots and open clocks."""

from django.db import migrations, models

# The same as partners.inbox.inbox_keys, frozen here as SQL (a migration must not import code
# that may change after it).
BACKFILL = """
UPDATE partners_share s SET
    inbox_done = EXISTS (
        SELECT 1 FROM partners_shareresponse r
        WHERE r.share_id = s.id AND (r.outcome > '' OR r.declined_at IS NOT NULL)
    ),
    inbox_grade_rank = CASE s.snapshot ->> 'grade'
        WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'standard' THEN 1 ELSE 0 END,
    inbox_due_at = (
        SELECT MIN(c.due_at) FROM referrals_slaclock c
        WHERE c.share_id = s.id AND c.state IN ('on_track', 'at_risk', 'breached')
    )
"""


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0008_random_upload_names"),
        ("referrals", "0019_queue_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="share",
            name="inbox_done",
            field=models.BooleanField(
                default=False,
                help_text="An outcome is recorded or the agency declined the share.",
            ),
        ),
        migrations.AddField(
            model_name="share",
            name="inbox_due_at",
            field=models.DateTimeField(
                blank=True,
                help_text="The due time of the share's earliest open clock.",
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="share",
            name="inbox_grade_rank",
            field=models.PositiveSmallIntegerField(
                default=0, help_text="The snapshot's grade: 3 high, 2 medium, 1 standard, 0 none."
            ),
        ),
        migrations.RunSQL(BACKFILL, reverse_sql=migrations.RunSQL.noop, elidable=True),
        migrations.AddIndex(
            model_name="share",
            index=models.Index(
                condition=models.Q(("status", "active")),
                fields=[
                    "agency",
                    "inbox_done",
                    "-inbox_grade_rank",
                    "inbox_due_at",
                    "created_at",
                    "id",
                ],
                name="share_inbox_order_idx",
            ),
        ),
    ]
