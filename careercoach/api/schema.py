"""OpenAPI pieces shared by every endpoint: the uniform error body."""

from drf_spectacular.utils import OpenApiResponse, inline_serializer
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
