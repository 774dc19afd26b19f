"""API errors people and programs can act on: field errors carry their path in the payload."""

from typing import Any

from rest_framework.views import exception_handler


def flatten_errors(errors: Any, path: str = "") -> list[dict[str, str]]:
    if isinstance(errors, dict):
        out = []
        for key, value in errors.items():
            if isinstance(key, int):  # DRF reports a list's item errors keyed by index
                child = f"{path}[{key}]"
            elif key == "non_field_errors":
                child = path
            else:
                child = f"{path}.{key}" if path else str(key)
            out += flatten_errors(value, child)
        return out
    if isinstance(errors, list):
        if all(isinstance(e, str) for e in errors):
            return [{"field": path or "non_field_errors", "message": str(e)} for e in errors]
        out = []
        for index, value in enumerate(errors):
            out += flatten_errors(value, f"{path}[{index}]")
        return out
    return [{"field": path or "non_field_errors", "message": str(errors)}]


def api_exception_handler(exc, context):  # type: ignore[no-untyped-def]
    response = exception_handler(exc, context)
    if (
        response is not None
        and response.status_code == 400
        and isinstance(response.data, dict | list)
    ):
        response.data = {"errors": flatten_errors(response.data)}
    return response
