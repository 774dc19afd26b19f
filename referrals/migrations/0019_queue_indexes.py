"""Indexes for the triage queue (DESIGN.md §10), all but one on the open referrals only: the
queue's order, so a page is the first rows of an index; the references its search matches
exactly; and a trigram index on first names for its search by name (last names have one since
0001)."""

import django.contrib.postgres.indexes
import django.db.models.functions.text
from django.db import migrations, models

OPEN_STATUSES = (
    "submitted",
    "in_triage",
    "returned_to_officer",
    "awaiting_approval",
    "returned",
    "approved",
)


class Migration(migrations.Migration):
    dependencies = [
        ("referrals", "0018_random_upload_names"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="person",
            index=django.contrib.postgres.indexes.GinIndex(
                django.contrib.postgres.indexes.OpClass(
                    django.db.models.functions.text.Lower("first_name"), name="gin_trgm_ops"
                ),
                name="person_first_name_trgm",
            ),
        ),
        migrations.AddIndex(
            model_name="referral",
            index=models.Index(
                condition=models.Q(("status__in", OPEN_STATUSES)),
                fields=["-priority_score", "received_at", "id"],
                name="referral_open_queue_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="referral",
            index=models.Index(
                django.db.models.functions.text.Upper("reference"),
                condition=models.Q(("status__in", OPEN_STATUSES)),
                name="referral_open_reference_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="referral",
            index=models.Index(
                django.db.models.functions.text.Upper("incident_reference"),
                condition=models.Q(("status__in", OPEN_STATUSES)),
                name="referral_open_incident_idx",
            ),
        ),
    ]
