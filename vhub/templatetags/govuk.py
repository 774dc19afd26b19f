"""Rendering Django form fields as GOV.UK Frontend components."""

from typing import Any

from django import forms, template

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


@register.inclusion_tag("includes/field.html")
def govuk_field(
    field: Any,
    width: str = "",
    label_class: str = "govuk-label--s",
    inline: bool = False,
    reveal_value: str = "",
    reveal_field: Any = None,
) -> dict[str, Any]:
    """A field as its GOV.UK component. For radios, `reveal_field` is shown beneath the option
    whose value is `reveal_value` (GOV.UK conditional reveal; always shown without JavaScript).
    For checkboxes, a form field's `choice_hints` ({value: text}) puts a hint beneath a box
    (GOV.UK checkbox item hint), e.g. why a box arrives ticked."""
    kind = _kind(field.field.widget)
    first_id = field.id_for_label
    if kind in {"date", "radios", "checkboxes"}:
        first_id = f"{field.auto_id}_0"
    hints = getattr(field.field, "choice_hints", {})
    boxes = (
        [(box, hints.get(str(box.data["value"]), "")) for box in field]
        if kind == "checkboxes"
        else []
    )
    return {
        "field": field,
        "boxes": boxes,
        "kind": kind,
        "width": width,
        "label_class": label_class,
        "inline": inline,
        "first_id": first_id,
        "reveal_value": reveal_value,
        "reveal_field": reveal_field,
    }


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
