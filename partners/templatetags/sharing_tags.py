"""Showing a share's snapshot: only the fields it holds, labelled, in the template's order."""

from django import template

from partners.pack_templates import CHILD_FIELDS, INCIDENT_FIELDS

register = template.Library()


@register.filter
def incident_rows(snapshot: dict) -> list[tuple[str, object]]:
    return [(label, snapshot[code]) for code, label in INCIDENT_FIELDS.items() if code in snapshot]


@register.filter
def child_rows(child: dict) -> list[tuple[str, object]]:
    """A child's fields other than the name (the heading), those the snapshot holds."""
    rows = []
    for code, label in CHILD_FIELDS.items():
        key = code.removeprefix("child.")
        if key != "name" and key in child:
            rows.append((label, child[key]))
    return rows
