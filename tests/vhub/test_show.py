"""show() and safe_markup() (vhub/templatetags/vhub_tags.py): the one way every tag that builds
markup in Python shows a value. show(value) must be what a template's `{{ value }}` renders, in
the active language, for every kind of value the tags pass it (its fast paths included)."""

import html
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from django.db import models
from django.template import Context, Engine
from django.test import override_settings
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy

from vhub.grades import Grade
from vhub.templatetags.vhub_tags import safe_markup, show


class Rating(models.TextChoices):
    NONE = "<none>", "None given"


class Marked(str):
    """A string that says how it is shown in HTML, as SafeString does."""

    def __html__(self) -> str:
        return f"<i>{html.escape(self)}</i>"


VALUES: list[Any] = [
    "plain",
    '<b>Tom & Jerry\'s "cartoon"</b>',
    mark_safe("<b>already safe</b>"),
    "",
    None,
    True,
    0,
    1234567,
    -42,
    1.5,
    Decimal("7.50"),
    Decimal("1234.5"),
    date(2026, 3, 9),
    datetime(2026, 6, 1, 12, 5, tzinfo=UTC),  # 13:05 in London (summer time)
    gettext_lazy("January"),
    gettext_lazy("Enter a valid date."),
    Grade.HIGH,  # a str subclass: a choice's enum member
    Rating.NONE,
    Marked("<Tom>"),
]


def _template(value: Any) -> str:
    return Engine.get_default().from_string("{{ value }}").render(Context({"value": value}))


@pytest.mark.parametrize("language", ["en-gb", "cy"])
@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_show_is_what_the_template_shows(language: str, value: Any) -> None:
    with translation.override(language):
        assert show(value) == _template(value)


@override_settings(USE_THOUSAND_SEPARATOR=True)
@pytest.mark.parametrize("value", [1234567, Decimal("1234.5"), 1234.5], ids=repr)
def test_show_groups_thousands_when_the_settings_do(value: Any) -> None:
    # The whole-number fast path must not skip the grouping when it is on.
    assert "," in show(value)
    assert show(value) == _template(value)


@pytest.mark.parametrize(
    ("language", "value", "shown"),
    [
        ("en-gb", "<b>x</b> & 'y'", "&lt;b&gt;x&lt;/b&gt; &amp; &#x27;y&#x27;"),
        ("en-gb", mark_safe("<b>x</b>"), "<b>x</b>"),
        ("en-gb", None, "None"),
        ("en-gb", 1234567, "1234567"),
        ("en-gb", Decimal("7.50"), "7.50"),
        ("en-gb", 0.25, "0.25"),
        ("en-gb", date(2026, 3, 9), "9 Mar 2026"),
        ("cy", date(2026, 3, 9), "9 Mawrth 2026"),
        ("en-gb", datetime(2026, 6, 1, 12, 5, tzinfo=UTC), "1 Jun 2026, 1:05 p.m."),
        ("en-gb", gettext_lazy("January"), "January"),
        ("cy", gettext_lazy("January"), "Ionawr"),
    ],
    ids=repr,
)
def test_show_examples(language: str, value: Any, shown: str) -> None:
    """What the comparison above means, spelled out: localised in the language, in London's
    time, escaped unless already safe."""
    with translation.override(language):
        assert show(value) == shown


def test_safe_markup_marks_the_string_safe_as_it_is() -> None:
    markup = safe_markup(f"<p>{show('<script>')}</p>")
    assert isinstance(markup, SafeString)
    assert markup == "<p>&lt;script&gt;</p>"
    assert _template(markup) == "<p>&lt;script&gt;</p>"
