"""What dashboards connects to the hooks of the apps below it; imported once the app registry is
ready (vhub/apps.py discovers every app's hooks module)."""

from datetime import date

from dashboards.models import Absence
from dashboards.teams import queue_breaches, send_post
from referrals.escalation import escalations_queued
from referrals.models import OutboxKind
from referrals.outbox_calls import OUTBOX_SENDERS
from referrals.rota import ABSENCE_SOURCES


def _absent_on(day: date) -> set[int]:
    """The people the capacity roster records as away on `day`."""
    return set(
        Absence.objects.filter(first_day__lte=day, last_day__gte=day).values_list(
            "user_id", flat=True
        )
    )


# Escalations skip supervisors the roster has away (referrals/rota.py).
if _absent_on not in ABSENCE_SOURCES:
    ABSENCE_SOURCES.append(_absent_on)
# The outbox (referrals) has this app send its Teams posts (dashboards/teams.py), and the SLA
# sweep says which escalations it queued: breaches escalated to managers are posted too.
OUTBOX_SENDERS[OutboxKind.TEAMS] = send_post
escalations_queued.connect(queue_breaches, weak=False, dispatch_uid="dashboards.teams.breaches")
