"""The triage queue's rows, rendered in Python.

The queue shows 50 rows of about 40 values each, and its "Why this rank" breakdowns make up
two-thirds of the page. Through the template engine (three includes, two loops and ~35
variable nodes a row) the rows took 15 of the page's 45 ms at scale 1 (bench/README.md);
built here with f-strings they take about 3 ms. Each row is a `QueueRow` of plain values
(referrals/selectors.py `queue_page_rows`). Every value is escaped as the template escapes it, and
numbers and dates are formatted as the template formats them. The markup is the template's,
byte for byte: tests/referrals/test_queue_rows.py compares each row with the template it
replaced, rendered from the model instances it read. The grade, status and clock tags are
vhub/templatetags/vhub_tags.py's, the same ones every page uses. What every row shares (the
referral page's URL up to the reference) is worked out once a rendering (`_Page`), the
status, clock and month names once a process for each language."""

import functools
from datetime import date
from typing import Any
from urllib.parse import quote

from django import template
from django.urls import reverse
from django.utils.dates import MONTHS_3
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from referrals.models import Referral, SlaClock
from referrals.selectors import QueueRow
from vhub.templatetags.vhub_tags import (
    clock_state_tag,
    grade_tag,
    per_rendering,
    safe_markup,
    show,
    status_tag,
)

register = template.Library()

_PAGE_KEY = "referrals.queue_row"  # the rendering's _Page, in its render context

# What reverse() leaves unquoted in a path (django.urls.resolvers).
_URL_SAFE = RFC3986_SUBDELIMS + "/~:@"


@functools.cache
def _labels(model: Any, name: str, language: str | None) -> dict[Any, str]:
    """A choice field's labels in `language`, as get_<name>_display() gives them there: worked
    out once a process for each language (get_…_display() builds its choices' dict at every
    call)."""
    return {value: str(label) for value, label in model._meta.get_field(name).flatchoices}


@functools.cache
def _months(language: str | None) -> dict[int, str]:
    """The `date` filter's "M" in `language`: each month's three letters, title-cased."""
    return {month: str(name).title() for month, name in MONTHS_3.items()}


class _Page:
    """What every row of one rendering shares, worked out once: the referral page's URL up to
    the reference (a `<str:reference>` path, which reverse() quotes), and the labels and month
    names of the active language."""

    def __init__(self) -> None:
        self.detail_url = reverse("referrals:detail", args=["0"]).removesuffix("0/")
        language = get_language()
        self.statuses = _labels(Referral, "status", language)
        self.clock_kinds = _labels(SlaClock, "kind", language)
        self.clock_states = _labels(SlaClock, "state", language)
        self.months = _months(language)
        self.score_parts: dict[tuple[str, str, int], str] = {}

    def referral_url(self, reference: str) -> str:
        return f"{self.detail_url}{quote(reference, safe=_URL_SAFE)}/"

    def score_part(self, part: dict[str, Any]) -> str:
        """One part of a row's "Why this rank": the same few labels, details and points recur
        down the page (every high grade's 100 points), so each is built once."""
        label, detail, points = part.get("label", ""), part.get("detail", ""), part["points"]
        if not (type(label) is str and type(detail) is str and type(points) is int):
            return _score_part(label, detail, points)
        key = (label, detail, points)
        markup = self.score_parts.get(key)
        if markup is None:
            markup = self.score_parts[key] = _score_part(label, detail, points)
        return markup


def _born(page: _Page, value: date) -> str:
    """The `date:"j M Y"` filter, for a date."""
    return f"{value.day} {page.months[value.month]} {value.year:04d}"


def _select_cell(r: QueueRow) -> str:
    pk, ref = show(r.pk), show(r.reference)
    return (
        '<td class="govuk-table__cell"><div class="govuk-checkboxes govuk-checkboxes--small">'
        '<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" '
        f'id="select-{pk}" name="referrals" type="checkbox" value="{pk}">'
        f'<label class="govuk-label govuk-checkboxes__label" for="select-{pk}">'
        f'<span class="govuk-visually-hidden">Select {ref}</span></label></div></div></td>'
    )


def _referral_cell(page: _Page, r: QueueRow) -> str:
    url = page.referral_url(r.reference)
    return (
        f'<td class="govuk-table__cell" data-label="Referral"><a class="govuk-link vhub-nowrap" '
        f'href="{show(url)}">'
        f'{show(r.reference)}</a><br><span class="govuk-body-s">{show(r.incident_type)}<br>'
        f"{show(r.area or 'Area not set')}</span></td>"
    )


def _children_cell(page: _Page, r: QueueRow) -> str:
    names = []
    for name, born in r.children:
        cell = show(name)
        if born:
            cell += f'<br><span class="govuk-body-s">born {_born(page, born)}</span>'
        names.append(cell)
    return f'<td class="govuk-table__cell" data-label="Children">{"<br>".join(names)}</td>'


