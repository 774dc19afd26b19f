"""GIN indexes on the referrals and people that list views name (audit.actions.record_list_view),
built concurrently: the audit table is the largest in the database and is written on every
request, so it must not be locked while the index builds."""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations
from django.db.models.fields.json import KeyTransform


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("audit", "0005_search_indexes"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="auditevent",
            index=GinIndex(
                OpClass(KeyTransform("referrals", "details"), name="jsonb_path_ops"),
                name="audit_listed_referrals_idx",
            ),
        ),
        AddIndexConcurrently(
            model_name="auditevent",
            index=GinIndex(
                OpClass(KeyTransform("people", "details"), name="jsonb_path_ops"),
                name="audit_listed_people_idx",
            ),
        ),
    ]
