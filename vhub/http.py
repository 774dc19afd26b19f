"""Small helpers shared by the thin views."""

from collections.abc import Callable

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

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


def post_action(
    request: HttpRequest, act: Callable[[], str], back: str, form: forms.Form | None = None
) -> HttpResponse:
    """A small form posted from a page ("post, act, say, go back"), in one place: an invalid
    `form` puts each field's first error in a message; otherwise `act()` runs the action and
    returns what to tell the person, and an `ActionError` it raises becomes the message
    instead. Either way the browser goes back to the URL `back`."""
    if form is not None and not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, str(errors[0]))
        return redirect(back)
    try:
        said = act()
    except ActionError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, said)
    return redirect(back)
