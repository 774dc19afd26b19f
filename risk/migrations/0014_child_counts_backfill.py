"""The child counts of the referrals written before the triggers of risk 0013 and referrals
0038 existed, in batches of referral ids, each batch its own short transaction: one UPDATE over
every referral would hold a lock on each row it wrote until the last was written.

The triggers are in place before this runs and keep every referral written meanwhile, so a batch
only corrects what is wrong (a count already right is not written again). Before this migration
existed, risk 0013 did the same backfill in one statement; on a database that applied that 0013
this finds every count right and writes nothing."""

from django.db import migrations, transaction
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

BATCH = 5_000  # referral ids per transaction

RECOUNT = """
UPDATE referrals_referral r
SET (child_count, voiced_children_count, reason_only_children_count,
     sent_children_count, complete_children_count)
  = (c.children, c.voiced, c.reason_only, c.sent, c.complete)
FROM (
    SELECT s.referral_id AS id,
           COUNT(*) AS children,
           COUNT(*) FILTER (WHERE s.voice_of_child <> '') AS voiced,
           COUNT(*) FILTER (WHERE s.voice_of_child = ''
                              AND s.voice_not_captured_reason <> '') AS reason_only,
           COUNT(o.id) AS sent,
           COUNT(*) FILTER (WHERE o.complete) AS complete
    FROM referrals_referralsubject s
    LEFT JOIN risk_childriskassessment a ON a.subject_id = s.id
    LEFT JOIN risk_officersubmission o ON o.assessment_id = a.id
    WHERE s.role = 'child' AND s.referral_id >= %(low)s AND s.referral_id < %(high)s
    GROUP BY s.referral_id
) AS c
WHERE r.id = c.id
  AND (r.child_count, r.voiced_children_count, r.reason_only_children_count,
       r.sent_children_count, r.complete_children_count)
  IS DISTINCT FROM (c.children, c.voiced, c.reason_only, c.sent, c.complete)
"""


def backfill(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        cursor.execute("SELECT min(id), max(id) FROM referrals_referral")
        first, last = cursor.fetchone()
    if first is None:
        return
    for low in range(first, last + 1, BATCH):
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute(RECOUNT, {"low": low, "high": low + BATCH})


class Migration(migrations.Migration):
    # Each batch commits on its own.
    atomic = False

    dependencies = [
        ("risk", "0013_child_counts"),
    ]

    operations = [
        migrations.RunPython(backfill, migrations.RunPython.noop, elidable=True),
    ]
