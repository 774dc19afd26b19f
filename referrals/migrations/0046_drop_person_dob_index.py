"""person_dob_idx (every person by date of birth) goes: each read of people by date of birth
is of the people not merged away (matching, the search), which person_live_birth serves with
the columns they read besides (migration 0041). Dropped concurrently: the people are not
locked while it goes."""

from django.contrib.postgres.operations import RemoveIndexConcurrently
from django.db import migrations


class Migration(migrations.Migration):
    # DROP INDEX CONCURRENTLY cannot run inside a transaction.
    atomic = False

    dependencies = [
        ("referrals", "0045_external_id_first"),
    ]

    operations = [
        RemoveIndexConcurrently(model_name="person", name="person_dob_idx"),
    ]
