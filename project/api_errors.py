"""The API's exception handler (settings.REST_FRAMEWORK): field errors flattened with their paths
(vhub/api_errors.py), and a caller over its rate limit audited."""

from typing import Any

from rest_framework.exceptions import ParseError, Throttled
from rest_framework.response import Response
from rest_framework.views import exception_handler

from audit.actions import record_event_once
from audit.context import current_context
from vhub.api_errors import flatten_errors


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    response = exception_handler(exc, context)
    if isinstance(exc, Throttled):
        _audit_throttled(exc, context)
    if response is not None and isinstance(exc, ParseError):
        # The body as a whole (not JSON, nested too deeply): no field to name.
        response.data = {"errors": [{"field": "", "message": str(exc.detail)}]}
    elif (
        response is not None
        and response.status_code == 400
        and isinstance(response.data, dict | list)
    ):
        response.data = {"errors": flatten_errors(response.data)}
    return response


def _audit_throttled(exc: Throttled, context: dict[str, Any]) -> None:
    """A caller over its rate limit is audited once per window, not once per refused call."""
    request = context["request"]
    user = request.user if request.user.is_authenticated else None
    caller = f"user:{user.pk}" if user is not None else f"address:{current_context().ip}"
    record_event_once(
        "api.rate_limited",
        key=f"{caller}:{type(context['view']).__name__}",
        within_seconds=int(exc.wait or 60),  # type: ignore[attr-defined]  # set by DRF, not in the stubs
        actor=user,
        details={"path": request.path[:200], "retry_after_seconds": int(exc.wait or 0)},  # type: ignore[attr-defined]  # as above
    )
