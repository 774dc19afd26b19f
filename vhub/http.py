"""Small helpers shared by the thin views."""

from django.core.exceptions import PermissionDenied


def require_role(user, *roles) -> None:  # type: ignore[no-untyped-def]
    """403 for a signed-in person whose role has no business on this page at all."""
    if not user.has_role(*roles):
        raise PermissionDenied


def int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None
