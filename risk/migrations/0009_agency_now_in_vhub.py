import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("risk", "0008_catalogue_version_2"),
        ("vhub", "0002_agency_from_partners"),
    ]

    # Agency moved from partners to vhub (vhub/0002): the foreign keys point there. State only:
    # the table partners_agency keeps its name, so the database constraints are unchanged.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="qualityaudit",
                    name="local_authority",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="vhub.agency",
                    ),
                ),
                migrations.AlterField(
                    model_name="qualityaudit",
                    name="reviewer_agency",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="vhub.agency",
                    ),
                ),
                migrations.AlterField(
                    model_name="qualityauditsetting",
                    name="local_authority",
                    field=models.OneToOneField(
                        blank=True,
                        help_text="Blank for the default of every area.",
                        limit_choices_to={"kind": "la_childrens"},
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
