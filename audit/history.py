"""Field-level change history (django-pghistory): who changed what, read back as diffs.

Database triggers copy each tracked row into its event table on insert, update and delete.
The person responsible comes from the pghistory context: the request's user (the middleware),
or for Celery tasks and commands the task's name and, where a task acts for someone, that
person (`history_context`). Event tables are append-only, like the audit trail.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pghistory
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst

from audit.context import current_context

BASELINE = "baseline"
KINDS = {
    "insert": "Created",
    "update": "Changed",
    "delete": "Deleted",
    BASELINE: "Recorded when change history began",
}
NOT_SET = "Not set"


@contextmanager
def history_context(*, actor: Any = None, **metadata: Any) -> Iterator[None]:
    """Attribute the row changes made inside to `actor` (None for the system), with the
    channel the audit trail records. Nested inside a request's context it adds to it."""
    values = {"channel": current_context().channel, **metadata}
    if actor is not None and getattr(actor, "pk", None) is not None:
        values["user"] = actor.pk
    with pghistory.context(**values):
        yield


# --- Reading history back ----------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    at: datetime
    who: str
    record: str
    kind: str
    changes: list[FieldChange] = field(default_factory=list)
    order: int = 0


@dataclass
class Source:
    """Events of one tracked model to show: an already filtered queryset of its event model,
    how to name the record an event is about, and fields to leave out or relabel."""

    events: models.QuerySet
    describe: Callable[[Any, Callable[[models.Field, Any], str]], str]
    hidden: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)


def events_of(model: type[models.Model]) -> models.QuerySet:
    """All events of a tracked model (its pghistory event model, `<Model>Event`)."""
    return apps.get_model(model._meta.app_label, f"{model.__name__}Event").objects.all()


def _tracked_fields(event_model: type[models.Model], hidden: Iterable[str]) -> list[models.Field]:
    skip = {"id", *hidden}
    return [
        f
        for f in event_model._meta.concrete_fields
        if not f.name.startswith("pgh_") and f.name not in skip
    ]


class _Resolver:
    """Turns stored values into what a person reads; related rows are fetched in one query per
    related model (never one per event)."""

    def __init__(self) -> None:
        self.wanted: dict[type[models.Model], set[Any]] = defaultdict(set)
        self.found: dict[type[models.Model], dict[Any, models.Model]] = {}

    def want(self, model: type[models.Model], value: Any) -> None:
        if value is not None:
            self.wanted[model].add(value)

    def load(self) -> None:
        for model, ids in self.wanted.items():
            self.found[model] = model._default_manager.in_bulk(ids)

    def related(self, model: type[models.Model], value: Any) -> models.Model | None:
        return self.found.get(model, {}).get(value)

    def display(self, f: models.Field, value: Any) -> str:
        if f.is_relation:
            if value is None:
                return NOT_SET
            # A relation's related_model is a model class once the apps are loaded (never 'self').
            obj = self.related(f.related_model, value)  # type: ignore[arg-type]
            return (
                person_name(obj) if obj is not None and _is_user(obj) else str(obj or f"#{value}")
            )
        if value is None:
            return "Not known" if isinstance(f, models.BooleanField) else NOT_SET
        if value == "":
            return NOT_SET
        if f.flatchoices:
            return str(dict(f.flatchoices).get(value, value))
        if isinstance(value, bool):
            return "Yes" if value else "No"
        if isinstance(value, datetime):
            return timezone.localtime(value).strftime("%-d %b %Y %H:%M")
        if isinstance(value, date):
            return value.strftime("%-d %b %Y")
        if isinstance(value, list):
            return ", ".join(map(str, value)) or NOT_SET
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else NOT_SET
        return str(value)


def _is_user(obj: models.Model) -> bool:
    return isinstance(obj, get_user_model())


def person_name(user: Any) -> str:
    """How a person is named in history: full name, else user name; nobody is the system."""
    if user is None:
        return "System"
    return user.get_full_name() or user.get_username()


def _who(context: Any, resolver: _Resolver) -> str:
    if context is None:
        return "Not recorded"
    meta = context.metadata or {}
    user = resolver.related(get_user_model(), meta.get("user"))
    if user is not None:
        return person_name(user)
    if meta.get("task"):
        return f"System (task {meta['task']})"
    if meta.get("command"):
        return f"System (command {meta['command']})"
    return "System"


