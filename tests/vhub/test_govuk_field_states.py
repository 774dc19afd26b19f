"""`govuk_field` builds every field kind in Python (vhub/templatetags/govuk.py) for speed; each
must be the markup the template it replaced made, byte for byte, in every state a form puts it
in: unbound, bound, invalid and without ids, with localised numbers and choices read once
(test_govuk_field.py covers each kind's options and the real forms)."""

from pathlib import Path
from typing import Any

import pytest
from django import forms
from django.template import engines
from django.test import override_settings

from vhub.forms import GovukDateField, choices_read_once
from vhub.models import Agency
from vhub.templatetags.govuk import _kind

# The template the tag rendered before its markup moved to Python.
FIELD_BEFORE = (Path(__file__).parent / "govuk_field_before.html").read_text()


class EveryKind(forms.Form):
    name = forms.CharField(label="Name & <alias>", max_length=100, help_text="As <b>written</b>")
    email = forms.EmailField(required=False)
    count = forms.IntegerField(label="How many", initial=12345, required=False)
    amount = forms.DecimalField(required=False, initial="1234.5")
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    story = forms.CharField(widget=forms.Textarea, help_text="Say what happened")
    upload = forms.FileField(required=False, help_text="A PDF")
    grade = forms.ChoiceField(choices=[("", "Any"), ("high", "High"), ("low", "Low <b>")])
    number = forms.TypedChoiceField(choices=[(1, "One"), (2, "Two")], coerce=int, initial=2)
    area = forms.ModelChoiceField(queryset=Agency.objects.order_by("id"), required=False)
    area_once = forms.ModelChoiceField(
        queryset=Agency.objects.order_by("id"), empty_label="Any area", required=False
    )
    agree = forms.BooleanField(label="I agree & <accept>")
    optional = forms.BooleanField(required=False)
    way = forms.ChoiceField(choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect)
    kinds = forms.MultipleChoiceField(
        choices=[("x", "X"), ("y", "Y")], widget=forms.CheckboxSelectMultiple, required=False
    )
    day = GovukDateField(label="Day", required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices_read_once(self.fields["area_once"])  # type: ignore[arg-type]  # a model field
        self.fields["kinds"].choice_hints = {"y": "Why <y>"}  # type: ignore[attr-defined]


def _both_ways(form: forms.Form, name: str, **options: Any) -> tuple[str, str]:
    field = form[name]
    by_template = (
        engines["django"]
        .from_string(FIELD_BEFORE)
        .render(
            {
                "field": field,
                "kind": _kind(field.field.widget),
                "width": options.get("width", ""),
                "label_class": options.get("label_class", "govuk-label--s"),
                "inline": False,
                "reveal_value": "",
                "reveal_field": None,
                "boxes": [
                    (box, getattr(field.field, "choice_hints", {}).get(box.data["value"], ""))
                    for box in field
                ]
                if _kind(field.field.widget) == "checkboxes"
                else [],
            }
        )
    )
    arguments = " ".join(f'{k}="{v}"' for k, v in options.items())
    by_tag = (
        engines["django"]
        .from_string("{% load govuk %}{% govuk_field form." + name + " " + arguments + " %}")
        .render({"form": form})
    )
    return by_template, by_tag


FORMS = {
    "unbound": lambda: EveryKind(),
    "bound and valid": lambda: EveryKind(
        {
            "name": "Ann <O'Neil>",
            "email": "a@example.org",
            "count": "7",
            "notes": "Line one\n<two> & three",
            "story": "x",
            "grade": "high",
            "number": "1",
            "area": str(Agency.objects.order_by("id").first().pk),
            "area_once": str(Agency.objects.order_by("id").last().pk),
            "agree": "on",
            "way": "b",
            "kinds": ["y"],
        }
    ),
    "bound with errors": lambda: EveryKind(
        {"email": "not an email", "count": "many", "grade": "nope", "area": "0", "day_0": "40"}
    ),
    "no ids": lambda: EveryKind(auto_id=False),
}


@pytest.mark.django_db
@pytest.mark.parametrize("state", FORMS)
@pytest.mark.parametrize("name", list(EveryKind.base_fields))
def test_a_field_is_the_markup_the_template_made(state, name) -> None:
    form = FORMS[state]()
    form.is_valid()
    by_template, by_tag = _both_ways(form, name)
    assert by_tag == by_template


@pytest.mark.django_db
@override_settings(USE_THOUSAND_SEPARATOR=True)
def test_numbers_are_localised_as_the_template_showed_them() -> None:
    by_template, by_tag = _both_ways(EveryKind(), "count")
    assert 'value="12,345"' in by_tag
    assert by_tag == by_template


@pytest.mark.django_db
def test_width_and_label_class_are_the_template_markup() -> None:
    form = EveryKind()
    by_template, by_tag = _both_ways(
        form, "name", width="govuk-!-width-full", label_class="govuk-label--m"
    )
    assert "govuk-!-width-full" in by_tag
    assert "govuk-label--m" in by_tag
    assert by_tag == by_template
