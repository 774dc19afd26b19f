"""The people's lower-cased last and first names with their id, so a search by name alone reads
each name pair's people in order of id, only as many as the page shows (referrals/search.py).
It replaces the index on the two names alone, which served the same lookups. Both are built and
dropped concurrently: the people are not locked."""

from django.contrib.postgres.operations import AddIndexConcurrently, RemoveIndexConcurrently
from django.db import migrations, models
from django.db.models.functions import Lower


class Migration(migrations.Migration):
    # CREATE and DROP INDEX CONCURRENTLY cannot run inside a transaction.
    atomic = False

    dependencies = [
        ("referrals", "0039_referral_received_index_concurrently"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="person",
            index=models.Index(
                Lower("last_name"),
                Lower("first_name"),
                models.F("id"),
                condition=models.Q(merged_into__isnull=True),
                name="person_live_last_first_id",
            ),
        ),
        RemoveIndexConcurrently(model_name="person", name="person_live_last_first"),
    ]
