"""Query plans in tests: a statement's plan as PostgreSQL would choose it on a table of
millions, where reading every row or page is out of the question (the tests' tables are tiny,
so sequential and bitmap scans are switched off for the one statement)."""

from collections.abc import Iterator
from typing import Any

from django.db import connection, transaction


def plan_on_a_large_table(sql: str, *, analyze: bool = False) -> dict[str, Any]:
    """The plan's top node (EXPLAIN's JSON), run as well when `analyze`."""
    options = "ANALYZE, FORMAT JSON" if analyze else "FORMAT JSON"
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute(f"EXPLAIN ({options}) " + sql)
        plan: dict[str, Any] = cursor.fetchone()[0][0]["Plan"]
    return plan


def plan_nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every node of the plan, the top one first."""
    yield plan
    for child_plan in plan.get("Plans", []):
        yield from plan_nodes(child_plan)
