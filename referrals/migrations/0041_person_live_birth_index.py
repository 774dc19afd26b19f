"""The people not merged away by date of birth, with what matching reads of each (their id,
names, address and postcode), so comparing a new child with everyone born the same day is an
index-only scan (referrals/matching.py). Built concurrently: the people are not locked."""

from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    # CREATE INDEX CONCURRENTLY cannot run inside a transaction.
    atomic = False

    dependencies = [
        ("referrals", "0040_person_pair_index"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="person",
            index=models.Index(
                fields=["date_of_birth"],
                include=["id", "first_name", "last_name", "address", "postcode"],
                condition=models.Q(merged_into__isnull=True),
                name="person_live_birth",
            ),
        ),
    ]
