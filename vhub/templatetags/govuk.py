"""Rendering Django form fields as GOV.UK Frontend components."""

from typing import Any

from django import forms, template
from django.template import Engine
from django.template.base import render_value_in_context
from django.template.defaultfilters import stringformat
from django.utils.safestring import SafeString, mark_safe

from vhub.forms import GovukDateWidget

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


# The kinds drawn as a fieldset of several inputs, from includes/field.html; the others are
# built here.
FIELDSET_KINDS = frozenset({"date", "radios", "checkboxes"})


@register.simple_tag(takes_context=True)
def govuk_field(
    context: template.Context,
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
    (GOV.UK checkbox item hint), e.g. why a box arrives ticked.

    A text box, text area, file input, select or single checkbox is built in Python, byte for
    byte the markup of the template it replaced (tests/vhub/test_govuk_fields.py): through
    Django's template engine its ~30 nodes and the select's per-option value lookups took 9 %
    of the triage queue's CPU for its eight filters (bench/README.md). Every value is shown as
    a template shows it (`render_value_in_context`: localised, escaped unless safe)."""
    kind = _kind(field.field.widget)
    if kind not in FIELDSET_KINDS:
        return _flat_field(context, field, kind, width, label_class)
    hints = getattr(field.field, "choice_hints", {})
    boxes = (
        [(box, hints.get(str(box.data["value"]), "")) for box in field]
        if kind == "checkboxes"
        else []
    )
    fieldset = context.new(
        {
            "field": field,
            "boxes": boxes,
            "kind": kind,
            "inline": inline,
            "reveal_value": reveal_value,
            "reveal_field": reveal_field,
        }
    )
    # As an inclusion tag renders its template: a new context, with the page's CSRF token.
    csrf_token = context.get("csrf_token")
    if csrf_token is not None:
        fieldset["csrf_token"] = csrf_token
    engine = context.template.engine if context.template else Engine.get_default()
    return mark_safe(  # noqa: S308  # nosec B308 B703  # a template's output, escaped by it
        engine.get_template("includes/field.html").render(fieldset)
    )


def _flat_field(
    context: template.Context, field: Any, kind: str, width: str, label_class: str
) -> SafeString:
    def show(value: Any) -> str:
        return render_value_in_context(value, context)

    widget = field.field.widget
    auto_id, errors, help_text = field.auto_id, field.errors, field.help_text
    hint_id, error_id = show(f"{auto_id}-hint"), show(f"{auto_id}-error")
    id_for_label, name = show(field.id_for_label), show(field.html_name)
    described = ""
    if help_text or errors:
        described = (
            f' aria-describedby="{hint_id if help_text else ""}{" " + error_id if errors else ""}"'
        )
    label = ""
    if kind != "checkbox":
        label = (
            f'<label class="govuk-label {show(label_class)}" for="{id_for_label}">'
            f"{show(field.label)}</label>"
        )
    hint = f'<div id="{hint_id}" class="govuk-hint">{show(help_text)}</div>' if help_text else ""
    error = ""
    if errors:
        messages = "<br>".join(
            f'<span class="govuk-visually-hidden">Error:</span> {show(e)}' for e in errors
        )
        error = f'<p id="{error_id}" class="govuk-error-message">{messages}</p>'
    if kind == "textarea":
        control = (
            f'<textarea class="govuk-textarea{" govuk-textarea--error" if errors else ""}" '
            f'id="{id_for_label}" name="{name}" rows="{show(widget.attrs.get("rows") or 5)}"'
            f"{described}>{show(_or_blank(field.value()))}</textarea>"
        )
    elif kind == "select":
        chosen = stringformat(field.value(), "s")
        options = "".join(
            f'\n    <option value="{show(value)}"'
            f"{' selected' if stringformat(value, 's') == chosen else ''}>"
            f"{show(text)}</option>\n    "
            for value, text in field.field.choices
        )
        control = (
            f'<select class="govuk-select{" govuk-select--error" if errors else ""}" '
            f'id="{id_for_label}" name="{name}"{described}>\n    {options}\n  </select>'
        )
    elif getattr(widget, "input_type", "") == "file":
        control = (
            f'<input class="govuk-file-upload{" govuk-file-upload--error" if errors else ""}" '
            f'id="{id_for_label}" name="{name}" type="file"{described}>'
        )
    elif kind == "checkbox":
        control = (
            '<div class="govuk-checkboxes govuk-checkboxes--small">'
            '<div class="govuk-checkboxes__item">\n'
            f'    <input class="govuk-checkboxes__input" id="{id_for_label}" name="{name}" '
            f'type="checkbox" value="on"{" checked" if field.value() else ""}>\n'
            f'    <label class="govuk-label govuk-checkboxes__label" for="{id_for_label}">'
            f"{show(field.label)}</label>\n"
            "  </div></div>"
        )
    else:
        attrs = "".join(f' {show(k)}="{show(v)}"' for k, v in widget.attrs.items())
        control = (
            f'<input class="govuk-input{" " + show(width) if width else ""}'
            f'{" govuk-input--error" if errors else ""}" id="{id_for_label}" name="{name}" '
            f'type="{show(getattr(widget, "input_type", ""))}" '
            f'value="{show(_or_blank(field.value()))}"{attrs}{described}>'
        )
    group_class = "govuk-form-group govuk-form-group--error" if errors else "govuk-form-group"
    return mark_safe(  # noqa: S308  # nosec B308 B703  # every value went through show()
        f'\n<div class="{group_class}">\n\n  {label}\n  {hint}\n  {error}\n  \n'
        f"  {control}\n  \n\n</div>\n\n"
    )


def _or_blank(value: Any) -> Any:
    """The `default_if_none:""` filter."""
    return "" if value is None else value


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
