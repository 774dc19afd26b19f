"""Rendering Django form fields as GOV.UK Frontend components, built in Python: a page's fields
are drawn without a template per field (tests/vhub/test_govuk_field.py pins the markup, byte for
byte, to the templates these replaced)."""

from typing import Any

from django import forms, template
from django.utils.safestring import SafeString

from vhub.forms import GovukDateWidget
from vhub.templatetags.vhub_tags import safe_markup, show

register = template.Library()


def _kind(widget: forms.Widget) -> str:
    if isinstance(widget, GovukDateWidget):
        return "date"
    # Before RadioSelect: Django's CheckboxSelectMultiple is a subclass of it.
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    return "input"


def _described_by(field: Any, hint_id: str, error_id: str) -> str:
    """The aria-describedby attribute: the hint, then the error, when there are any."""
    if not (field.help_text or field.errors):
        return ""
    hint = hint_id if field.help_text else ""
    error = f" {error_id}" if field.errors else ""
    return f' aria-describedby="{hint}{error}"'


def _error_message(field: Any, error_id: str) -> str:
    if not field.errors:
        return ""
    errors = "<br>".join(
        f'<span class="govuk-visually-hidden">Error:</span> {show(e)}' for e in field.errors
    )
    return f'<p id="{show(error_id)}" class="govuk-error-message">{errors}</p>'


def _radios(field: Any, inline: bool, reveal_value: Any, reveal_field: Any) -> str:
    auto_id, name = show(field.auto_id), show(field.html_name)
    items = []
    for i, radio in enumerate(field):
        value = radio.data["value"]
        revealed = bool(reveal_field) and value == reveal_value
        controls = (
            f' data-aria-controls="conditional-{show(reveal_field.auto_id)}"' if revealed else ""
        )
        checked = " checked" if radio.data["selected"] else ""
        conditional = (
            f'\n        <div class="govuk-radios__conditional govuk-radios__conditional--hidden"'
            f' id="conditional-{show(reveal_field.auto_id)}">\n          '
            f"{govuk_field(reveal_field)}\n        </div>\n        "
            if revealed
            else ""
        )
        items.append(
            f'\n        <div class="govuk-radios__item">\n'
            f'          <input class="govuk-radios__input" id="{auto_id}_{i}" name="{name}"'
            f' type="radio" value="{show(value)}"{checked}{controls}>\n'
            f'          <label class="govuk-label govuk-radios__label" for="{auto_id}_{i}">'
            f"{show(radio.choice_label)}</label>\n        </div>\n        {conditional}\n        "
        )
    inline_class = " govuk-radios--inline" if inline else ""
    module = "vhub-reveal-radios" if reveal_field else "govuk-radios"
    return (
        f'\n      <div class="govuk-radios{inline_class} govuk-radios--small"'
        f' data-module="{module}">\n        {"".join(items)}\n      </div>\n    '
    )


def _checkboxes(field: Any) -> str:
    auto_id, name = show(field.auto_id), show(field.html_name)
    hints = getattr(field.field, "choice_hints", {})
    items = []
    for i, box in enumerate(field):
        hint = hints.get(str(box.data["value"]), "")
        hint_id = f"{auto_id}_{i}-item-hint"
        checked = " checked" if box.data["selected"] else ""
        described = f' aria-describedby="{hint_id}"' if hint else ""
        hint_div = (
            f'<div id="{hint_id}" class="govuk-hint govuk-checkboxes__hint">{show(hint)}</div>'
            if hint
            else ""
        )
        items.append(
            f'\n        <div class="govuk-checkboxes__item">\n'
            f'          <input class="govuk-checkboxes__input" id="{auto_id}_{i}" name="{name}"'
            f' type="checkbox" value="{show(box.data["value"])}"{checked}{described}>\n'
            f'          <label class="govuk-label govuk-checkboxes__label" for="{auto_id}_{i}">'
            f"{show(box.choice_label)}</label>\n          {hint_div}\n        </div>\n        "
        )
    return (
        '\n      <div class="govuk-checkboxes govuk-checkboxes--small"'
        f' data-module="govuk-checkboxes">\n        {"".join(items)}\n      </div>\n    '
    )


def _fieldset(
    field: Any, kind: str, hint: str, errors: str, described: str, inline: bool, reveal: Any
) -> str:
    """Dates, radios and checkboxes: a fieldset whose legend is the label."""
    if kind == "date":
        inner = f"\n      {field}\n    "
    elif kind == "radios":
        inner = _radios(field, inline, *reveal)
    else:
        inner = _checkboxes(field)
    return (
        f'\n  <fieldset class="govuk-fieldset" role="group"{described}>\n'
        f'    <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">'
        f"{show(field.label)}</legend>\n    {hint}\n    {errors}\n    {inner}\n  </fieldset>\n"
    )


