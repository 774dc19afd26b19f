"""The capacity page's tables are built in Python (dashboards/templatetags/capacity_tags.py)
for speed; they must be the markup the template's loops built, byte for byte."""

from datetime import date
from decimal import Decimal

import pytest
from django.template import engines
from django.utils import translation

from accounts.models import User
from dashboards.models import Weekday

# The loops of dashboards/capacity.html before the tags.
ROSTER_LOOP = (
    '{% for row in roster %}<tr class="govuk-table__row"><th scope="row" '
    'class="govuk-table__header">{{ row.user }}</th>{% for day, h in row.days %}'
    '<td data-label="{{ day }}" class="govuk-table__cell govuk-table__cell--numeric">'
    '{{ h|floatformat:"-2"|default:"–" }}</td>{% endfor %}<td data-label="Week" '
    'class="govuk-table__cell govuk-table__cell--numeric">{{ row.total|floatformat:"-2" }}'
    "</td></tr>{% endfor %}"
)
WEEKS_LOOP = (
    '{% for week, received, left, hours in weeks %}<tr class="govuk-table__row"><th scope="row" '
    'class="govuk-table__header">{{ week|date:"j M Y" }}</th><td data-label="Received" '
    'class="govuk-table__cell govuk-table__cell--numeric">{{ received }}</td>'
    '<td data-label="Left the backlog" class="govuk-table__cell govuk-table__cell--numeric">'
    '{{ left }}</td><td data-label="Practitioner hours" '
    'class="govuk-table__cell govuk-table__cell--numeric">{{ hours|floatformat:"-1" }}</td>'
    "</tr>{% endfor %}"
)
AHEAD_LOOP = (
    '{% for day, hours in ahead %}<tr class="govuk-table__row"><th scope="row" '
    'class="govuk-table__header">{{ day|date:"D j M" }}</th>'
    '<td class="govuk-table__cell govuk-table__cell--numeric">{{ hours|floatformat:"-1" }}'
    "</td></tr>{% endfor %}"
)


def _render(source: str, context: dict) -> str:
    return engines["django"].from_string("{% load capacity_tags %}" + source).render(context)


HOURS = [Decimal("7.50"), None, Decimal("0"), Decimal("0.25"), Decimal("24.00"), None, Decimal("8")]


@pytest.mark.parametrize("language", ["en-gb", "cy"])
def test_the_tables_are_the_markup_the_template_made(language) -> None:
    people = [
        User(pk=1, username="a", first_name="Sam", last_name="O'Neil <Lead> & co"),
        User(pk=2, username="b"),
    ]
    days = [(d.label, h) for d, h in zip(Weekday, HOURS, strict=True)]
    roster = [
        {"user": people[0], "days": days, "total": sum(h for _, h in days if h)},
        {"user": people[1], "days": [(d.label, None) for d in Weekday], "total": 0},
    ]
    weeks = [
        (date(2026, 9, 14), 0, 12, Decimal("0")),
        (date(2026, 12, 7), 1234, 5, Decimal("262.50")),
        (date(2027, 1, 4), 7, 0, Decimal("37.25")),
    ]
    ahead = [(date(2026, 12, 7), Decimal("0")), (date(2026, 12, 13), Decimal("75.5"))]
    context = {"roster": roster, "weeks": weeks, "ahead": ahead}
    with translation.override(language):
        assert _render("{% roster_rows roster %}", context) == _render(ROSTER_LOOP, context)
        assert _render("{% weekly_rows weeks %}", context) == _render(WEEKS_LOOP, context)
        assert _render("{% days_ahead_rows ahead %}", context) == _render(AHEAD_LOOP, context)
    assert "O&#x27;Neil &lt;Lead&gt; &amp; co" in _render("{% roster_rows roster %}", context)
