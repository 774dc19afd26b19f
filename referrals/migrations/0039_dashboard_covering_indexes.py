from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0015_webhook_secret_encrypted"),
        ("referrals", "0038_child_counts"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="referralsubject",
            name="subject_repeat_idx",
        ),
        migrations.AddIndex(
            model_name="referralsubject",
            index=models.Index(
                condition=models.Q(
                    ("role", "child"),
                    models.Q(
                        ("probable_short__gte", 3), ("probable_long__gte", 3), _connector="OR"
                    ),
                ),
                fields=["referral"],
                include=(
                    "person",
                    "probable_short",
                    "probable_long",
                    "repeat_short",
                    "repeat_long",
                ),
                name="subject_repeat_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="slaclock",
            index=models.Index(
                condition=models.Q(("state", "breached")),
                fields=["kind", "grade_used", "breached_before_import"],
                include=("referral",),
                name="clock_breached_idx",
            ),
        ),
    ]
