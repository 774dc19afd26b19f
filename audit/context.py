"""Where the current request came from, so audit events written deep inside an action know it."""

import functools
from collections.abc import Callable
from contextvars import ContextVar, Token
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class RequestContext:
    ip: str | None = None
    user_agent: str = ""
    channel: str = "web"  # web | api | command | task


_DEFAULT = RequestContext()  # frozen, so sharing it as the default is safe
_current: ContextVar[RequestContext] = ContextVar("audit_request_context", default=_DEFAULT)


def current_context() -> RequestContext:
    return _current.get()


def set_context(context: RequestContext) -> Token[Any]:
    return _current.set(context)


def reset_context(token: Any) -> None:
    _current.reset(token)


# The denials recorded while serving the current request (None outside one), counted in a list
# so a view run in another thread (ASGI) adds to the same count.
_denials: ContextVar[list[int] | None] = ContextVar("audit_request_denials", default=None)


def start_counting_denials() -> Token[Any]:
    return _denials.set([0])


def count_denial() -> None:
    counter = _denials.get()
    if counter is not None:
        counter[0] += 1


def denials_counted() -> int:
    counter = _denials.get()
    return counter[0] if counter is not None else 0


def stop_counting_denials(token: Any) -> None:
    _denials.reset(token)


def in_task_context(task: Callable[P, R]) -> Callable[P, R]:
    """Run a Celery task with the "task" audit context, reset afterwards whatever happens: the
    one place a task sets it (put it under @shared_task)."""

    @functools.wraps(task)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        token = set_context(RequestContext(channel="task"))
        try:
            return task(*args, **kwargs)
        finally:
            reset_context(token)

    return run
