"""Deliberately removed protections, to prove each fault scenario's assertions can fail.

`make faults FAULTS_ARGS="--break <name>"` starts the worker (`-A bench.fault_breaks`) or gunicorn
(`bench.fault_breaks:application`) through this module, which first takes out one protection
named by FAULT_BREAK; the scenario that guards it must then report a failure. Nothing here is
imported by the application. "sweep" must be broken before Django is set up (before any module
applies `@transaction.atomic`), so it is here; the others change modules that import models and
are in bench/fault_patches.py, imported once Django is set up.
"""

import os
from contextlib import nullcontext
from typing import Any, Literal

import django
from django.db import transaction

BREAK = os.environ.get("FAULT_BREAK", "")


def _no_transactions() -> None:
    """Every `transaction.atomic` becomes a no-op: each statement commits on its own."""

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


os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vhub.settings")
if BREAK == "sweep":
    _no_transactions()  # before anything applies @transaction.atomic
django.setup()

# The other breaks' targets import models: loaded only now that Django is set up.
from bench.fault_patches import apply  # noqa: E402

apply(BREAK)

from vhub.celery import app  # noqa: E402
from vhub.wsgi import application  # noqa: E402

__all__ = ["app", "application"]
