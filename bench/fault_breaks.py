"""Deliberately removed protections, to prove each fault scenario's assertions can fail.

`make faults FAULTS_ARGS="--break <name>"` starts the worker (`-A bench.fault_breaks`) or gunicorn
(`bench.fault_breaks:application`) through this module, which first takes out one protection
named by FAULT_BREAK; the scenario that guards it must then report a failure. Nothing here is
imported by the application. Each break imports what it changes inside its function: the module
is loaded before Django is set up, and only the break named is applied.
"""

import os
from contextlib import nullcontext
from typing import Any, Literal

BREAK = os.environ.get("FAULT_BREAK", "")


def _no_transactions() -> None:
    """Every `transaction.atomic` becomes a no-op: each statement commits on its own."""
    from django.db import transaction

    class _NoAtomic:
        def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
            self._using = args[0] if args and callable(args[0]) else None

        def __call__(self: Any, fn: Any) -> Any:
            return fn

        __enter__ = nullcontext().__enter__

        def __exit__(self: Any, *exc: Any) -> Literal[False]:
            return False

    def atomic(using: Any = None, savepoint: bool = True, durable: bool = False) -> Any:
        if callable(using):
            return using
        return _NoAtomic()

    transaction.atomic = atomic


def _apply() -> None:
    import django

    if BREAK == "sweep":
        _no_transactions()  # before anything applies @transaction.atomic
    django.setup()
    if BREAK == "reprioritise":
        # A per-row loop, each row committed alone, instead of one UPDATE statement.
        from referrals import priority
        from referrals.models import OPEN_STATUSES, Referral

        original = priority.recompute_priorities

        def per_row(referral_ids: Any = None, at: Any = None) -> int:
            ids = referral_ids or list(
                Referral.objects.filter(status__in=OPEN_STATUSES)
                .order_by("id")
                .values_list("id", flat=True)
            )
            return sum(original([pk], at) for pk in ids)

        priority.recompute_priorities = per_row  # the task imports it when it runs
    elif BREAK == "import":
        # Forget which rows were already imported (the harness also drops the unique index).
        from referrals.actions import intake as actions

        # The names referrals.actions imported, replaced for the fault run.
        actions.intake_referral = lambda source_system, external_id: None  # type: ignore[attr-defined]
        # As above.
        actions.intake_referrals = lambda source_system, external_ids: {}  # type: ignore[attr-defined]
    elif BREAK == "broker":
        # /readyz stops checking the broker.
        from vhub import health

        health.CHECKS["broker"] = lambda: True
    # "postgres" is broken by running gunicorn with DEBUG=true (traceback pages).


os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vhub.settings")
_apply()

from vhub.celery import app  # noqa: E402
from vhub.wsgi import application  # noqa: E402

__all__ = ["app", "application"]