def change_history(sources: Iterable[Source]) -> list[HistoryEntry]:
    """Every event of the given sources as field-level changes, newest first. One query per
    source (with its context), then one per related model the values refer to."""
    loaded = []
    resolver = _Resolver()
    user_model = get_user_model()
    for source in sources:
        fields = _tracked_fields(source.events.model, source.hidden)
        events = list(source.events.select_related("pgh_context").order_by("pgh_obj_id", "pgh_id"))
        for ev in events:
            if ev.pgh_context is not None:
                resolver.want(user_model, (ev.pgh_context.metadata or {}).get("user"))
            for f in fields:
                if f.is_relation:
                    # As in display(): related_model is a model class here.
                    resolver.want(f.related_model, getattr(ev, f.attname))  # type: ignore[arg-type]
        loaded.append((source, fields, events))
    resolver.load()

    entries: list[HistoryEntry] = []
    for source, fields, events in loaded:
        previous: dict[Any, Any] = {}
        # Rows written by one action share a transaction, so the same timestamp and context:
        # several saves of one record in one action read as one change (insert then update
        # reads as the creation with its final values).
        grouped: dict[Any, tuple[HistoryEntry, Any, Any]] = {}
        for ev in events:
            before = previous.get(ev.pgh_obj_id)
            previous[ev.pgh_obj_id] = ev
            group = grouped.get(ev.pgh_obj_id)
            if (
                group is not None
                and ev.pgh_label == "update"
                and group[1].pgh_created_at == ev.pgh_created_at
                and group[1].pgh_context_id == ev.pgh_context_id
            ):
                entry, first, base = group
                entry.changes = _changes(ev, base, fields, source, resolver, label=first.pgh_label)
                entry.order = ev.pgh_id
                continue
            changes = _changes(ev, before, fields, source, resolver)
            if ev.pgh_label == "update" and before is not None and not changes:
                continue
            entry = HistoryEntry(
                at=ev.pgh_created_at,
                who=_who(ev.pgh_context, resolver),
                record=source.describe(ev, resolver.display),
                kind=KINDS.get(ev.pgh_label, capfirst(ev.pgh_label)),
                changes=changes,
                order=ev.pgh_id,
            )
            grouped[ev.pgh_obj_id] = (entry, ev, before)
            entries.append(entry)
    entries = [e for e in entries if e.changes or e.kind != KINDS["update"]]
    entries.sort(key=lambda e: (e.at, e.order), reverse=True)
    return entries


def _changes(
    ev: Any, before: Any, fields: Any, source: Source, resolver: _Resolver, label: str = ""
) -> list[FieldChange]:
    label = label or ev.pgh_label
    if label in ("delete", BASELINE):
        return []

    def name(f: models.Field) -> str:
        return source.labels.get(f.name) or capfirst(str(f.verbose_name))

    if label == "insert":
        return [
            FieldChange(name(f), "", resolver.display(f, getattr(ev, f.attname)))
            for f in fields
            if getattr(ev, f.attname) not in (None, "", [], {})
        ]
    return [
        FieldChange(
            name(f),
            resolver.display(f, getattr(before, f.attname)) if before else "Not recorded",
            resolver.display(f, getattr(ev, f.attname)),
        )
        for f in fields
        if before is None or getattr(before, f.attname) != getattr(ev, f.attname)
    ]


def compare_versions(older: dict[str, str] | None, newer: dict[str, str]) -> list[FieldChange]:
    """Changes between two published versions of some configuration, each flattened to
    {label: value} (a label missing from one side was added or removed)."""
    if older is None:
        return []
    labels = list(dict.fromkeys([*older, *newer]))
    return [
        FieldChange(label, older.get(label, "Not in this version"), newer.get(label, "Removed"))
        for label in labels
        if older.get(label) != newer.get(label)
    ]


def published_versions(
    versions: list[Any], flat: Callable[[Any], dict[str, str]], limit: int
) -> list[HistoryEntry]:
    """One entry per published version of some configuration (newest first, as given, with one
    extra older version to compare the last one shown with), each compared with the one
    before it through `flat`."""
    return [
        HistoryEntry(
            at=v.created_at,
            who=person_name(v.created_by),
            record=f"Version {v.number}" + (f": {v.note}" if v.note else ""),
            kind="Published",
            changes=compare_versions(flat(older) if older else None, flat(v)),
        )
        for v, older in zip(versions, [*versions[1:], None], strict=False)
    ][:limit]


# --- Migrations --------------------------------------------------------------------------------


def snapshot_existing_rows(app_label: str, *model_names: str) -> Callable[[Any, Any], None]:
    """A RunPython step: copy the rows that exist when tracking starts into their event tables
    (labelled 'baseline', set-based), so the first later change shows its before-values."""

    def forwards(apps: Any, schema_editor: Any) -> None:
        for name in model_names:
            model = apps.get_model(app_label, name)
            event_model = apps.get_model(app_label, f"{name}Event")
            columns = [
                f.column for f in event_model._meta.concrete_fields if not f.name.startswith("pgh_")
            ]
            quoted = ", ".join(schema_editor.quote_name(c) for c in columns)
            # Table and column names come from the models, never from input.
            sql = " ".join(
                [
                    "INSERT INTO",
                    schema_editor.quote_name(event_model._meta.db_table),
                    f"(pgh_created_at, pgh_label, pgh_obj_id, {quoted})",
                    f"SELECT NOW(), %s, id, {quoted} FROM",
                    schema_editor.quote_name(model._meta.db_table),
                ]
            )
            schema_editor.execute(
                sql,
                [BASELINE],
            )

    return forwards
