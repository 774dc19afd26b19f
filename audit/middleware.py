"""Records each request's origin for the audit trail."""

from audit.context import RequestContext, reset_context, set_context


class AuditContextMiddleware:
    def __init__(self, get_response):  # type: ignore[no-untyped-def]
        self.get_response = get_response

    def __call__(self, request):  # type: ignore[no-untyped-def]
        # REMOTE_ADDR only: X-Forwarded-For is trusted only when a proxy sets it (see docs).
        context = RequestContext(
            ip=request.META.get("REMOTE_ADDR") or None,
            user_agent=request.META.get("HTTP_USER_AGENT", "")[:500],
            channel="api" if request.path.startswith("/api/") else "web",
        )
        token = set_context(context)
        try:
            return self.get_response(request)
        finally:
            reset_context(token)
