import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0010_partner_notices"),
        ("vhub", "0002_agency_from_partners"),
        ("accounts", "0006_agency_now_in_vhub"),
        ("audit", "0008_agency_now_in_vhub"),
        ("dashboards", "0004_agency_now_in_vhub"),
        ("referrals", "0025_agency_now_in_vhub"),
        ("risk", "0009_agency_now_in_vhub"),
    ]

    # Agency now lives in vhub (vhub/0002): the foreign keys point there and partners forgets the
    # model. State only: the table partners_agency and every constraint stay as they are.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="informationrequest",
                    name="agency",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="isrs",
                        to="vhub.agency",
                    ),
                ),
                migrations.AlterField(
                    model_name="shareevent",
                    name="agency",
                    field=models.ForeignKey(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="vhub.agency",
                    ),
                ),
                migrations.AlterField(
                    model_name="share",
                    name="agency",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="shares",
                        to="vhub.agency",
                    ),
                ),
                migrations.AlterField(
                    model_name="encompassnotice",
                    name="agency",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="vhub.agency",
                    ),
                ),
                migrations.AlterField(
                    model_name="partnernotice",
                    name="agency",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notices",
                        to="vhub.agency",
                    ),
                ),
                migrations.DeleteModel(
                    name="Agency",
                ),
            ],
            database_operations=[],
        ),
    ]
