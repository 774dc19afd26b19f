from datetime import date

from django.apps import AppConfig


def _absent_on(day: date) -> set[int]:
    """The people the capacity roster records as away on `day`."""
    from dashboards.models import Absence

    return set(
        Absence.objects.filter(first_day__lte=day, last_day__gte=day).values_list(
            "user_id", flat=True
        )
    )


class DashboardsConfig(AppConfig):
    name = "dashboards"
    verbose_name = "Performance dashboards"

    def ready(self) -> None:
        # Escalations skip supervisors the roster has away (referrals/rota.py).
        from referrals.rota import ABSENCE_SOURCES

        if _absent_on not in ABSENCE_SOURCES:
            ABSENCE_SOURCES.append(_absent_on)
        # The outbox (referrals) sends this app's Teams posts; importing teams connects its
        # receiver of escalations (breaches escalated to managers).
        from dashboards.teams import send_post
        from referrals.models import OutboxKind
        from referrals.outbox_calls import OUTBOX_SENDERS

        OUTBOX_SENDERS[OutboxKind.TEAMS] = send_post
