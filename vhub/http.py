"""Small helpers shared by the thin views."""

from django import forms

from vhub.errors import ActionError


def int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def show_action_error(form: forms.Form, exc: ActionError) -> str | None:
    """Put an action's refusal next to the field it is about, so the error summary links to it;
    return the message for the summary when it concerns no field of this form."""
    if exc.field and exc.field in form.fields:
        form.add_error(exc.field, exc.message)
        return None
    return exc.message
