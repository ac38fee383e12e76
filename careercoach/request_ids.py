"""Request ids: every response carries X-Request-ID and every log line of the request names it,
so a user's error report ("request_id": "req_...") leads straight to the log.

It imports nothing of ours, so the API error body (careercoach.api.errors), the middleware and
the views can all use it without importing each other."""

import contextvars
import logging
import re
import uuid

_current_request_id = contextvars.ContextVar("request_id", default="-")
_INCOMING_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def current_request_id() -> str:
    return _current_request_id.get()


def new_request_id() -> str:
    return f"req_{uuid.uuid4().hex[:20]}"


class RequestIDMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _INCOMING_ID.match(incoming) else new_request_id()
        request.request_id = request_id
        token = _current_request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            _current_request_id.reset(token)
        response["X-Request-ID"] = request_id
        return response


class RequestIDLogFilter(logging.Filter):
    def filter(self, record):
        record.request_id = getattr(record, "request_id", None) or current_request_id()
        return True
