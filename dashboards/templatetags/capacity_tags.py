"""The capacity page's tables, rendered in Python.

The roster is a row per practitioner and supervisor with eight figures each, and the trend and
the days ahead two more tables of dates and hours: through the template engine (a loop, a
`floatformat` and a lookup a cell) they were a third of the page's rendering (bench/README.md,
issue 21 capacity). Built here with f-strings, every value escaped as the template escapes it,
every number and date through the very `floatformat` and `date` filters the template used. The
markup is the template's, byte for byte: tests/dashboards/test_capacity_tables.py compares each
table with the loop it replaced."""

from datetime import date
from decimal import Decimal
from typing import Any

from django import template
from django.template.defaultfilters import date as date_format
from django.template.defaultfilters import floatformat
from django.utils.safestring import SafeString

from vhub.templatetags.vhub_tags import safe_markup, show

register = template.Library()

_NUMERIC = "govuk-table__cell govuk-table__cell--numeric"


@register.simple_tag
def roster_rows(roster: list[dict[str, Any]]) -> SafeString:
    """The usual hours: a row per person, a cell per weekday ("–" for none) and the week."""
    # A roster repeats a few values (7.5, none...): each formatted once a rendering.
    shown: dict[tuple[type, str], str] = {}

    def cell(hours: Decimal | None) -> str:
        key = (type(hours), str(hours))
        text = shown.get(key)
        if text is None:
            text = shown[key] = show(floatformat(hours, "-2") or "–")
        return text

    rows = []
    for row in roster:
        days = "".join(
            f'<td data-label="{show(day)}" class="{_NUMERIC}">{cell(hours)}</td>'
            for day, hours in row["days"]
        )
        rows.append(
            '<tr class="govuk-table__row">'
            f'<th scope="row" class="govuk-table__header">{show(row["user"])}</th>{days}'
            f'<td data-label="Week" class="{_NUMERIC}">{show(floatformat(row["total"], "-2"))}'
            "</td></tr>"
        )
    return safe_markup("".join(rows))


@register.simple_tag
def weekly_rows(weeks: list[tuple[date, int, int, Decimal]]) -> SafeString:
    """Demand, throughput and hours a week."""
    return safe_markup(
        "".join(
            '<tr class="govuk-table__row">'
            f'<th scope="row" class="govuk-table__header">{show(date_format(week, "j M Y"))}</th>'
            f'<td data-label="Received" class="{_NUMERIC}">{show(received)}</td>'
            f'<td data-label="Left the backlog" class="{_NUMERIC}">{show(left)}</td>'
            f'<td data-label="Practitioner hours" class="{_NUMERIC}">'
            f"{show(floatformat(hours, '-1'))}</td></tr>"
            for week, received, left, hours in weeks
        )
    )


@register.simple_tag
def days_ahead_rows(ahead: list[tuple[date, Decimal]]) -> SafeString:
    """Hours rostered on each of the next days."""
    return safe_markup(
        "".join(
            '<tr class="govuk-table__row">'
            f'<th scope="row" class="govuk-table__header">{show(date_format(day, "D j M"))}</th>'
            f'<td class="{_NUMERIC}">{show(floatformat(hours, "-1"))}</td></tr>'
            for day, hours in ahead
        )
    )
