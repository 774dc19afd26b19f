"""The API docs page: the OpenAPI schema drf-spectacular generates, rendered as a GOV.UK page.

It replaced Swagger UI, whose page failed WCAG 2.2 AA (text contrast, buttons inside buttons)
and needed JavaScript to show anything. This page is plain HTML from the same schema that
/api/schema/ serves, so the two cannot disagree.
"""

import json
import re
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.settings import spectacular_settings
from drf_spectacular.utils import extend_schema
from rest_framework.authentication import SessionAuthentication
from rest_framework.renderers import TemplateHTMLRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

REF = "#/components/schemas/"
CODE = re.compile(r"`([^`]+)`")


def prose(text: str) -> SafeString:
    """The schema's descriptions are short Markdown: paragraphs, `code` and "* " lists."""
    html = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if lines and all(line.startswith("* ") for line in lines):
            items = "".join(f"<li>{_inline(line[2:])}</li>" for line in lines)
            html.append(f'<ul class="govuk-list govuk-list--bullet">{items}</ul>')
        elif lines:
            html.append(f'<p class="govuk-body">{_inline(" ".join(lines))}</p>')
    # Every piece of text went through escape() in _inline; only our own tags are added.
    return mark_safe("".join(html))  # noqa: S308 # nosec B308 B703


def _inline(text: str) -> str:
    return CODE.sub(r"<code>\1</code>", escape(text))


def type_of(schema: dict[str, Any]) -> dict[str, Any]:
    """A property's type in words, and the data structure it refers to (for a link)."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(REF)
        return {"text": "", "ref": name}
    for key in ("oneOf", "anyOf", "allOf"):
        if key in schema:
            refs = [s["$ref"].removeprefix(REF) for s in schema[key] if "$ref" in s]
            refs = [ref for ref in refs if ref != "BlankEnum"]  # "or blank" is said instead
            blank = any(s.get("$ref", "").endswith("BlankEnum") for s in schema[key])
            return {"text": "or blank" if blank else "", "ref": refs[0] if refs else ""}
    if schema.get("type") == "array":
        inner = type_of(schema.get("items", {}))
        return {"text": "list of " + (inner["text"] or ""), "ref": inner["ref"]}
    text = schema.get("type", "any")
    if "format" in schema:
        text += f" ({schema['format']})"
    if "enum" in schema:
        text += ": one of " + ", ".join(str(v) for v in schema["enum"] if v != "")
    if schema.get("nullable"):
        text += ", or null"
    return {"text": text, "ref": ""}


def _operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            body = op.get("requestBody", {}).get("content", {})
            examples = [
                {"title": name, "json": json.dumps(example.get("value"), indent=2)}
                for content in body.values()
                for name, example in content.get("examples", {}).items()
            ]
            operations.append(
                {
                    "id": op.get("operationId", f"{method}-{path}"),
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": prose(op.get("description", "")),
                    "security": [name for rule in op.get("security", []) for name in rule],
                    "parameters": [
                        {
                            "name": p["name"],
                            "where": p["in"],
                            "required": p.get("required", False),
                            "type": type_of(p.get("schema", {})),
                            "description": prose(p.get("description", "")),
                        }
                        for p in op.get("parameters", [])
                    ],
                    "body": [
                        {"content_type": kind, "type": type_of(content.get("schema", {}))}
                        for kind, content in body.items()
                    ],
                    "examples": examples,
                    "responses": [
                        {
                            "status": status,
                            "description": prose(answer.get("description", "")),
                            "types": [
                                type_of(c.get("schema", {}))
                                for c in answer.get("content", {}).values()
                            ],
                        }
                        for status, answer in op.get("responses", {}).items()
                    ],
                }
            )
    return operations


def _structures(schema: dict[str, Any]) -> list[dict[str, Any]]:
    structures = []
    for name, component in sorted(schema.get("components", {}).get("schemas", {}).items()):
        if name == "BlankEnum":
            continue
        required = set(component.get("required", []))
        structures.append(
            {
                "name": name,
                "description": prose(component.get("description", "")),
                "values": [str(v) for v in component.get("enum", []) if v not in ("", None)],
                "properties": [
                    {
                        "name": prop,
                        "required": prop in required,
                        "read_only": spec.get("readOnly", False),
                        "type": type_of(spec),
                        "description": prose(spec.get("description", "")),
                    }
                    for prop, spec in component.get("properties", {}).items()
                ],
            }
        )
    return structures


class ApiDocsView(APIView):
    """For people in a browser with a session (records systems read /api/schema/). Someone not
    signed in is asked to sign in and brought back; others are refused as for the schema."""

    authentication_classes = [SessionAuthentication]
    permission_classes = spectacular_settings.SERVE_PERMISSIONS
    renderer_classes = [TemplateHTMLRenderer]
    template_name = "vhub/api_docs.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().dispatch(request, *args, **kwargs)

    @extend_schema(exclude=True)  # a page about the API, not an operation of it
    def get(self, request: Request) -> Response:
        schema = SchemaGenerator().get_schema(request=None, public=True)
        schemes = schema.get("components", {}).get("securitySchemes", {})
        return Response(
            {
                "info": schema["info"],
                "info_description": prose(schema["info"].get("description", "")),
                "openapi": schema["openapi"],
                "operations": _operations(schema),
                "structures": _structures(schema),
                "schemes": {
                    name: prose(scheme.get("description", "")) for name, scheme in schemes.items()
                },
            }
        )
