import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("vhub", "0001_initial"),
        ("partners", "0010_partner_notices"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    # Agency moves from partners to the kernel: its table (partners_agency) stays as it is, so only
    # Django's record of which app owns the model changes.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Agency",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("name", models.CharField(max_length=200, unique=True)),
                        ("slug", models.SlugField(max_length=80, unique=True)),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("police", "Police force"),
                                    ("la_childrens", "Local authority children's services"),
                                    ("school", "School"),
                                    ("health", "Health"),
                                    ("marac", "MARAC"),
                                    ("adult_social_care", "Adult social care"),
                                ],
                                max_length=30,
                            ),
                        ),
                        (
                            "area",
                            models.CharField(
                                blank=True,
                                help_text="Local authority area the agency serves.",
                                max_length=100,
                            ),
                        ),
                        ("email", models.EmailField(blank=True, max_length=254)),
                        ("is_active", models.BooleanField(default=True)),
                        (
                            "group",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="agency",
                                to="auth.group",
                            ),
                        ),
                        (
                            "safeguarding_leads",
                            models.ManyToManyField(
                                blank=True,
                                related_name="safeguarding_lead_for",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name_plural": "agencies",
                        "db_table": "partners_agency",
                        "ordering": ["name"],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
