import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0007_anchored_chain_truncate_refused"),
        ("vhub", "0002_agency_from_partners"),
    ]

    # Agency moved from partners to vhub (vhub/0002): the foreign keys point there. State only:
    # the table partners_agency keeps its name, so the database constraints are unchanged.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="auditevent",
                    name="agency",
                    field=models.ForeignKey(
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="vhub.agency",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
