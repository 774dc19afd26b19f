"""VHub's small status tags (grade, referral status, SLA clock), built in Python: the same
markup wherever they appear, and cheap enough for the triage queue's 50 rows
(referrals/templatetags/queue_tags.py). The includes in templates/includes/ call these."""

import html
from collections.abc import Callable
from typing import Any, TypeVar

from django import template
from django.conf import settings
from django.template.base import render_value_in_context
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst

register = template.Library()

_T = TypeVar("_T")


def per_rendering(context: template.Context, key: str, make: Callable[[], _T]) -> _T:
    """What every row of one rendering shares (a URL's fixed part, choice labels), made by
    `make` at the first row and kept in the rendering's render context, which ends with it:
    the rows' tags (queue_tags, inbox_tags) work it out once a page, not once a row."""
    shared = context.render_context.get(key)
    if shared is None:
        shared = context.render_context[key] = make()
    return shared


STATUS_COLOURS = {
    "submitted": "blue",
    "in_triage": "light-blue",
    "awaiting_approval": "purple",
    "returned": "orange",
    "returned_to_officer": "orange",
    "approved": "turquoise",
    "shared": "green",
}


# The context a template's `{{ value }}` is shown in: autoescape on, localised, in the
# current time zone (Context's defaults).
_AS_IN_A_TEMPLATE = template.Context()


def show(value: Any) -> str:
    """A value as a template's `{{ value }}` shows it in the active language: localised
    (numbers, dates, datetimes in the current time zone), then escaped unless it is safe.
    Every tag that builds markup in Python shows its values through this
    (tests/vhub/test_show.py holds it to the template engine)."""
    kind = type(value)
    if kind is str:  # most values: a plain string (a safe one is a subclass)
        return html.escape(value)
    if kind is SafeString:
        return value
    if kind is int and not settings.USE_THOUSAND_SEPARATOR:
        # What localize() makes of a whole number without thousands separators.
        return str(value)
    if isinstance(value, str):  # another string: a choice's enum member...
        # What localize() leaves as it is and conditional_escape() then makes of it.
        return value.__html__() if hasattr(value, "__html__") else html.escape(str(value))
    return render_value_in_context(value, _AS_IN_A_TEMPLATE)


def safe_markup(markup: str) -> SafeString:
    """Markup a tag built in Python, as safe: every value in it went through show() (or is
    markup that was already safe), as each tag's tests pin."""
    return mark_safe(markup)  # noqa: S308  # nosec B308 B703


@register.simple_tag
def grade_tag(grade: str, provisional: Any = False) -> SafeString:
    if not grade:
        return safe_markup('<strong class="govuk-tag vhub-grade--none">Not graded</strong>')
    provisional_text = " (provisional)" if provisional else ""
    return safe_markup(
        f'<strong class="govuk-tag vhub-grade--{show(grade)}">'
        f"{show(capfirst(grade))}{provisional_text}</strong>"
    )


# MOJ badge colours of the grades (moj-badge--*; medium's orange is VHub's own, frontend/app.scss).
BADGE_COLOURS = {"high": "red", "medium": "orange", "standard": "green"}


@register.simple_tag
def grade_badge(grade: str, provisional: Any = False) -> SafeString:
    """The grade as an MOJ badge: the referral's headline marker, larger than a tag."""
    if not grade:
        return safe_markup(
            '<strong class="moj-badge moj-badge--large moj-badge--grey">Not graded</strong>'
        )
    colour = BADGE_COLOURS.get(grade, "grey")
    provisional_text = " (provisional)" if provisional else ""
    return safe_markup(
        f'<strong class="moj-badge moj-badge--large moj-badge--{colour}">'
        f"{show(capfirst(grade))} risk{provisional_text}</strong>"
    )


@register.simple_tag
def status_tag(status: str, label: Any) -> SafeString:
    colour = STATUS_COLOURS.get(status, "grey")
    return safe_markup(f'<strong class="govuk-tag govuk-tag--{colour}">{show(label)}</strong>')


@register.simple_tag
def clock_tag(clock: Any) -> SafeString:
    return clock_state_tag(clock.state, clock.get_state_display())


def clock_state_tag(state: str, label: Any) -> SafeString:
    """A clock's tag from its state and the state's label (the queue's rows have no clock
    instance)."""
    return safe_markup(
        f'<strong class="govuk-tag vhub-clock--{show(state)}">{show(label)}</strong>'
    )
