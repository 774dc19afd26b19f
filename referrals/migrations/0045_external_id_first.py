"""A records system's or the import's own id unique with the external id first, so an import's
batch looks up its ids by the index instead of reading every referral the same source sent
before (referrals/access.py `intake_referrals`). The new index is built concurrently beside the
old one, which is then dropped, so intake is never without the constraint nor locked out."""

from django.db import migrations, models

NEW = (
    'CREATE UNIQUE INDEX CONCURRENTLY "referral_external_id_first" ON "referrals_referral" '
    '("external_id", "source_system") WHERE NOT ("external_id" = \'\')'
)
OLD = (
    'CREATE UNIQUE INDEX CONCURRENTLY "referral_external_id_unique" ON "referrals_referral" '
    '("source_system", "external_id") WHERE NOT ("external_id" = \'\')'
)
CONDITION = ~models.Q(external_id="")


class Migration(migrations.Migration):
    # CREATE INDEX CONCURRENTLY cannot run inside a transaction.
    atomic = False

    dependencies = [
        ("referrals", "0044_pending_match_candidate_index"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    NEW,
                    reverse_sql='DROP INDEX CONCURRENTLY IF EXISTS "referral_external_id_first"',
                ),
                migrations.RunSQL(
                    'DROP INDEX CONCURRENTLY "referral_external_id_unique"', reverse_sql=OLD
                ),
                migrations.RunSQL(
                    'ALTER INDEX "referral_external_id_first" RENAME TO "referral_external_id_unique"',
                    reverse_sql=(
                        'ALTER INDEX "referral_external_id_unique" '
                        'RENAME TO "referral_external_id_first"'
                    ),
                ),
            ],
            state_operations=[
                migrations.RemoveConstraint(
                    model_name="referral", name="referral_external_id_unique"
                ),
                migrations.AddConstraint(
                    model_name="referral",
                    constraint=models.UniqueConstraint(
                        fields=["external_id", "source_system"],
                        condition=CONDITION,
                        name="referral_external_id_unique",
                    ),
                ),
            ],
        ),
    ]
