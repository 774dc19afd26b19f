"""The dashboards' figures (a chart, its table and its CSV link), rendered in Python.

The performance dashboard shows 18 figures, about 2,300 values a request at scale 1; through
the template engine (an include per figure, two nested loops, four lookups and three `if`s a
cell) their rendering was over half the page's Python (bench/README.md, issue 21). Built here
with f-strings, every value escaped and localised as the template's `{{ }}` does it. The markup
is the template's, byte for byte: tests/dashboards/test_table_markup.py compares each figure
with the template this replaced (kept there as table_before.html)."""

from typing import Any

from django import template
from django.urls import reverse
from django.utils.safestring import SafeString

from dashboards.tables import Link, Table
from vhub.templatetags.vhub_tags import per_rendering, safe_markup, show

register = template.Library()


def _cell(value: Any) -> str:
    if isinstance(value, Link):
        return f'<a class="govuk-link" href="{show(value.url)}">{show(value.text)}</a>'
    return show(value)


def _rows(table: Table) -> str:
    numeric, headings = table.numeric, [show(h) for h in table.headers]
    out = []
    for row in table.rows:
        cells = []
        for i, value in enumerate(row):
            if i == 0:
                right = " govuk-table__header--numeric" if i in numeric else ""
                cells.append(
                    f'<th scope="row" class="govuk-table__header{right}">{_cell(value)}</th>'
                )
            else:
                right = " govuk-table__cell--numeric" if i in numeric else ""
                cells.append(
                    f'<td data-label="{headings[i]}" class="govuk-table__cell{right}">'
                    f"{_cell(value)}</td>"
                )
        out.append(f'<tr class="govuk-table__row">{"".join(cells)}</tr>')
    return "".join(out)


def _table(table: Table, caption: str) -> str:
    headers = "".join(
        f'<th scope="col" class="govuk-table__header'
        f'{" govuk-table__header--numeric" if i in table.numeric else ""}">{show(h)}</th>'
        for i, h in enumerate(table.headers)
    )
    return (
        '\n  <table class="govuk-table govuk-!-font-size-16 vhub-cards">\n'
        f'    <caption class="govuk-table__caption govuk-visually-hidden">{caption}</caption>\n'
        '    <thead class="govuk-table__head">'
        f'<tr class="govuk-table__row">{headers}</tr></thead>\n'
        f'    <tbody class="govuk-table__body">{_rows(table)}</tbody>\n'
        "  </table>\n  "
    )


@register.simple_tag(takes_context=True)
def dashboard_table(
    context: template.Context, table: Table, export_name: str = "dashboards:export"
) -> SafeString:
    """One figure: its chart (if any), its table in a details element, and its CSV export
    (`export_name`: the URL name taking the table's key; the page's `query` follows it)."""
    key, caption = show(table.key), show(table.caption)
    # The export URL up to the key (a `<str:key>` path: the key follows it), once a rendering.
    export = per_rendering(
        context,
        f"dashboards.export:{export_name}",
        lambda: reverse(export_name, args=["-"]).removesuffix("-.csv"),
    )
    query = context.get("query")
    note = f'<p class="govuk-body">{show(table.note)}</p>' if table.note else ""
    chart = (
        f'<div class="vhub-chart-box" tabindex="0" role="region" aria-labelledby="fig-{key}">'
        f"{show(table.chart)}</div>"
        if table.chart
        else ""
    )
    details = (
        '<details class="govuk-details">\n'
        '    <summary class="govuk-details__summary"><span class="govuk-details__summary-text">'
        f"Table: {caption}</span></summary>\n"
        '    <div class="govuk-details__text">'
        if table.chart
        else ""
    )
    body = (
        _table(table, caption)
        if table.rows
        else '<p class="govuk-body">None for these filters.</p>'
    )
    html = (
        "\n"
        f'<section class="vhub-figure" aria-labelledby="fig-{key}">\n'
        f'  <h3 class="govuk-heading-s" id="fig-{key}">{caption}</h3>\n'
        f"  {note}\n"
        f"  {chart}\n"
        f"  {details}\n"
        f"  {body}\n"
        f"  {'</div></details>' if table.chart else ''}\n"
        f'  <p class="govuk-body-s"><a class="govuk-link" href="{show(export)}{key}.csv'
        f'{"?" + show(query) if query else ""}" download>Download “{caption}” as CSV</a></p>\n'
        "</section>\n"
    )
    # Every value put into the markup above went through show().
    return safe_markup(html)
