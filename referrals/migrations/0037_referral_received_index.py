from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("referrals", "0036_subject_repeat_index"),
    ]

    operations = [
        migrations.AlterField(
            model_name="referral",
            name="received_at",
            field=models.DateTimeField(),
        ),
        migrations.AddIndex(
            model_name="referral",
            index=models.Index(
                fields=["received_at", "id"],
                include=(
                    "status",
                    "local_authority",
                    "submitted_by",
                    "current_grade",
                    "incident_type",
                ),
                name="referral_received_idx",
            ),
        ),
    ]
