"""Form fields and widgets shaped for GOV.UK Frontend's components."""

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, time
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import conditional_escape as escape
from django.utils.safestring import SafeString, mark_safe

UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")


def normalise_postcode(value: str) -> str:
    compact = re.sub(r"\s+", "", value or "").upper()
    if not compact:
        return ""
    spaced = f"{compact[:-3]} {compact[-3:]}"
    if not UK_POSTCODE.match(spaced):
        raise ValidationError("Enter a real postcode, like WR1 2AB")
    return spaced


def choices_read_once(field: forms.ModelChoiceField, rows: Iterable[Any] | None = None) -> None:
    """Give a model choice field choices read in one query when it is rendered. Its own
    choices count the rows first, then read them through a server-side cursor: two statements
    (three with the cursor's close) on every page that shows the field. `rows`, when the page
    has already read the queryset's rows for something else, are the choices instead (no
    statement). Validation still looks the chosen row up through the field's queryset."""
    source = field.queryset if rows is None else rows
    empty = [] if field.empty_label is None else [("", field.empty_label)]
    field.choices = lambda: [
        *empty,
        *((row.pk, field.label_from_instance(row)) for row in source),  # type: ignore[union-attr]
    ]


def validate_name_characters(value: str) -> None:
    """Refuse characters that change how a name is drawn without being seen: bidirectional
    embeddings, overrides and isolates, zero-width spaces and joiners, the byte-order mark,
    soft hyphens (Unicode's "format" category) and control characters. In a list of children
    they can make one name read as another's; nothing that types a name needs them."""
    found = [c for c in dict.fromkeys(value or "") if unicodedata.category(c) in ("Cc", "Cf")]
    if found:
        codes = ", ".join(f"U+{ord(c):04X}" for c in found)
        raise ValidationError(
            f"Remove the invisible or text-direction characters from the name ({codes})"
        )


class PostcodeField(forms.CharField):
    def clean(self, value: Any) -> str:
        return normalise_postcode(super().clean(value))


class GovukDateWidget(forms.MultiWidget):
    """Day, month and year boxes (the GOV.UK date input pattern)."""

    def __init__(self, attrs: Any = None) -> None:
        widgets = [
            forms.TextInput(
                attrs={
                    "inputmode": "numeric",
                    "class": "govuk-input govuk-date-input__input govuk-input--width-2",
                }
            ),
            forms.TextInput(
                attrs={
                    "inputmode": "numeric",
                    "class": "govuk-input govuk-date-input__input govuk-input--width-2",
                }
            ),
            forms.TextInput(
                attrs={
                    "inputmode": "numeric",
                    "class": "govuk-input govuk-date-input__input govuk-input--width-4",
                }
            ),
        ]
        super().__init__(widgets, attrs)

    def decompress(self, value: Any) -> list[int | None]:
        if isinstance(value, date):
            return [value.day, value.month, value.year]
        return [None, None, None]

    def render(self, name: str, value: Any, attrs: Any = None, renderer: Any = None) -> SafeString:
        """The three boxes built in Python from Django's own widget context (names, ids,
        values), not through a template per widget; tests/vhub/test_govuk_field.py pins the
        markup to the template this replaced."""
        items = "".join(
            f'\n  <div class="govuk-date-input__item">\n    <div class="govuk-form-group">\n'
            f'      <label class="govuk-label govuk-date-input__label"'
            f' for="{escape(part["attrs"].get("id", ""))}">{label}</label>\n'
            f'      <input class="{escape(part["attrs"].get("class", ""))}"'
            f' id="{escape(part["attrs"].get("id", ""))}" name="{escape(part["name"])}"'
            f' type="text" inputmode="numeric"'
            f' value="{escape("" if part["value"] is None else part["value"])}">\n'
            f"    </div>\n  </div>"
            for label, part in zip(
                ("Day", "Month", "Year"),
                self.get_context(name, value, attrs)["widget"]["subwidgets"],
                strict=True,
            )
        )
        # Every value in the markup is escaped.
        return mark_safe(f'<div class="govuk-date-input">{items}\n</div>')  # noqa: S308  # nosec B308 B703


class GovukDateField(forms.MultiValueField):
    widget = GovukDateWidget

    def __init__(self, *, past_only: bool = True, **kwargs: Any) -> None:
        self.past_only = past_only
        label = kwargs.get("label") or "Date"
        kwargs.setdefault("error_messages", {}).setdefault(
            "required", f"Enter the {label[0].lower()}{label[1:]}"
        )
        # Parts are optional here so compress() can say which one is missing.
        fields = tuple(forms.CharField(required=False) for _ in range(3))
        super().__init__(fields, require_all_fields=False, **kwargs)

    def compress(self, data_list: Any) -> date | None:
        if not data_list or not any(data_list):
            if self.required:
                raise ValidationError(f"Enter the {str(self.label).lower()}", code="required")
            return None
        day, month, year = (str(part or "").strip() for part in data_list)
        missing = [
            name for name, part in (("day", day), ("month", month), ("year", year)) if not part
        ]
        if missing:
            raise ValidationError(f"{self.label} must include a {' and '.join(missing)}")
        try:
            value = date(int(year), int(month), int(day))
        except ValueError as exc:
            raise ValidationError(f"{self.label} must be a real date") from exc
        if len(year) != 4:
            raise ValidationError("Year must include 4 numbers")
        if self.past_only and value > date.today():
            raise ValidationError(f"{self.label} must be today or in the past")
        return value


class TimeOfDayField(forms.CharField):
    """A 24-hour time typed as HH:MM."""

    def clean(self, value: Any) -> time | None:
        value = super().clean(value)
        if not value:
            return None
        match = re.fullmatch(r"(\d{1,2})[:.](\d{2})", value.strip())
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            raise ValidationError("Enter a time in 24-hour format, like 21:30")
        return time(int(match[1]), int(match[2]))


YES_NO_UNKNOWN = [("yes", "Yes"), ("no", "No"), ("unknown", "Not known")]


class YesNoUnknownField(forms.TypedChoiceField):
    widget = forms.RadioSelect

    def __init__(self, *, missing: str, **kwargs: Any) -> None:
        kwargs.setdefault("error_messages", {"required": missing})
        super().__init__(
            choices=YES_NO_UNKNOWN,
            coerce=lambda v: {"yes": True, "no": False}.get(v),
            empty_value=None,
            **kwargs,
        )
