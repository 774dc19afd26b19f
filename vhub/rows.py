"""A record's few rows put in order in Python rather than by an ORDER BY."""

from collections.abc import Iterable
from operator import attrgetter
from typing import TypeVar

T = TypeVar("T")


def in_order(rows: Iterable[T], *fields: str) -> list[T]:
    """`rows` in the order `QuerySet.order_by(*fields)` gives ("-name": descending), for the
    handful of rows one record has (a referral's children, clocks, decisions). Compiling an
    ordered statement costs Django a hash of every selected column's expression
    (`SQLCompiler._order_by_pairs`), more than sorting a few rows here (bench/README.md,
    issue 21); the statement is read with `order_by()`. The fields must hold no NULL, which
    PostgreSQL sorts last and Python cannot compare."""
    ordered = list(rows)
    # Stable sorts, least significant field first, give the order of all the fields together.
    for field in reversed(fields):
        ordered.sort(key=attrgetter(field.removeprefix("-")), reverse=field.startswith("-"))
    return ordered
