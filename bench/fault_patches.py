"""The breaks of bench/fault_breaks.py that change the application's own modules (the
re-prioritisation, the import, the broker check). Their targets import models, so this module
is imported only once fault_breaks has set Django up; nothing else imports it."""

from typing import Any

from referrals import priority
from referrals.actions import intake as actions
from referrals.models import OPEN_STATUSES, Referral
from vhub import health


def _reprioritise_per_row() -> None:
    """A per-row loop, each row committed alone, instead of one UPDATE statement."""
    original = priority.recompute_priorities

    def per_row(referral_ids: Any = None, at: Any = None) -> int:
        ids = referral_ids or list(
            Referral.objects.filter(status__in=OPEN_STATUSES)
            .order_by("id")
            .values_list("id", flat=True)
        )
        return sum(original([pk], at) for pk in ids)

    priority.recompute_priorities = per_row  # the task imports it when it runs


def _import_forgets() -> None:
    """Forget which rows were already imported (the harness also drops the unique index)."""
    # The names referrals.actions imported, replaced for the fault run.
    actions.intake_referral = lambda source_system, external_id: None  # type: ignore[attr-defined]
    # As above.
    actions.intake_referrals = lambda source_system, external_ids: {}  # type: ignore[attr-defined]


def _readyz_ignores_broker() -> None:
    """/readyz stops checking the broker."""
    health.CHECKS["broker"] = lambda: True


BREAKS = {
    "reprioritise": _reprioritise_per_row,
    "import": _import_forgets,
    "broker": _readyz_ignores_broker,
}


def apply(name: str) -> None:
    """Take out the named protection, if it is one of these ("sweep" is taken out before Django
    is set up; "postgres" by running gunicorn with DEBUG=true, traceback pages)."""
    if name in BREAKS:
        BREAKS[name]()
