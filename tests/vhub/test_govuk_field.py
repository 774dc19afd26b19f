"""The GOV.UK field renderer (vhub/templatetags/govuk.py) and the date widget (vhub/forms.py)
build their markup in Python for speed; it must be the markup their templates built, byte for
byte. The templates they replaced are kept beside this test and rendered as they were."""

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Engine

from dashboards.forms import (
    AbsenceForm,
    CapacitySettingsForm,
    DashboardFilterForm,
    RosterForm,
    WhatIfForm,
)
from vhub.forms import GovukDateField
from vhub.templatetags.govuk import _kind

HERE = Path(__file__).parent
FIELD_BEFORE = (HERE / "govuk_field_before.html").read_text()
DATE_BEFORE = (HERE / "govuk_date_before.html").read_text()


def _old_field(field: Any, **options: Any) -> str:
    """What `{% govuk_field field ... %}` drew: its inclusion template with the tag's context."""
    kind = _kind(field.field.widget)
    hints = getattr(field.field, "choice_hints", {})
    boxes = (
        [(box, hints.get(str(box.data["value"]), "")) for box in field]
        if kind == "checkboxes"
        else []
    )
    context = {
        "field": field,
        "boxes": boxes,
        "kind": kind,
        "width": "",
        "label_class": "govuk-label--s",
        "inline": False,
        "reveal_value": "",
        "reveal_field": None,
        **options,
    }
    return Engine.get_default().from_string(FIELD_BEFORE).render(Context(context))


def _new_field(field: Any, **options: Any) -> str:
    args = "".join(f" {name}={name}" for name in options)
    template = "{% load govuk %}{% govuk_field field" + args + " %}"
    return Engine.get_default().from_string(template).render(Context({"field": field, **options}))


class Everything(forms.Form):
    """One field of each kind the renderer draws, with hints, limits and awkward text."""

    name = forms.CharField(label='Name <& "quoted">', max_length=40, help_text="As 'known' & <b>")
    email = forms.EmailField(label="E-mail", required=False)
    hours = forms.DecimalField(label="Hours", min_value=0, max_value=24, decimal_places=2)
    count = forms.IntegerField(label="Count", min_value=0, max_value=1000, required=False)
    notes = forms.CharField(label="Notes", widget=forms.Textarea, required=False)
    short_notes = forms.CharField(
        label="Short notes", widget=forms.Textarea(attrs={"rows": 3}), help_text="A line"
    )
    colour = forms.ChoiceField(
        label="Colour", choices=[("", "Choose"), ("red", "Red & <pink>"), ("blue", "Blue")]
    )
    number = forms.TypedChoiceField(
        label="Number", choices=[(1, "One"), (2, "Two")], coerce=int, required=False
    )
    decision = forms.ChoiceField(
        label="Decision",
        choices=[("agree", "Agree"), ("change", "Change <it>")],
        widget=forms.RadioSelect,
        help_text="Pick one",
    )
    grade = forms.ChoiceField(
        label="Grade", choices=[("high", "High"), ("standard", "Standard")], required=False
    )
    agencies = forms.MultipleChoiceField(
        label="Agencies",
        choices=[("1", "Police"), ("2", "Health & care"), ("3", "School")],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    confirm = forms.BooleanField(label="I confirm <this>", required=False)
    upload = forms.FileField(label="File", required=False, help_text="PDF only")
    when = GovukDateField(label="Date of incident", help_text="For example, 27 3 2026")
    until = GovukDateField(label="Until", required=False, past_only=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["agencies"].choice_hints = {"2": "Ticked because <they> asked"}  # type: ignore[attr-defined]


BAD = {
    "name": "<script>&",
    "email": "not an e-mail",
    "hours": "99",
    "count": "x",
    "notes": "Line one\n<b>two</b> & three",
    "short_notes": "",
    "colour": "green",
    "number": "2",
    "decision": "change",
    "grade": "standard",
    "agencies": ["2", "3"],
    "confirm": "on",
    "when_0": "31",
    "when_1": "2",
    "when_2": "26",
    "until_0": "",
    "until_1": "<3",
    "until_2": "",
}
GOOD = {**BAD, "name": "Sam", "email": "a@b.uk", "hours": "7.5", "count": "3", "colour": "red"}
GOOD |= {"short_notes": "x", "when_0": "1", "when_1": "2", "when_2": "2026", "until_1": ""}

FORMS = [
    pytest.param(lambda: Everything(), id="empty"),
    pytest.param(
        lambda: Everything(
            initial={"hours": Decimal("7.50"), "colour": "blue", "confirm": True, "count": 37}
        ),
        id="initial",
    ),
    pytest.param(lambda: Everything(BAD, {"upload": SimpleUploadedFile("a.pdf", b"x")}), id="bad"),
    pytest.param(lambda: Everything(GOOD), id="good"),
    pytest.param(lambda: Everything(BAD, prefix="p", auto_id="field-%s"), id="prefix"),
    pytest.param(lambda: Everything(BAD, auto_id=False), id="no-ids"),
]


@pytest.mark.parametrize("make", FORMS)
def test_every_kind_of_field_is_the_markup_the_template_made(make) -> None:
    form = make()
    form.is_valid()
    for field in form:
        assert _new_field(field) == _old_field(field), field.name
        for options in ({"width": "govuk-input--width-5 <x>"}, {"label_class": "govuk-label--m"}):
            assert _new_field(field, **options) == _old_field(field, **options), field.name
    assert _new_field(form["decision"], inline=True) == _old_field(form["decision"], inline=True)
    reveal = {"reveal_value": "change", "reveal_field": form["grade"]}
    assert _new_field(form["decision"], **reveal) == _old_field(form["decision"], **reveal)


@pytest.mark.parametrize("make", FORMS)
def test_the_date_boxes_are_the_markup_the_template_made(make) -> None:
    form = make()
    form.is_valid()
    for name in ("when", "until"):
        field = form[name]
        widget = field.field.widget
        attrs = field.build_widget_attrs({})
        if field.auto_id:
            attrs["id"] = field.auto_id
        context = widget.get_context(field.html_name, field.value(), attrs)
        # Django's form renderer strips what a widget's template renders.
        old = Engine.get_default().from_string(DATE_BEFORE).render(Context(context)).strip()
        assert widget.render(field.html_name, field.value(), attrs) == old
        assert str(field) == old


@pytest.mark.django_db
@pytest.mark.parametrize("bound", [False, True])
def test_the_capacity_and_dashboard_forms_are_the_markup_the_template_made(
    bound, practitioner
) -> None:
    data = {
        "extra_hours": "-1",
        "local_authority": "0",
        "practitioner": str(practitioner.pk),
        "day_0": "7.5",
        "day_1": "x",
        "first_day_0": "1",
        "reason": "<leave>",
        "inflow_margin_percent": "",
        "start_0": "1",
        "start_1": "1",
        "start_2": "2026",
    }
    made = [
        WhatIfForm(data if bound else None),
        RosterForm(data if bound else None),
        AbsenceForm(data if bound else None),
        CapacitySettingsForm(data if bound else None, initial={"trend_days": 28}),
        DashboardFilterForm(data if bound else None, today=date(2026, 12, 7)),
    ]
    for form in made:
        form.is_valid()
        for field in form:
            assert _new_field(field) == _old_field(field), field.name
