import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("dashboards", "0003_daily_statistics"),
        ("vhub", "0002_agency_from_partners"),
    ]

    # Agency moved from partners to vhub (vhub/0002): the foreign keys point there. State only:
    # the table partners_agency keeps its name, so the database constraints are unchanged.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="dailycompliance",
                    name="agency",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="vhub.agency",
                    ),
                ),
                migrations.AlterField(
                    model_name="dailycompliance",
                    name="local_authority",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="vhub.agency",
                    ),
                ),
                migrations.AlterField(
                    model_name="dailyflow",
                    name="local_authority",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="vhub.agency",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