def _control(field: Any, kind: str, width: str, described: str) -> str:
    """The one control of a field that is not a fieldset."""
    widget = field.field.widget
    errors = bool(field.errors)
    id_name = f'id="{show(field.id_for_label)}" name="{show(field.html_name)}"'
    value = field.value()
    if kind == "textarea":
        error_class = " govuk-textarea--error" if errors else ""
        rows = show(widget.attrs.get("rows") or 5)
        text = show("" if value is None else value)
        return (
            f'<textarea class="govuk-textarea{error_class}" {id_name} rows="{rows}"{described}>'
            f"{text}</textarea>"
        )
    if kind == "select":
        chosen = str(value)
        options = "".join(
            f'\n    <option value="{show(v)}"{" selected" if str(v) == chosen else ""}>'
            f"{show(label)}</option>\n    "
            for v, label in field.field.choices
        )
        error_class = " govuk-select--error" if errors else ""
        return (
            f'<select class="govuk-select{error_class}" {id_name}{described}>\n'
            f"    {options}\n  </select>"
        )
    if getattr(widget, "input_type", None) == "file":
        error_class = " govuk-file-upload--error" if errors else ""
        return f'<input class="govuk-file-upload{error_class}" {id_name} type="file"{described}>'
    if kind == "checkbox":
        checked = " checked" if value else ""
        return (
            '<div class="govuk-checkboxes govuk-checkboxes--small">'
            '<div class="govuk-checkboxes__item">\n'
            f'    <input class="govuk-checkboxes__input" {id_name} type="checkbox" value="on"'
            f"{checked}>\n"
            f'    <label class="govuk-label govuk-checkboxes__label"'
            f' for="{show(field.id_for_label)}">{show(field.label)}</label>\n  </div></div>'
        )
    width_class = f" {show(width)}" if width else ""
    error_class = " govuk-input--error" if errors else ""
    input_type = show(getattr(widget, "input_type", ""))
    attrs = "".join(f' {show(k)}="{show(v)}"' for k, v in widget.attrs.items())
    return (
        f'<input class="govuk-input{width_class}{error_class}" {id_name} type="{input_type}"'
        f' value="{show("" if value is None else value)}"{attrs}{described}>'
    )


@register.simple_tag
def govuk_field(
    field: Any,
    width: str = "",
    label_class: str = "govuk-label--s",
    inline: bool = False,
    reveal_value: str = "",
    reveal_field: Any = None,
) -> SafeString:
    """A field as its GOV.UK component. For radios, `reveal_field` is shown beneath the option
    whose value is `reveal_value` (GOV.UK conditional reveal; always shown without JavaScript).
    For checkboxes, a form field's `choice_hints` ({value: text}) puts a hint beneath a box
    (GOV.UK checkbox item hint), e.g. why a box arrives ticked."""
    kind = _kind(field.field.widget)
    hint_id, error_id = f"{field.auto_id}-hint", f"{field.auto_id}-error"
    hint = (
        f'<div id="{show(hint_id)}" class="govuk-hint">{show(field.help_text)}</div>'
        if field.help_text
        else ""
    )
    errors = _error_message(field, error_id)
    described = _described_by(field, show(hint_id), show(error_id))
    if kind in {"date", "radios", "checkboxes"}:
        body = _fieldset(field, kind, hint, errors, described, inline, (reveal_value, reveal_field))
    else:
        label = (
            ""
            if kind == "checkbox"
            else f'<label class="govuk-label {show(label_class)}"'
            f' for="{show(field.id_for_label)}">{show(field.label)}</label>'
        )
        control = _control(field, kind, width, described)
        body = f"\n  {label}\n  {hint}\n  {errors}\n  \n  {control}\n  \n"
    group_error = " govuk-form-group--error" if field.errors else ""
    # Every value above went through show() (or is the date widget's own safe markup).
    return safe_markup(f'\n<div class="govuk-form-group{group_error}">\n{body}\n</div>\n\n')


@register.filter
def error_anchor(field: Any) -> str:
    """The id the error summary links to for a field."""
    if _kind(field.field.widget) in {"date", "radios", "checkboxes"}:
        return f"{field.auto_id}_0"
    return field.id_for_label or field.auto_id


@register.filter
def duration_words(value: Any) -> str:
    """A timedelta as people say it: '1 hour', '1 hour 30 minutes', '15 minutes'."""
    if value is None:
        return ""
    minutes = int(value.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if minutes or not hours:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    return " ".join(parts)
