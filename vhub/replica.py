"""Reporting reads on a read replica (docs/deployment.md, "Read replica").

With DATABASE_REPLICA_URL set there is a second database alias, "replica". Nothing goes there by
default: only code inside `reporting_reads()` (the dashboard, its CSV exports and analytical
tables, the daily report) reads from it, through `ReplicaRouter`. Everything else, including every
write, every audit event and every read inside a transaction on the primary (which may need to
see its own writes), stays on "default". An explicit block rather than a global read router: a
replica is seconds behind, and a practitioner's queue or a case page that missed the change just
made would be wrong, so only reads that are known to tolerate lag are sent there.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import connections
from django.db.models import QuerySet

REPLICA = "replica"
_reporting = ContextVar("vhub_reporting_reads", default=False)


def replica_enabled() -> bool:
    return bool(settings.READ_REPLICA) and REPLICA in settings.DATABASES


@contextmanager
def reporting_reads() -> Iterator[None]:
    """Reads of the enclosed block go to the replica when there is one."""
    token = _reporting.set(True)
    try:
        yield
    finally:
        _reporting.reset(token)


def read_alias() -> str:
    """The alias a read made now goes to."""
    if _reporting.get() and replica_enabled() and not connections["default"].in_atomic_block:
        return REPLICA
    return "default"


class ReplicaRouter:
    """Reads inside `reporting_reads()` to the replica; everything else to the primary."""

    def db_for_read(self, model: Any, **hints: Any) -> str:
        return read_alias()

    def db_for_write(self, model: Any, **hints: Any) -> str:
        return "default"

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        # The replica holds the same rows as the primary.
        return True

    def allow_migrate(
        self, db: Any, app_label: str, model_name: str | None = None, **hints: Any
    ) -> bool:
        # The replica follows the primary's schema by replication; nothing migrates it.
        return db != REPLICA


@dataclass(frozen=True)
class Freshness:
    """How current reporting figures are: "live" from the primary, or a replica's lag."""

    source: str  # "primary" or "replica"
    lag_seconds: float | None = None

    @property
    def live(self) -> bool:
        return self.source == "primary"

    def describe(self) -> str:
        if self.live:
            return "Live figures from the main database."
        if self.lag_seconds is None:
            return "Figures from the reporting copy of the database; how far behind is not known."
        if self.lag_seconds < 1:
            return "Figures from the reporting copy of the database, up to date."
        seconds = round(self.lag_seconds)
        when = f"{seconds} seconds" if seconds < 120 else f"{seconds // 60} minutes"
        return f"Figures from the reporting copy of the database, {when} behind the main one."


def freshness() -> Freshness:
    """Where reporting reads go now and, on a replica, how far behind it is: the time since the
    last transaction it replayed (0 when it has replayed everything the primary sent)."""
    alias = read_alias()
    if alias == "default":
        return Freshness("primary")
    with connections[alias].cursor() as cursor:
        cursor.execute(
            "SELECT CASE WHEN NOT pg_is_in_recovery() THEN 0 "
            "WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0 "
            "ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) END"
        )
        lag = cursor.fetchone()[0]
    return Freshness("replica", None if lag is None else float(lag))


def grouped_rows(
    inner: QuerySet[Any, Any], outer: str, after: Sequence[Any] = ()
) -> list[tuple[Any, ...]]:
    """Rows of `outer`, SQL that reads the rows of the queryset `inner` as `({counted})` (a
    derived table), on the alias reads go to now (the replica inside `reporting_reads()`).

    For figures that group twice: the ORM groups the many rows it filters (children of a period,
    say) by a few keys, and `outer` labels or regroups those few groups. Django cannot select
    from a grouped queryset, and joining the labels before grouping makes PostgreSQL carry them
    through every row. One query; `outer` holds no values of its own but placeholders (`%s`),
    all of them after `{counted}`, whose values are `after` (the inner query's parameters come
    first), and table names from models."""
    alias = read_alias()
    sql, params = inner.query.get_compiler(using=alias).as_sql()
    with connections[alias].cursor() as cursor:
        cursor.execute(outer.replace("{counted}", sql), (*params, *after))
        return cursor.fetchall()
