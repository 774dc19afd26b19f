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

import functools
import time
from collections.abc import Sequence
from typing import Any, TypeVar

import psycopg
from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import AutoField, Field, Model

ModelT = TypeVar("ModelT", bound=Model)


def execute(sql: str, params: dict[str, Any] | Sequence[Any]) -> tuple[list[tuple[Any, ...]], int]:
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


def _history_kept(model: type[Model]) -> bool:
    """Whether django-pghistory keeps this model's history (its triggers read the context that
    only Django's cursor prefixes to a write)."""
    return any(getattr(m, "pgh_tracked_model", None) is model for m in apps.get_models())


@functools.cache
def _insert_statement(
    model: type[Model], rows: int, ignore_conflicts: bool
) -> tuple[list[Field], list[Field], str, bool]:
    """(fields written, fields returned, statement, history kept) for inserting `rows` new rows
    of `model` as `bulk_create` writes them: every concrete field but the automatic primary key
    and generated ones, returning what Django's own insert returns (the key, generated and
    database-default columns); nothing returned when conflicts are ignored, as in Django."""
    opts = model._meta
    q = connection.ops.quote_name
    fields = [f for f in opts.concrete_fields if not f.generated and not isinstance(f, AutoField)]
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    sql = (
        f"INSERT INTO {q(opts.db_table)} ({', '.join(q(f.column) for f in fields)}) "  # noqa: S608 # nosec B608: model names
        f"VALUES {', '.join([row] * rows)}"
    )
    returning = [] if ignore_conflicts else list(opts.db_returning_fields)
    if ignore_conflicts:
        sql += " ON CONFLICT DO NOTHING"
    else:
        sql += f" RETURNING {', '.join(q(f.column) for f in returning)}"
    return fields, returning, sql, _history_kept(model)


def insert(objs: list[ModelT], *, ignore_conflicts: bool = False) -> list[ModelT]:
    """`Model.objects.bulk_create(objs)` (or with `ignore_conflicts`) for new rows of one model
    whose primary key is automatic: the same columns, values and returned keys, but the
    statement's text is built once per process and row count rather than compiled by the ORM at
    every call (the intake's seven inserts cost 5.6-7 ms of CPU through the ORM, bench/README.md).
    A model whose history is kept goes through Django's cursor, which carries the history
    context; any other is run prepared by `execute`."""
    if not objs:
        return objs
    model = type(objs[0])
    fields, returning, sql, history = _insert_statement(model, len(objs), ignore_conflicts)
    # The connection itself, not the proxy `connection`: each value's conversion reads it.
    db = connections[DEFAULT_DB_ALIAS]
    params: list[Any] = []
    for obj in objs:
        if type(obj) is not model or obj.pk is not None:
            raise ValueError("insert() writes new rows of one model with automatic keys.")
        # Copies the keys of related rows saved since they were assigned, as bulk_create does
        # (Django's own method, which the stubs do not list).
        obj._prepare_related_fields_for_save(operation_name="bulk_create")  # type: ignore[attr-defined]
        for field in fields:
            value = field.pre_save(obj, True)
            if hasattr(value, "resolve_expression"):
                raise ValueError(f"insert() writes values, not expressions ({field.name}).")
            params.append(field.get_db_prep_save(value, connection=db))
    if history:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall() if returning else []
    else:
        rows, _ = execute(sql, params)
    for obj, values in zip(objs, rows if returning else [], strict=bool(returning)):
        for field, value in zip(returning, values, strict=True):
            setattr(obj, field.attname, value)
    for obj in objs:
        obj._state.adding = False
        obj._state.db = db.alias
    return objs
