"""Statements PostgreSQL plans once per connection rather than at every run.

Django's psycopg backend binds values in the client (`ClientCursor`): every statement reaches
PostgreSQL as new text and is planned again, and psycopg never prepares such a query. For a
large statement run on every request this planning costs more than executing it (the priority
`UPDATE`: 2.4-4.9 ms to plan, often under 1 ms to run, bench/README.md). `execute` runs one
statement through a psycopg cursor that sends its values apart, so psycopg prepares it once it
has run `prepare_threshold` times on the connection and PostgreSQL then reuses its plan.

`Read` goes further for a queryset whose shape never changes (the referral page's reads): Django
compiles it once per process and each run sends that statement with its own values, built into
model instances as the queryset would. `Rows` does the same for a `values_list` queryset's plain
rows, and can instead run through Django's cursor with the values bound in the client (the
triage queue's search, whose LIKE pattern wants a plan of its own at every run).

Only for statements that django-pghistory need not tag: its context is injected by prefixing
`SELECT set_config(...);` to each write, which a parameterised statement cannot carry, and this
cursor is not Django's, so nothing is prefixed. Statements whose history is kept must go through
Django's cursor. Behind PgBouncer in transaction mode (vhub/pooling.py) `prepare_threshold` is
None and the statement is only bound on the server, never prepared.
"""

import functools
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import psycopg
from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import AutoField, Expression, Field, Model, QuerySet
from django.db.models.query import get_related_populators  # type: ignore[attr-defined]

M = TypeVar("M", bound=Model)


def execute(
    sql: str, params: Mapping[str, Any] | Sequence[Any]
) -> tuple[list[tuple[Any, ...]], int]:
    """Run `sql` on Django's connection (inside its transaction, if any) with server-side
    binding: (rows, rowcount). Logged like Django's own statements, so query counts in tests
    and the debug log still see it."""
    connection.ensure_connection()
    raw = connection.connection
    start = time.monotonic()
    with psycopg.Cursor(raw) as cursor:
        cursor.execute(sql, params)
        # Whether it returned rows, from the result's status: `cursor.description` would build
        # a column object for every column of every run.
        result = cursor.pgresult
        returned = result is not None and result.status == psycopg.pq.ExecStatus.TUPLES_OK
        rows = cursor.fetchall() if returned else []
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


def insert(objs: list[M], *, ignore_conflicts: bool = False) -> list[M]:
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


class Param(Expression):
    """Where a `Read` takes a value at each run: the right-hand side of a filter in the queryset
    it is built from (`filter(referral_id=Param("referral"))`). Compiled as a placeholder whose
    value the run supplies; never None (Django would have written `IS NULL` for that)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def as_sql(self, compiler: Any, connection: Any) -> tuple[str, list[Any]]:
        return "%s", [self]


@dataclass(frozen=True)
class _Compiled:
    """What Django works out for a queryset before and after running it, kept for the process:
    its statement, where each value goes, and how a row becomes model instances."""

    sql: str
    params: tuple[Any, ...]  # the query's own values, and a Param where a run's value goes
    model: type[Any]
    init_list: list[str]  # the model's attnames, in the order selected
    start: int
    end: int
    populators: list[Any]  # select_related's, each building its related instance from the row
    converters: list[tuple[int, tuple[list[Any], Any]]]  # (position, (converters, expression))
    annotations: dict[str, int]


def _values(params: tuple[Any, ...], values: Mapping[str, Any]) -> list[Any]:
    """The compiled values with the run's own in place of each Param."""
    return [values[p.name] if isinstance(p, Param) else p for p in params]


def _converted(
    rows: list[tuple[Any, ...]], converters: list[tuple[int, tuple[list[Any], Any]]]
) -> list[list[Any]]:
    """Each row with its fields' converters applied, as the queryset's iterable applies them."""
    converted = []
    for fetched in rows:
        row = list(fetched)
        for position, (functions, expression) in converters:
            value = row[position]
            for convert in functions:
                value = convert(value, expression, connection)
            row[position] = value
        converted.append(row)
    return converted


