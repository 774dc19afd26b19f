"""What dashboards connects to the hooks of the apps below it; imported once the app registry is
ready (dashboards/apps.py)."""

from datetime import date

from dashboards.models import Absence
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
