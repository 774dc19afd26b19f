"""The API's JSON parser: a body nested deeper than API_MAX_JSON_DEPTH is refused before it is
parsed, so no depth of brackets reaches Python's recursion limit (a 500) anywhere after."""

import io
import re
from typing import Any

from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

# Strings (with their escapes) are skipped: brackets inside them are text.
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")


def json_depth(body: bytes) -> int:
    """How deeply the arrays and objects of a JSON text nest (malformed text counts as far as
    its brackets go; the parser reports the rest)."""
    deepest = depth = 0
    for bracket in _BRACKET.findall(_STRING.sub(b'""', body)):
        depth += 1 if bracket in (b"[", b"{") else -1
        deepest = max(deepest, depth)
    return deepest


class DepthLimitedJSONParser(JSONParser):
    def parse(self, stream: Any, media_type: Any = None, parser_context: Any = None) -> Any:
        body = stream.read() if stream is not None else b""
        if json_depth(body) > settings.API_MAX_JSON_DEPTH:
            raise ParseError(
                f"The JSON is nested more than {settings.API_MAX_JSON_DEPTH} levels deep."
            )
        return super().parse(io.BytesIO(body), media_type, parser_context)
