"""Configuration read once per process and reused for as long as the database says it is current.

Configuration (incident types, postcode districts, SLA targets, calendars, thresholds, weights,
the published risk model and catalogue) is data edited in the admin with history, and it is read
by every intake. Each configuration table has a statement trigger (`vhub.models.
configuration_trigger`) that sets the one row of `ConfigurationVersion` to a new number in the
edit's own transaction. So a process keeps what it has loaded under the number it read first,
and one small statement tells it whether that is still the committed state:

- the number is read before anything is loaded under it, so an edit committed in between is at
  worst loaded early under the older number, which no reader will see again;
- numbers come from a sequence, so an edit that rolled back never gives its number to a later
  one (a process that read configuration inside it would otherwise keep it);
- without the row (a test database flushed between tests) nothing is cached.

A request that reads several configurations (the intake) wraps its work in `pinned()`: the number
is then read once, at the first configuration read, not before each. Nothing edits
configuration inside a pinned block.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from django.db import connection

T = TypeVar("T")

# (version number, what was loaded under it); replaced whole, never updated in place by another
# number's values.
_loaded: tuple[int | None, dict[str, Any]] = (None, {})
# Inside `pinned()`: a one-item list holding the number read at the block's first read (or None
# before it).
_pin: ContextVar[list[int | None] | None] = ContextVar("configuration_pin", default=None)


def current_version() -> int | None:
    """The committed configuration's number (the block's, inside `pinned()`), or None."""
    pin = _pin.get()
    if pin is not None and pin[0] is not None:
        return pin[0]
    with connection.cursor() as cursor:
        cursor.execute("SELECT number FROM vhub_configurationversion WHERE id = 1")
        row = cursor.fetchone()
    number = row[0] if row else None
    if pin is not None:
        pin[0] = number
    return number


def cached(key: str, load: Callable[[], T]) -> T:
    """`load()`'s value, loaded at most once per configuration version in this process. The
    value is shared by every later caller: callers must not change it."""
    global _loaded
    number = current_version()
    if number is None:
        return load()
    at, values = _loaded
    if at != number:
        values = {}
        _loaded = (number, values)
    if key not in values:
        values[key] = load()
    value: T = values[key]
    return value


@contextmanager
def pinned() -> Iterator[None]:
    """Read the configuration's number once for everything read inside the block."""
    token = _pin.set([None])
    try:
        yield
    finally:
        _pin.reset(token)


def forget() -> None:
    """Drop everything loaded (for the tests that count a cold process's statements)."""
    global _loaded
    _loaded = (None, {})
