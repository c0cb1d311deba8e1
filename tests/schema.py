"""The generated OpenAPI schema as strict JSON Schema, to validate what the API really answers.

jsonschema (already installed by drf-spectacular, which validates its own output with it) checks
answers against the component schemas; OpenAPI 3.0's ``nullable`` becomes a JSON Schema null type,
and objects refuse properties the schema does not list."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from drf_spectacular.generators import SchemaGenerator
from jsonschema import Draft202012Validator, FormatChecker

formats = FormatChecker()


@formats.checks("date-time", raises=ValueError)
def _date_time(value) -> bool:
    return not isinstance(value, str) or datetime.fromisoformat(value).tzinfo is not None


@cache
def openapi() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def strict(node):
    """OpenAPI 3.0 schema → JSON Schema, strictly: nullable as a null type, no unlisted properties."""
    if isinstance(node, list):
        return [strict(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: strict(value) for key, value in node.items()}
    if "properties" in node and "additionalProperties" not in node:
        node["additionalProperties"] = False
    # OpenAPI 3.0.3: nullable adds null to the allowed values only with a "type" beside it, so a
    # nullable "allOf: [$ref]" still refuses null (as openapi-core and generated clients read it).
    if node.pop("nullable", False) and "type" in node:
        node = {"anyOf": [node, {"type": "null"}]}
    return node


def response_schema(path: str, method: str, status: int, media: str = "application/json") -> dict:
    return openapi()["paths"][path][method]["responses"][str(status)]["content"][media]["schema"]


def problems(body, schema: dict) -> list[str]:
    """Every way ``body`` breaks ``schema`` (resolved against the components), as readable lines."""
    document = {**strict(schema), "components": strict(openapi()["components"])}
    validator = Draft202012Validator(document, format_checker=formats)
    return sorted(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(body)
    )