class Read(Generic[M]):
    """A read of model instances whose statement never changes but for its values: Django
    compiles the queryset `build` returns once per process, and each run sends that statement
    with the run's values through `execute` (PostgreSQL then plans it once per connection) and
    builds the instances from its rows as `QuerySet` does (the fields' converters, `from_db`,
    `select_related`'s related instances, annotations). On a page that shows a record's few
    rows from a dozen statements, compiling them was a third of the page's CPU (bench/README.md,
    issue 21). For reads without `prefetch_related` (run another Read) and in the order the
    database gives (sort the rows in Python: `vhub.rows.in_order`)."""

    def __init__(self, build: Callable[[], QuerySet[M]]) -> None:
        self._build = build
        self._compiled: _Compiled | None = None

    def _compile(self) -> _Compiled:
        queryset = self._build()
        if queryset._prefetch_related_lookups:  # type: ignore[attr-defined]
            raise ValueError("A Read cannot prefetch: read the related rows with another Read")
        compiler = queryset.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        klass_info = compiler.klass_info
        fields = klass_info["select_fields"]
        start, end = fields[0], fields[-1] + 1
        selected = [s[0] for s in compiler.select[: compiler.col_count]]
        self._compiled = _Compiled(
            sql=sql,
            params=tuple(params),
            model=klass_info["model"],
            init_list=[s[0].target.attname for s in compiler.select[start:end]],
            start=start,
            end=end,
            populators=get_related_populators(klass_info, compiler.select, queryset.db),
            converters=list(compiler.get_converters(selected).items()),
            annotations=dict(compiler.annotation_col_map or {}),
        )
        return self._compiled

    def __call__(self, **values: Any) -> list[M]:
        """The instances the statement reads with these values for its Params."""
        read = self._compiled or self._compile()
        rows, _ = execute(read.sql, _values(read.params, values))
        found = []
        for row in _converted(rows, read.converters):
            instance = read.model.from_db(
                DEFAULT_DB_ALIAS, read.init_list, row[read.start : read.end]
            )
            for populator in read.populators:
                populator.populate(row, instance)
            for name, position in read.annotations.items():
                setattr(instance, name, row[position])
            found.append(instance)
        return found


class Rows:
    """A read of plain rows, the `values_list` queryset `build` returns, compiled once per
    process like `Read`'s: each run gives its rows as lists of the selected values, converted
    by their fields as `values_list` converts them.

    Run through `execute` (server-side binding, prepared after psycopg's threshold) or, with
    `bound_in_client`, through Django's cursor: the values are then written into the text and
    PostgreSQL plans each run for them, never with a generic plan (which, for a LIKE pattern
    whose selectivity only its value tells, could be far worse than the plan for the value)."""

    def __init__(
        self, build: Callable[[], QuerySet[Any, Any]], *, bound_in_client: bool = False
    ) -> None:
        queryset = build()
        if queryset._fields is None or queryset._prefetch_related_lookups:  # type: ignore[attr-defined]
            raise ValueError("Rows reads a values_list queryset, without prefetching")
        compiler = queryset.query.get_compiler(using=queryset.db)
        self.sql, params = compiler.as_sql()
        if compiler.has_extra_select:
            raise ValueError("Rows reads only the selected columns")
        self.params = tuple(params)
        selected = [s[0] for s in compiler.select[: compiler.col_count]]
        self.converters = list(compiler.get_converters(selected).items())
        self.bound_in_client = bound_in_client

    def __call__(self, **values: Any) -> list[list[Any]]:
        """The rows the statement reads with these values for its Params."""
        params = _values(self.params, values)
        if self.bound_in_client:
            with connection.cursor() as cursor:
                cursor.execute(self.sql, params)
                rows = cursor.fetchall()
        else:
            rows, _ = execute(self.sql, params)
        return _converted(rows, self.converters)
