"""vhub/http.py's two helpers: what each does with a success, a refusal and an invalid form."""

from django import forms
from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory

from vhub.errors import ActionError
from vhub.http import NOT_RUN, Done, form_action, post_action


class ReasonForm(forms.Form):
    reason = forms.CharField()


def _request(method: str = "post") -> HttpRequest:
    request = getattr(RequestFactory(), method)("/page/")
    request._messages = CookieStorage(request)  # type: ignore[attr-defined]
    return request


def _said(request: HttpRequest) -> list[tuple[int, str]]:
    return [(m.level, m.message) for m in request._messages]  # type: ignore[attr-defined]


def _refuse(field: str | None = None) -> Done:
    raise ActionError("Not now: it changed", field=field)


def test_post_action_says_what_was_done_and_goes_back() -> None:
    request = _request()
    response = post_action(request, lambda: "Done it", "/back/")
    assert response["Location"] == "/back/"
    assert _said(request) == [(constants.SUCCESS, "Done it")]


def test_post_action_goes_where_done_says_and_may_say_nothing() -> None:
    request = _request()
    response = post_action(request, lambda: Done(go="/elsewhere/"), "/back/")
    assert response["Location"] == "/elsewhere/"
    assert _said(request) == []


def test_post_action_says_the_refusal_and_goes_back() -> None:
    request = _request()
    response = post_action(request, lambda: _refuse(), "/back/")
    assert response["Location"] == "/back/"
    assert _said(request) == [(constants.ERROR, "Not now: it changed")]


def test_post_action_with_an_invalid_form_runs_nothing() -> None:
    request = _request()
    ran = []
    form = ReasonForm({"reason": ""})
    response = post_action(request, lambda: ran.append(1) or "x", "/back/", form)
    assert response["Location"] == "/back/"
    assert ran == []
    assert _said(request) == [(constants.ERROR, "This field is required.")]


def test_form_action_runs_only_a_valid_post() -> None:
    ran: list[int] = []

    def act() -> Done:
        ran.append(1)
        return Done("Saved", "/next/")

    assert form_action(_request("get"), ReasonForm(), act) == NOT_RUN
    assert form_action(_request(), ReasonForm({"reason": ""}), act) == NOT_RUN
    assert ran == []


def test_form_action_says_what_was_done_and_redirects() -> None:
    request = _request()
    posted = form_action(request, ReasonForm({"reason": "why"}), lambda: Done("Saved", "/next/"))
    assert posted.response is not None
    assert posted.response["Location"] == "/next/"
    assert _said(request) == [(constants.SUCCESS, "Saved")]


def test_form_action_gives_the_acts_own_response() -> None:
    request = _request()
    page = HttpResponse("the secret, shown once")
    posted = form_action(request, ReasonForm({"reason": "why"}), lambda: page)
    assert posted.response is page
    assert _said(request) == []


def test_form_action_puts_a_refusal_on_its_field() -> None:
    form = ReasonForm({"reason": "why"})
    posted = form_action(_request(), form, lambda: _refuse("reason"))
    assert posted.refused
    assert posted.response is None
    assert posted.action_error is None
    assert form.errors["reason"] == ["Not now: it changed"]


def test_form_action_gives_any_other_refusal_for_the_summary() -> None:
    form = ReasonForm({"reason": "why"})
    request = _request()
    posted = form_action(request, form, lambda: _refuse("not_a_field"))
    assert posted.refused
    assert posted.action_error == "Not now: it changed"
    assert not form.errors
    assert _said(request) == []
    assert form_action(_request(), None, lambda: _refuse()).action_error == "Not now: it changed"
