"""Records each request's origin for the audit trail."""

import ipaddress

from django.conf import settings
from pghistory.middleware import HistoryMiddleware

from audit.context import RequestContext, current_context, reset_context, set_context


def _normalised(address: str | None) -> str | None:
    """The address as PostgreSQL stores it (so the audit hash survives a round trip), or None
    when it is not an IP address at all (a proxy writing 'ip:port', 'unknown')."""
    try:
        return ipaddress.ip_address((address or "").strip()).compressed
    except ValueError:
        return None


def client_ip(meta: dict, trusted_proxies: int) -> str | None:  # type: ignore[type-arg]
    """The client's address: REMOTE_ADDR, or with N trusted proxies in front, the address the
    outermost trusted proxy saw (the Nth entry of X-Forwarded-For from the right). Entries
    further left were written by the client and are not believed."""
    if trusted_proxies > 0:
        hops = [h.strip() for h in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if h.strip()]
        if len(hops) >= trusted_proxies:
            return _normalised(hops[-trusted_proxies])
    return _normalised(meta.get("REMOTE_ADDR"))


def axes_client_ip(request) -> str | None:  # type: ignore[no-untyped-def]
    """django-axes counts failures per address by the same rule as the audit trail."""
    return client_ip(request.META, settings.TRUSTED_PROXY_COUNT)


class AuditContextMiddleware:
    def __init__(self, get_response):  # type: ignore[no-untyped-def]
        self.get_response = get_response

    def __call__(self, request):  # type: ignore[no-untyped-def]
        context = RequestContext(
            ip=client_ip(request.META, settings.TRUSTED_PROXY_COUNT),
            user_agent=request.META.get("HTTP_USER_AGENT", "")[:500],
            channel="api" if request.path.startswith("/api/") else "web",
        )
        token = set_context(context)
        try:
            return self.get_response(request)
        finally:
            reset_context(token)


class HistoryContextMiddleware(HistoryMiddleware):
    """Groups the row changes of one request under a change-history context naming the person
    (updated when DRF authenticates an API token) and the channel, as the audit trail does."""

    def get_context(self, request) -> dict[str, object]:  # type: ignore[no-untyped-def]
        return {**super().get_context(request), "channel": current_context().channel}
