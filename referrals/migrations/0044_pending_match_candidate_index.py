"""The undecided probable matches by candidate, so an intake's repeat recount looks up the
matches its children are the candidate of instead of reading every undecided match
(referrals/repeats.py). Built concurrently: the matches are not locked."""

from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    # CREATE INDEX CONCURRENTLY cannot run inside a transaction.
    atomic = False

    dependencies = [
        ("referrals", "0043_configuration_triggers"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="personmatch",
            index=models.Index(
                fields=["candidate", "subject"],
                name="match_pending_candidate_idx",
                condition=models.Q(status="suggested", probable=True),
            ),
        ),
    ]
