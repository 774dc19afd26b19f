"""API errors people and programs can act on: field errors carry their path in the payload."""

from typing import Any

from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers


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


# --- The error shapes, for the OpenAPI schema ------------------------------------------------


class FieldErrorSerializer(serializers.Serializer):
    field = serializers.CharField(
        allow_blank=True, help_text="Path of the field, e.g. `children[0].date_of_birth`."
    )
    message = serializers.CharField()


class FieldErrorsSerializer(serializers.Serializer):
    # The documented error body has a field named `errors`, which shadows Serializer.errors.
    errors = FieldErrorSerializer(many=True)  # type: ignore[assignment]


class DetailSerializer(serializers.Serializer):
    detail = serializers.CharField()


def _detail(description: str) -> OpenApiResponse:
    return OpenApiResponse(response=DetailSerializer, description=description)


def _errors(description: str) -> OpenApiResponse:
    return OpenApiResponse(response=FieldErrorsSerializer, description=description)


FIELD_ERRORS = _errors("Invalid input: every problem with its field path")
# Answers every API operation can give, documented once.
COMMON_RESPONSES = {
    401: _detail("Not signed in, or a missing, unknown or revoked token"),
    403: _detail("Signed in without the second factor, or not allowed to use this operation"),
    429: _detail("Rate limit exceeded: wait the number of seconds in Retry-After"),
}
NOT_FOUND = _detail("No such referral, or one the caller may not see (the refusal is audited)")
