"""The dashboards' figures are rendered in Python (dashboards/templatetags/dashboard_tags.py)
for speed; they must be the markup the template made, byte for byte: what managers see and
what screen readers announce do not change."""

from datetime import date
from pathlib import Path
from typing import Any

from django.template import engines
from django.test import RequestFactory
from django.utils.safestring import mark_safe

from dashboards.tables import Link, Table
from tests.factories import approved_referral, share_with, submit_referral

# The figure as templates/dashboards/_table.html had it before dashboard_table.
TEMPLATE = (Path(__file__).parent / "table_before.html").read_text()


def _as_the_template_read_it(table: Table) -> dict[str, Any]:
    """The table with the two properties the template iterated, which only it used."""
    return {
        "key": table.key,
        "caption": table.caption,
        "note": table.note,
        "chart": table.chart,
        "rows": table.rows,
        "header_cells": [(h, i in table.numeric) for i, h in enumerate(table.headers)],
        "body": [
            [
                (c, i in table.numeric, isinstance(c, Link), table.headers[i])
                for i, c in enumerate(row)
            ]
            for row in table.rows
        ],
    }


def _render(source: str, context: dict[str, Any]) -> str:
    request = RequestFactory().get("/dashboards/overview/")
    return engines["django"].from_string(source).render(context, request)


def _both_ways(table: Table, export_name: str | None = None, query: str = "") -> tuple[str, str]:
    named = {"export_name": export_name} if export_name else {}
    by_template = _render(
        TEMPLATE, {"table": _as_the_template_read_it(table), "query": query, **named}
    )
    argument = f' export_name="{export_name}"' if export_name else ""
    by_tag = _render(
        "{% load dashboard_tags %}{% dashboard_table table" + argument + " %}",
        {"table": table, "query": query},
    )
    return by_template, by_tag


EDGE_CASES = [
    Table(
        key="edge",
        caption="Quotes \"and\" <tags> & 'apostrophes'",
        headers=["Name <b>", "Count", "Share", "When", "Link", "Safe", "Nothing", "Flag"],
        rows=[
            [
                "O'Brien & <Co>",
                1234567,
                12.5,
                date(2026, 7, 3),
                Link("Ref <1> & 'x'", '/referrals/A&B/?x=1&y="2"'),
                mark_safe("<strong>kept</strong>"),  # nosec B308 B703
                None,
                True,
            ],
            [Link("First cell link", "/x/"), -3, 0.1, "", "–", "—", 0, False],
            [1e-05, 0, 2.0, "a\nb", "…", "x", 7, 3],
        ],
        chart=mark_safe('<svg role="img"><title>t</title></svg>'),  # nosec B308 B703
        note="A note with <angle> & ampersand",
        numeric={0, 1, 2, 6},
    ),
    Table(key="empty", caption="Nothing", headers=["A", "B"], rows=[]),
    Table(key="plain", caption="No chart", headers=["A"], rows=[["x"]], numeric={0}),
    Table(
        key="empty_chart",
        caption="A chart, no rows",
        headers=["A"],
        rows=[],
        chart=mark_safe("<svg></svg>"),  # nosec B308 B703
    ),
]


def test_edge_cases_are_the_markup_the_template_made(db) -> None:
    for table in EDGE_CASES:
        for export_name in (None, "dashboards:frontline_export"):
            for query in ("", "days=90&local_authority=3", "a=<b>&c='d'"):
                by_template, by_tag = _both_ways(table, export_name, query)
                assert by_tag == by_template, (table.key, export_name, query)


def test_every_dashboard_figure_is_the_markup_the_template_made(
    client_for, manager, officer, practitioner, supervisor
) -> None:
    for _ in range(3):
        submit_referral(officer)
    share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    response = client_for(manager).get("/dashboards/overview/?days=90")
    assert response.status_code == 200
    tables = response.context["tables"]
    assert len(tables) == 18
    page = response.content.decode()
    for table in tables.values():
        by_template, by_tag = _both_ways(table, query="days=90")
        assert by_tag == by_template, table.key
        assert by_tag in page, table.key
