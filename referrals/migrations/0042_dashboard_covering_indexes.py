"""The dashboard's covering indexes, built without locking the tables (non-atomic: PostgreSQL
builds an index CONCURRENTLY outside a transaction). While the repeat index is rebuilt the
dashboard's repeat children read the subjects without it: slower for a minute, never wrong."""

from django.contrib.postgres.operations import AddIndexConcurrently, RemoveIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("partners", "0015_webhook_secret_encrypted"),
        ("referrals", "0041_person_live_birth_index"),
    ]

    operations = [
        RemoveIndexConcurrently(
            model_name="referralsubject",
            name="subject_repeat_idx",
        ),
        AddIndexConcurrently(
            model_name="referralsubject",
            index=models.Index(
                condition=models.Q(
                    ("role", "child"),
                    models.Q(
                        ("probable_short__gte", 3), ("probable_long__gte", 3), _connector="OR"
                    ),
                ),
                fields=["referral"],
                include=(
                    "person",
                    "probable_short",
                    "probable_long",
                    "repeat_short",
                    "repeat_long",
                ),
                name="subject_repeat_idx",
            ),
        ),
        AddIndexConcurrently(
            model_name="slaclock",
            index=models.Index(
                condition=models.Q(("state", "breached")),
                fields=["kind", "grade_used", "breached_before_import"],
                include=("referral",),
                name="clock_breached_idx",
            ),
        ),
    ]
