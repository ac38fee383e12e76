"""OpenAPI pieces shared by every endpoint: the uniform error body, and pydantic models as
response schemas.

The JSON bodies of results (a question set, a learning plan, feedback, a fit report) are
described by pydantic models beside the functions that build them; `responses={200: Model}`
documents one. drf-spectacular's own pydantic extension hands over pydantic's JSON Schema
(2020-12) as it is, which an OpenAPI 3.0 document cannot hold (`{"type": "null"}`, `const`,
siblings of `$ref`), so the bridge below rewrites it into OpenAPI 3.0 terms."""

from drf_spectacular.contrib.pydantic import PydanticExtension
from drf_spectacular.drainage import warn
from drf_spectacular.plumbing import ResolvedComponent
from drf_spectacular.utils import OpenApiResponse, inline_serializer
from pydantic.json_schema import model_json_schema
from rest_framework import serializers

ErrorSerializer = inline_serializer(
    name="Error",
    fields={
        "detail": serializers.CharField(),
        "error_code": serializers.CharField(),
        "timestamp": serializers.DateTimeField(),
        "request_id": serializers.CharField(),
        "details": serializers.DictField(),
    },
)

ERROR_RESPONSES = {
    code: OpenApiResponse(ErrorSerializer, description)
    for code, description in {
        400: "Invalid input",
        401: "Not authenticated",
        404: "Not found (or not yours)",
        413: "Request body too large",
        415: "Unsupported media type: send JSON",
        429: "Rate limited; see Retry-After",
        503: "Briefly unavailable (the database is restarting); retry after Retry-After",
    }.items()
}

_SUBSCHEMA_LISTS = ("anyOf", "allOf", "oneOf")


def openapi_30(node):
    """One JSON Schema node (and everything under it) in OpenAPI 3.0 terms: `X | None` becomes
    `nullable`, `const` a one-value `enum`, and titles (pydantic's field names in title case)
    are left out."""
    if not isinstance(node, dict):
        return node
    node = {key: value for key, value in node.items() if key != "title"}
    if "const" in node:
        node["enum"] = [node.pop("const")]
    for key in _SUBSCHEMA_LISTS:
        if key in node:
            node[key] = [openapi_30(item) for item in node[key]]
    if "properties" in node:
        node["properties"] = {name: openapi_30(sub) for name, sub in node["properties"].items()}
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            node[key] = openapi_30(node[key])
    if "$ref" in node and len(node) > 1:  # e.g. a description beside the reference
        reference = node.pop("$ref")
        node = {"allOf": [{"$ref": reference}], **node}
    return _nullable(node)


def _nullable(node: dict) -> dict:
    options = node.get("anyOf")
    if not options or {"type": "null"} not in options:
        return node
    rest = [option for option in options if option != {"type": "null"}]
    node = {key: value for key, value in node.items() if key != "anyOf"}
    if len(rest) == 1 and "$ref" not in rest[0]:
        merged = {**rest[0], **node}
    else:  # a $ref takes no siblings in OpenAPI 3.0
        merged = {"allOf" if len(rest) == 1 else "anyOf": rest, **node}
    return {**merged, "nullable": True}


class PydanticOpenApi30Extension(PydanticExtension):
    """drf-spectacular's pydantic extension, with the schema in OpenAPI 3.0 terms. Nested models
    become components named after their classes; two different models with one name would
    silently share a component, so that is a warning (and `spectacular --fail-on-warn` fails)."""

    priority = 1

    def map_serializer(self, auto_schema, direction):
        schema = model_json_schema(self.target, ref_template="#/components/schemas/{model}", mode="serialization")
        for name, sub_schema in schema.pop("$defs", {}).items():
            component = ResolvedComponent(
                name=name, type=ResolvedComponent.SCHEMA, object=name, schema=openapi_30(sub_schema)
            )
            registered = auto_schema.registry[component] if component in auto_schema.registry else None
            if registered is not None and registered.schema != component.schema:
                warn(f"two different schemas are both named {name}; rename one of the pydantic models")
            auto_schema.registry.register_on_missing(component)
        return openapi_30(schema)
