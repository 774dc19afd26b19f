"""Small helpers shared by the thin views."""

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied

from vhub.errors import ActionError


def require_role(user: Any, *roles: Any) -> None:
    """403 for a signed-in person whose role has no business on this page at all (audited)."""
    if not user.has_role(*roles):
        from audit.actions import record_denial

        record_denial(
            user,
            object_type="page",
            object_id=",".join(sorted(map(str, roles))),
            reason="role not allowed",
        )
        raise PermissionDenied


def int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def show_action_error(form: forms.Form, exc: ActionError) -> str | None:
    """Put an action's refusal next to the field it is about, so the error summary links to it;
    return the message for the summary when it concerns no field of this form."""
    if exc.field and exc.field in form.fields:
        form.add_error(exc.field, exc.message)
        return None
    return exc.message
