"""The partner inbox's rows, rendered in Python.

The inbox shows 25 shares, each with its snapshot's reference, children and grade, when it was
shared and where it stands, and its clocks. Through the template engine (two includes, two
loops, about 30 variable lookups and four `date` filters a row) rendering took 58 % of the
page's time (bench/README.md, issue 21 round two). Built here with f-strings, with every value
escaped as the template escapes it and every date formatted as the `date` filter formats it in
the current time zone (the dates are aware, USE_TZ). The markup is the template's, byte for byte:
tests/partners/test_inbox_rows.py compares each row with the template it replaced. The grade
and clock tags are vhub/templatetags/vhub_tags.py's, the same ones every page uses."""

from datetime import datetime
from typing import Any

from django import template
from django.urls import reverse
from django.utils.dates import MONTHS_3
from django.utils.safestring import SafeString
from django.utils.timezone import localtime

from vhub.templatetags.vhub_tags import (
    clock_tag,
    grade_tag,
    per_rendering,
    safe_markup,
    show,
)

register = template.Library()

# The grade column's sort key (moj-sortable-table): highest first, ungraded last.
_GRADE_ORDER = {"high": "1", "medium": "2", "standard": "3"}


_PAGE_KEY = "partners.inbox_row"  # the rendering's _Page, in its render context


class _Page:
    """What every row of one rendering shares, worked out once: the share page's URL up to the
    share's id (an `<int:share_id>` path: the id's digits follow it) and the month names of
    the active language (translated strings, each a lookup of the translation in force)."""

    def __init__(self) -> None:
        self.share_url = reverse("partners:share", args=[0]).removesuffix("0/")
        self.months: dict[int, str] = {}

    def month(self, value: datetime) -> str:
        """The `date` filter's "M": the month's three letters, title-cased."""
        name = self.months.get(value.month)
        if name is None:
            name = self.months[value.month] = str(MONTHS_3[value.month]).title()
        return name


def _shared_cell(page: _Page, created_at: datetime) -> str:
    at = localtime(created_at)
    return (
        '<td class="govuk-table__cell" data-label="Shared" '
        f'data-sort-value="{int(at.timestamp())}">'
        f'<span class="vhub-nowrap">{at.day} {page.month(at)} {at.year:04d}</span><br>'
        f"{at.hour:02d}:{at.minute:02d}</td>"
    )


def _standing(s: Any) -> str:
    response = getattr(s, "response", None)  # None when the agency has not answered
    if response is not None and response.declined_at:
        return '<strong class="govuk-tag govuk-tag--grey">Declined: wrong area</strong>'
    if response is not None and response.outcome:
        return (
            '<strong class="govuk-tag govuk-tag--green">Outcome recorded</strong><br>'
            f'<span class="govuk-body-s">{show(response.get_outcome_display())}</span>'
        )
    if s.acknowledged_at:
        return '<strong class="govuk-tag govuk-tag--blue">Acknowledged</strong>'
    return '<strong class="govuk-tag govuk-tag--yellow">Not acknowledged</strong>'


def _clock_item(page: _Page, c: Any) -> str:
    due = ""
    if c.is_open:
        at = localtime(c.due_at)
        due = f": due {at.day} {page.month(at)} {at.hour:02d}:{at.minute:02d} ({show(c.time_left)})"
    return (
        '\n        <li class="govuk-body-s govuk-!-margin-bottom-1">'
        f"{clock_tag(c)}\n {show(c.get_kind_display())}{due}</li>\n      "
    )


@register.simple_tag(takes_context=True)
def inbox_row(context: template.Context, s: Any) -> SafeString:
    """One `<tr>` of the inbox (partners/inbox.html): `s` is a share of partner_inbox with its
    `clock_list` (partners.portal_views.annotate_clocks)."""
    page = per_rendering(context, _PAGE_KEY, _Page)
    snapshot = s.snapshot
    reference = show(snapshot.get("reference", ""))
    version = (
        f' <span class="govuk-body-s">(version {show(s.version)})</span>' if s.version > 1 else ""
    )
    children = ", ".join(show(c.get("name", "")) for c in snapshot.get("children", ()))
    grade = snapshot.get("grade")
    url = show(f"{page.share_url}{int(s.pk)}/")
    clocks = "".join(_clock_item(page, c) for c in s.clock_list)
    # Every value in the row went through show() or is a number or a date's digits and month
    # (tests/partners/test_inbox_rows.py).
    return safe_markup(
        '<tr class="govuk-table__row">\n'
        f'    <td class="govuk-table__cell" data-label="Referral" data-sort-value="{reference}">'
        f'<a class="govuk-link vhub-nowrap" href="{url}">{reference}</a>{version}<br>'
        f'<span class="govuk-body-s">{show(snapshot.get("incident_type", ""))}</span></td>\n'
        f'    <td class="govuk-table__cell" data-label="Children">{children}</td>\n'
        '    <td class="govuk-table__cell" data-label="Grade" '
        f'data-sort-value="{_GRADE_ORDER.get(grade, "4")}">{grade_tag(grade or "")}\n</td>\n'
        f"    {_shared_cell(page, s.created_at)}\n"
        '    <td class="govuk-table__cell" data-label="Where it stands">\n'
        f"      {_standing(s)}\n"
        f'      <ul class="govuk-list govuk-!-margin-top-2 govuk-!-margin-bottom-0">{clocks}</ul>\n'
        "    </td>\n"
        "  </tr>"
    )
