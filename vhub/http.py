"""Small helpers shared by the thin views.

Two helpers run an action from a form, so that the pattern is written once and no view catches
`ActionError` itself (tests/test_views_use_post_helpers.py keeps it so):

- `post_action`: a small form posted from a page; the browser goes back with a message.
- `form_action`: a form page; a refusal is shown on the page, next to its field, and a success
  says so and moves on.
"""

from collections.abc import Callable
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Done:
    """What an action run from a form did: what to tell the person ("" when the page they land
    on says it) and where they go next: a URL, or a URL name without arguments as `redirect`
    takes it ("" in `post_action`: back where they came from)."""

    said: str = ""
    go: str = ""


@dataclass(frozen=True)
class FormPost:
    """What became of a form page's request (`form_action`). `response`: the action ran, answer
    with it. `refused`: the action refused; `action_error` is the refusal for the page's error
    summary, or None when it was put on one of the form's fields."""

    response: HttpResponse | None = None
    action_error: str | None = None
    refused: bool = False


NOT_RUN = FormPost()


def _said(request: HttpRequest, done: Done) -> None:
    if done.said:
        messages.success(request, done.said)


def post_action(
    request: HttpRequest,
    act: Callable[[], str | Done],
    back: str,
    form: forms.Form | None = None,
) -> HttpResponse:
    """A small form posted from a page ("post, act, say, go back"), in one place: an invalid
    `form` puts each field's first error in a message; otherwise `act()` runs the action and
    returns what to tell the person (or a `Done` when success goes elsewhere than `back`),
    and an `ActionError` it raises becomes the message instead. The browser goes back to the
    URL `back`, or where the `Done` says."""
    if form is not None and not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, str(errors[0]))
        return redirect(back)
    try:
        said = act()
    except ActionError as exc:
        messages.error(request, exc.message)
        return redirect(back)
    done = said if isinstance(said, Done) else Done(said)
    _said(request, done)
    return redirect(done.go or back)


def form_action(
    request: HttpRequest, form: forms.Form | None, act: Callable[[], Done | HttpResponse]
) -> FormPost:
    """A form page's POST, in one place: when the request is a POST and `form` (if any) is
    valid, `act()` runs the action. On success it returns a `Done` (its message is shown and
    the browser redirected) or the response itself (a page shown once, such as a new secret).
    An `ActionError` goes next to its field (`show_action_error`) and the view renders the
    page again, as for an invalid form, with `action_error` for the summary."""
    if request.method != "POST" or (form is not None and not form.is_valid()):
        return NOT_RUN
    try:
        done = act()
    except ActionError as exc:
        summary = show_action_error(form, exc) if form is not None else exc.message
        return FormPost(action_error=summary, refused=True)
    if isinstance(done, Done):
        _said(request, done)
        return FormPost(response=redirect(done.go))
    return FormPost(response=done)