def _grade_cell(r: QueueRow) -> str:
    cell = grade_tag(r.effective_grade, not r.current_grade) + "\n"
    if r.open_flags:
        plural = "" if r.open_flags == 1 else "s"
        cell += (
            '<br><strong class="govuk-tag govuk-tag--red govuk-!-margin-top-1">'
            f"{show(r.open_flags)} flag{plural}</strong>"
        )
    if r.unassessed_children:
        many = f" for {show(r.unassessed_children)} children" if r.unassessed_children > 1 else ""
        cell += (
            '<br><strong class="govuk-tag govuk-tag--orange govuk-!-margin-top-1">'
            f"No risk assessment{many}</strong>"
        )
    return f'<td class="govuk-table__cell" data-label="Grade and flags">{cell}</td>'


def _clock_cell(page: _Page, r: QueueRow) -> str:
    clock = r.urgent_clock
    if not clock:
        return (
            '<td class="govuk-table__cell" data-label="Most urgent clock">'
            '<span class="govuk-body-s">No clock running</span></td>'
        )
    kind = page.clock_kinds.get(clock.kind, clock.kind)
    return (
        '<td class="govuk-table__cell" data-label="Most urgent clock">'
        f"{clock_state_tag(clock.state, page.clock_states.get(clock.state, clock.state))}\n"
        '<br><span class="govuk-body-s">'
        f"{show(kind)}: {show(r.urgent_words)}</span></td>"
    )


def _score_part(label: Any, detail: Any, points: Any) -> str:
    return (
        '<li class="vhub-why__part"><span>'
        f'{show(label)}<span class="govuk-visually-hidden">, </span>'
        f'<span class="vhub-why__detail">{show(detail)}</span></span>'
        '<span class="vhub-why__points"><span class="govuk-visually-hidden">: </span>'
        f"{show(points)}</span></li>"
    )


def _priority_cell(page: _Page, r: QueueRow) -> str:
    parts = "".join(
        page.score_part(part)
        for part in r.priority_breakdown
        # The field's default is {}: the template looped over nothing there, so does this.
        if isinstance(part, dict) and part.get("points")
    )
    score, ref = show(r.priority_score), show(r.reference)
    return (
        '<td class="govuk-table__cell govuk-table__cell--numeric" data-label="Priority">\n'
        f'        <span class="vhub-queue__score">{score}'
        '<span class="govuk-visually-hidden"> points</span></span>\n'
        '        <details class="govuk-details vhub-why">\n'
        '          <summary class="govuk-details__summary">'
        '<span class="govuk-details__summary-text">Why this rank'
        f'<span class="govuk-visually-hidden"> for {ref}</span></span></summary>\n'
        '          <div class="govuk-details__text">\n'
        '            <ul class="govuk-list vhub-why__parts">\n'
        f"              {parts}\n"
        '              <li class="vhub-why__part vhub-why__total"><span>Total</span>'
        '<span class="vhub-why__points"><span class="govuk-visually-hidden">: </span>'
        f"{score}</span></li>\n"
        "            </ul>\n"
        "          </div>\n"
        "        </details>\n"
        "      </td>"
    )


@register.simple_tag(takes_context=True)
def queue_row(context: template.Context, r: QueueRow, can_allocate: bool) -> SafeString:
    """One `<tr>` of the queue (referrals/_queue_results.html)."""
    page = per_rendering(context, _PAGE_KEY, _Page)
    select = _select_cell(r) if can_allocate else ""
    status = status_tag(r.status, page.statuses.get(r.status, r.status)) + "\n"
    if r.closure_pending:
        status += (
            '<br><strong class="govuk-tag govuk-tag--yellow govuk-!-margin-top-1">'
            "Closure awaiting sign-off</strong>"
        )
    if r.closure_outcome is not None:
        status += f'<br><span class="govuk-body-s">{show(r.closure_outcome)}</span>'
    allocated = show(r.allocated_to or "Unallocated")
    # Every value in the row went through show() (tests/referrals/test_queue_rows.py).
    return safe_markup(
        '<tr class="govuk-table__row">\n'
        f"      {select}\n"
        f"      {_referral_cell(page, r)}\n"
        f"      {_children_cell(page, r)}\n"
        f"      {_grade_cell(r)}\n"
        f"      {_clock_cell(page, r)}\n"
        f'      <td class="govuk-table__cell" data-label="Status">{status}</td>\n'
        f'      <td class="govuk-table__cell" data-label="Allocated to">{allocated}</td>\n'
        f"      {_priority_cell(page, r)}\n"
        "    </tr>"
    )
