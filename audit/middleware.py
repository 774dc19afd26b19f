"""Records each request's origin for the audit trail."""

import ipaddress
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from pghistory.middleware import HistoryMiddleware

from audit.actions import record_denial
from audit.context import (
    RequestContext,
    current_context,
    denials_counted,
    reset_context,
    set_context,
    start_counting_denials,
    stop_counting_denials,
)


def _normalised(address: str | None) -> str | None:
    """The address as PostgreSQL stores it (so the audit hash survives a round trip), or None
    when it is not an IP address at all (a proxy writing 'ip:port', 'unknown')."""
    try:
        return ipaddress.ip_address((address or "").strip()).compressed
    except ValueError:
        return None


def client_ip(meta: dict, trusted_proxies: int) -> str | None:
    """The client's address: REMOTE_ADDR, or with N trusted proxies in front, the address the
    outermost trusted proxy saw (the Nth entry of X-Forwarded-For from the right). Entries
    further left were written by the client and are not believed."""
    if trusted_proxies > 0:
        hops = [h.strip() for h in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
        if len(hops) >= trusted_proxies:
            return _normalised(hops[-trusted_proxies])
    return _normalised(meta.get("REMOTE_ADDR"))


def axes_client_ip(request: HttpRequest) -> str | None:
    """django-axes counts failures per address by the same rule as the audit trail."""
    return client_ip(request.META, settings.TRUSTED_PROXY_COUNT)


class AuditContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        context = RequestContext(
            ip=client_ip(request.META, settings.TRUSTED_PROXY_COUNT),
            user_agent=request.META.get("HTTP_USER_AGENT", "")[:500],
            channel="api" if request.path.startswith("/api/") else "web",
        )
        token = set_context(context)
        counting = start_counting_denials()
        try:
            response = self.get_response(request)
            audit_unrecorded_refusal(request, response)
            return response
        finally:
            stop_counting_denials(counting)
            reset_context(token)


def audit_unrecorded_refusal(request: HttpRequest, response: Any) -> None:
    """Every refusal of a signed-in person is on the trail (DESIGN.md §7). Access helpers and
    require_role record theirs, naming what was asked for; any other 403 or 404 from one of
    VHub's pages (a row looked up directly and missing, a feature switched off, a CSRF or
    library check) is recorded here, so no path refuses without a trace. A path that matches
    no URL refuses nothing and is left out."""
    if response.status_code not in (403, 404) or request.resolver_match is None:
        return
    user = getattr(request, "user", None)  # an API token's user too: DRF sets it here
    if user is None or not user.is_authenticated or denials_counted():
        return

    record_denial(
        user,
        object_type="page",
        object_id=request.path[:200],
        reason="refused" if response.status_code == 403 else "not found",
    )


class HistoryContextMiddleware(HistoryMiddleware):
    """Groups the row changes of one request under a change-history context naming the person
    (updated when DRF authenticates an API token) and the channel, as the audit trail does."""

    def get_context(self, request: HttpRequest) -> dict[str, object]:
        return {**super().get_context(request), "channel": current_context().channel}
