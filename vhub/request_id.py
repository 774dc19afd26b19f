"""A request id on every log line, carried from the web request into the Celery tasks it
queues (docs/deployment.md, "Metrics and logs").

The id is the caller's X-Request-ID when it looks like one (the ingress controller sets it),
otherwise a new random one; it is sent back in the response's X-Request-ID. Tasks receive it in
a message header (vhub_request_id) and log with it; a task queued by a task passes it on.
"""

import logging
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.http import HttpRequest, HttpResponse

HEADER = "vhub_request_id"
_current: ContextVar[str] = ContextVar("vhub_request_id", default="")
_VALID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def current_request_id() -> str:
    return _current.get()


@contextmanager
def request_id(value: str) -> Iterator[str]:
    token = _current.set(value)
    try:
        yield value
    finally:
        _current.reset(token)


def new_request_id(offered: str | None = None) -> str:
    """The caller's id if it is a plausible one (letters, digits, dot, dash, underscore; 8 to 64
    characters: nothing that could forge a log line), otherwise a new one."""
    if offered and _VALID.match(offered):
        return offered
    return uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with request_id(new_request_id(request.headers.get("X-Request-ID"))) as rid:
            request.request_id = rid  # type: ignore[attr-defined]  # an attribute this middleware adds
            response = self.get_response(request)
            response["X-Request-ID"] = rid
            return response


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record (blank outside a request or task)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = _current.get()
        return True


# --- Celery: the id travels in the task message's headers ------------------------------------
_task_tokens: dict[str, object] = {}


def add_to_task_headers(headers: dict | None = None, **kwargs: Any) -> None:
    rid = _current.get()
    if rid and headers is not None:
        headers[HEADER] = rid


def enter_task(task_id: str, task: Any, **kwargs: Any) -> None:
    rid = getattr(task.request, HEADER, None) or (task.request.headers or {}).get(HEADER)
    _task_tokens[task_id] = _current.set(rid or new_request_id())


def leave_task(task_id: str, **kwargs: Any) -> None:
    token = _task_tokens.pop(task_id, None)
    if token is not None:
        # The token came from _current.set in enter_task.
        _current.reset(token)  # type: ignore[arg-type]
