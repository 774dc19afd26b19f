"""Loading, before a server forks its children, what each child would otherwise load at its first
request or task.

gunicorn's master (gunicorn.conf.py) and Celery's worker parent (vhub/celery.py) send
`warm_up` once Django is set up and before they fork: every child then starts with the loaded
modules and compiled data in memory it shares with the others, and its first request costs what
every later one does. Apps connect what they load in their `hooks.py` (the risk reader: spaCy,
its tables and the current catalogue compiled). No database connection may be shared across a
fork, so every connection a receiver opened is closed before the parent forks; the children
open their own.
"""

import gc
import logging

from django.db import connections
from django.dispatch import Signal
from django.urls import get_resolver

logger = logging.getLogger(__name__)

warm_up = Signal()


def warm_before_fork() -> None:
    """Send `warm_up`, then close every database connection. A receiver that fails (the
    database not yet reachable) is logged, not raised: the children then load at first use."""
    get_resolver().url_patterns  # noqa: B018 # every view module, imported at the first request
    for receiver, result in warm_up.send_robust(sender=None):
        if isinstance(result, Exception):
            logger.warning("Warm-up by %r failed: %r", receiver, result)
    connections.close_all()
    # What the parent loaded stays shared with the children only while no one writes to its
    # pages; the collector's passes would (they touch every object's header), so the objects
    # that exist now are left out of them for good.
    gc.freeze()
