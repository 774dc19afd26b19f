import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("referrals", "0024_duty_rota_and_partner_outbox"),
        ("vhub", "0002_agency_from_partners"),
    ]

    # Agency moved from partners to vhub (vhub/0002): the foreign keys point there. State only:
    # the table partners_agency keeps its name, so the database constraints are unchanged.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="dutyrota",
                    name="area",
                    field=models.ForeignKey(
                        help_text="The local authority area whose referrals the team looks after.",
                        limit_choices_to={"kind": "la_childrens"},
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="duty_rota",
                        to="vhub.agency",
                    ),
                ),
                migrations.AlterField(
                    model_name="postcodedistrict",
                    name="local_authority",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="postcode_districts",
                        to="vhub.agency",
                    ),
                ),
                migrations.AlterField(
                    model_name="referral",
                    name="local_authority",
                    field=models.ForeignKey(
                        blank=True,
                        limit_choices_to={"kind": "la_childrens"},
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="area_referrals",
                        to="vhub.agency",
                    ),
                ),
                migrations.AlterField(
                    model_name="referralevent",
                    name="local_authority",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        limit_choices_to={"kind": "la_childrens"},
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        related_query_name="+",
                        to="vhub.agency",
                    ),
                ),
                migrations.AlterField(
                    model_name="termdates",
                    name="local_authority",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="terms",
                        to="vhub.agency",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
