"""The grade, status and clock tags: one implementation (vhub/templatetags/vhub_tags.py) used by
the includes on every page and by the triage queue's rows."""

import pytest
from django.template import Context, Engine

from referrals.models import SlaClock


def _include(name: str, **context) -> str:
    return Engine.get_default().get_template(f"includes/{name}.html").render(Context(context))


@pytest.mark.parametrize(
    ("grade", "provisional", "markup"),
    [
        ("", "", '<strong class="govuk-tag vhub-grade--none">Not graded</strong>'),
        ("high", "", '<strong class="govuk-tag vhub-grade--high">High</strong>'),
        (
            "medium",
            "1",
            '<strong class="govuk-tag vhub-grade--medium">Medium (provisional)</strong>',
        ),
        ("<b>", "", '<strong class="govuk-tag vhub-grade--&lt;b&gt;">&lt;b&gt;</strong>'),
    ],
)
def test_grade_tag(grade, provisional, markup) -> None:
    assert _include("grade_tag", grade=grade, provisional=provisional) == markup + "\n"


@pytest.mark.parametrize(
    ("grade", "provisional", "markup"),
    [
        ("", "", '<strong class="moj-badge moj-badge--large moj-badge--grey">Not graded</strong>'),
        (
            "high",
            "",
            '<strong class="moj-badge moj-badge--large moj-badge--red">High risk</strong>',
        ),
        (
            "medium",
            "1",
            '<strong class="moj-badge moj-badge--large moj-badge--orange">'
            "Medium risk (provisional)</strong>",
        ),
        (
            "<b>",
            "",
            '<strong class="moj-badge moj-badge--large moj-badge--grey">&lt;b&gt; risk</strong>',
        ),
    ],
)
def test_grade_badge(grade, provisional, markup) -> None:
    template = "{% load vhub_tags %}{% grade_badge grade provisional %}"
    rendered = (
        Engine.get_default()
        .from_string(template)
        .render(Context({"grade": grade, "provisional": provisional}))
    )
    assert rendered == markup


@pytest.mark.parametrize(
    ("status", "colour"),
    [
        ("submitted", "blue"),
        ("in_triage", "light-blue"),
        ("awaiting_approval", "purple"),
        ("returned", "orange"),
        ("returned_to_officer", "orange"),
        ("approved", "turquoise"),
        ("shared", "green"),
        ("closed", "grey"),
    ],
)
def test_status_tag_colour_and_escaped_label(status, colour) -> None:
    markup = _include("status_tag", status=status, label="A & <b>")
    assert markup == f'<strong class="govuk-tag govuk-tag--{colour}">A &amp; &lt;b&gt;</strong>\n'


def test_clock_tag() -> None:
    clock = SlaClock(state="breached")
    assert _include("clock_tag", clock=clock) == (
        '<strong class="govuk-tag vhub-clock--breached">Breached</strong>\n'
    )
