"""The received-date index with the child counts (its columns as 0038 first built it), built
without locking the referrals: CREATE INDEX CONCURRENTLY under a new name, the old index dropped
concurrently, then the new one renamed. Queries keep an index on received_at throughout.

Before this migration existed, 0038 rebuilt the index itself, inside its transaction, and held
writes to the referrals for the whole build. A database that applied that 0038 already has this
index: here it is built again beside itself and swapped, without a lock; the end state is the
same."""

from django.contrib.postgres.operations import AddIndexConcurrently, RemoveIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    # CREATE and DROP INDEX CONCURRENTLY cannot run inside a transaction.
    atomic = False

    dependencies = [
        ("referrals", "0038_child_counts"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="referral",
            index=models.Index(
                fields=["received_at", "id"],
                include=(
                    "status",
                    "local_authority",
                    "submitted_by",
                    "current_grade",
                    "incident_type",
                    "child_count",
                    "voiced_children_count",
                    "reason_only_children_count",
                    "sent_children_count",
                    "complete_children_count",
                ),
                name="referral_received_new",
            ),
        ),
        RemoveIndexConcurrently(model_name="referral", name="referral_received_idx"),
        migrations.RenameIndex(
            model_name="referral",
            new_name="referral_received_idx",
            old_name="referral_received_new",
        ),
    ]
