"""The one error body of DESIGN.md, for every API error: DRF exceptions, Django's 404 and
permission errors, oversized or malformed bodies, and our own domain errors."""

import logging

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.http import Http404, JsonResponse
from django.utils import timezone
from rest_framework import exceptions, status
from rest_framework.response import Response

from careercoach.request_ids import current_request_id

logger = logging.getLogger(__name__)

_CODES_BY_STATUS = {
    400: "VALIDATION_ERROR",
    401: "NOT_AUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    406: "NOT_ACCEPTABLE",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "UNPROCESSABLE",
    429: "RATE_LIMITED",
    500: "INTERNAL_ERROR",
    503: "SERVICE_UNAVAILABLE",
    504: "TIMEOUT",
}


class ApiError(exceptions.APIException):
    """A domain error with its own code and details, raised from views and services."""

    def __init__(self, detail, *, error_code, status_code=400, details=None, headers=None):
        super().__init__(detail=detail)
        self.status_code = status_code
        self.error_code = error_code
        self.details = details or {}
        self.headers = headers or {}


def rate_limited(exc, *, details=None) -> ApiError:
    """429 RATE_LIMITED for a refusal carrying `retry_after` (seconds) and `details()`, as
    careercoach.generation.limits.RateLimited does; `details` replaces the refusal's own."""
    return ApiError(
        str(exc),
        error_code="RATE_LIMITED",
        status_code=429,
        details=exc.details() if details is None else details,
        headers={"Retry-After": str(exc.retry_after)},
    )


class DatabaseUnavailable(exceptions.APIException):
    """The database is restarting or unreachable: worth retrying, unlike a bug (500)."""

    status_code = 503
    default_detail = "The service is briefly unavailable. Please try again in a moment."
    default_code = "service_unavailable"
    wait = 4


class PayloadTooLarge(exceptions.APIException):
    status_code = 413
    default_detail = "Request body is too large."
    default_code = "payload_too_large"


def error_body(*, detail, error_code, details=None):
    return {
        "detail": str(detail),
        "error_code": error_code,
        "timestamp": timezone.now().isoformat().replace("+00:00", "Z"),
        "request_id": current_request_id(),
        "details": details or {},
    }


def _flatten(detail):
    """DRF validation details as plain JSON (lists and dicts of strings)."""
    if isinstance(detail, dict):
        return {str(k): _flatten(v) for k, v in detail.items()}
    if isinstance(detail, list):
        return [_flatten(v) for v in detail]
    return str(detail)


def exception_handler(exc, context):
    if isinstance(exc, Http404):
        exc = ApiError(str(exc) or "Not found.", error_code="NOT_FOUND", status_code=404)
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, RequestDataTooBig):
        exc = PayloadTooLarge()
    elif isinstance(exc, (OperationalError, InterfaceError)):
        logger.warning("Database unavailable: %s", exc)
        exc = DatabaseUnavailable()

    if not isinstance(exc, exceptions.APIException):
        logger.exception("Unhandled API error")
        return Response(
            error_body(detail="Internal server error.", error_code="INTERNAL_ERROR"),
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )

    headers = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None) is not None:
        headers["Retry-After"] = str(int(exc.wait) + 1)
    headers.update(getattr(exc, "headers", {}) or {})

    if isinstance(exc, ApiError):
        body = error_body(detail=exc.detail, error_code=exc.error_code, details=exc.details)
    elif isinstance(exc, exceptions.ValidationError):
        body = error_body(
            detail="Invalid input.", error_code="VALIDATION_ERROR", details={"fields": _flatten(exc.detail)}
        )
    elif isinstance(exc, exceptions.ParseError):
        body = error_body(detail=exc.detail, error_code="MALFORMED_REQUEST")
    else:
        body = error_body(detail=exc.detail, error_code=_CODES_BY_STATUS.get(exc.status_code, "ERROR"))
    return Response(body, status=exc.status_code, headers=headers)


def json_error(status_code, *, detail, error_code, details=None):
    """For the few API-path errors raised outside DRF views (404 routes, 500 handler)."""
    return JsonResponse(error_body(detail=detail, error_code=error_code, details=details), status=status_code)
