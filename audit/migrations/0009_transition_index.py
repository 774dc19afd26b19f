from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("audit", "0008_agency_now_in_vhub"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="auditevent",
            index=models.Index(
                condition=models.Q(("action", "referral.transition")),
                fields=["occurred_at"],
                name="audit_transition_idx",
            ),
        ),
    ]
