"""An index for the dashboard's SLA compliance: clocks met in a period (today's are counted live).

Built concurrently: the clock table is large and swept every minute, so its writes must not wait.
"""

from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("referrals", "0019_queue_indexes"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="slaclock",
            index=models.Index(fields=["state", "met_at"], name="clock_met_idx"),
        ),
    ]
