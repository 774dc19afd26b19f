"""Where the current request came from, so audit events written deep inside an action know it."""

from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class RequestContext:
    ip: str | None = None
    user_agent: str = ""
    channel: str = "web"  # web | api | command | task


_DEFAULT = RequestContext()  # frozen, so sharing it as the default is safe
_current: ContextVar[RequestContext] = ContextVar("audit_request_context", default=_DEFAULT)


def current_context() -> RequestContext:
    return _current.get()


def set_context(context: RequestContext):  # type: ignore[no-untyped-def]
    return _current.set(context)


def reset_context(token) -> None:  # type: ignore[no-untyped-def]
    _current.reset(token)
