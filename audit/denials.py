"""Refusing a person, audited: the one way a page or an access helper says no (docs/audit.md)."""

from typing import Any, NoReturn

from django.core.exceptions import PermissionDenied
from django.http import Http404

from audit.actions import record_denial


def deny_not_found(
    user: Any, *, object_type: str, object_id: object, reason: str, message: str
) -> NoReturn:
    """The same 404 for "missing" and "forbidden", with the refusal in the audit trail naming
    what was asked for (an access helper's answer when it finds nothing the person may see)."""
    record_denial(user, object_type=object_type, object_id=object_id, reason=reason)
    raise Http404(message)


def require_role(user: Any, *roles: Any) -> None:
    """403 for a signed-in person whose role has no business on this page at all (audited)."""
    if not user.has_role(*roles):
        record_denial(
            user,
            object_type="page",
            object_id=",".join(sorted(map(str, roles))),
            reason="role not allowed",
        )
        raise PermissionDenied
