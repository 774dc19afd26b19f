"""Statements PostgreSQL plans once per connection rather than at every run.

Django's psycopg backend binds values in the client (`ClientCursor`): every statement reaches
PostgreSQL as new text and is planned again, and psycopg never prepares such a query. For a
large statement run on every request this planning costs more than executing it (the priority
`UPDATE`: 2.4-4.9 ms to plan, often under 1 ms to run, bench/README.md). `execute` runs one
statement through a psycopg cursor that sends its values apart, so psycopg prepares it once it
has run `prepare_threshold` times on the connection and PostgreSQL then reuses its plan.

Only for statements that django-pghistory need not tag: its context is injected by prefixing
`SELECT set_config(...);` to each write, which a parameterised statement cannot carry, and this
cursor is not Django's, so nothing is prefixed. Statements whose history is kept must go through
Django's cursor. Behind PgBouncer in transaction mode (vhub/pooling.py) `prepare_threshold` is
None and the statement is only bound on the server, never prepared.
"""

import time
from typing import Any

import psycopg
from django.db import connection


def execute(sql: str, params: dict[str, Any]) -> tuple[list[tuple[Any, ...]], int]:
    """Run `sql` on Django's connection (inside its transaction, if any) with server-side
    binding: (rows, rowcount). Logged like Django's own statements, so query counts in tests
    and the debug log still see it."""
    connection.ensure_connection()
    raw = connection.connection
    start = time.monotonic()
    with psycopg.Cursor(raw) as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall() if cursor.description is not None else []
        rowcount = cursor.rowcount
    if connection.queries_logged:
        elapsed = f"{time.monotonic() - start:.3f}"
        connection.queries_log.append({"sql": f"{sql} -- prepared, {params!r}", "time": elapsed})
    return rows, rowcount
