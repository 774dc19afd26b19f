import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_oidc_subject"),
        ("vhub", "0002_agency_from_partners"),
    ]

    # Agency moved from partners to vhub (vhub/0002): the foreign keys point there. State only:
    # the table partners_agency keeps its name, so the database constraints are unchanged.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="user",
                    name="agency",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="The agency this person works for; partner users see only its shares.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="users",
                        to="vhub.agency",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
