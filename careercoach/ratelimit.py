"""Requests per client IP and minute: on the API, and on the log-in and sign-up forms (POST).

Counted in the shared cache (Redis, or the database cache of the embedded setup) in fixed
one-minute windows, so every web process sees the same count. Redis counts atomically; the
database cache's incr is a read and a write, so under a burst it may let a few more through,
which is acceptable for a limit that keeps one address from flooding, not for billing.
Over the limit: 429 with Retry-After (the seconds left in the window), the uniform error body
on the API and a page that says how long to wait on the forms."""

import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.urls import reverse

from careercoach.api.errors import json_error
from careercoach.metrics import LIMIT_REFUSALS

logger = logging.getLogger(__name__)
WINDOW_SECONDS = 60


@dataclass(frozen=True)
class Scope:
    name: str
    limit: int


def client_ip(request) -> str:
    """Behind one trusted proxy the client is the last address it appended to X-Forwarded-For;
    anything before that the client wrote itself."""
    forwarded = request.headers.get("X-Forwarded-For", "")
    if settings.BEHIND_PROXY and forwarded:
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _scope(request) -> Scope | None:
    path = request.path_info
    if path.startswith("/api/") and not path.endswith("/health"):
        return Scope("ip_api", settings.RATE_LIMIT_API_PER_IP_PER_MINUTE)
    if request.method == "POST" and path in (reverse("login"), reverse("signup")):
        return Scope("ip_auth", settings.RATE_LIMIT_AUTH_PER_IP_PER_MINUTE)
    return None


def window_count(key: str, *, now: float) -> tuple[int, int]:
    """(requests so far in this window, seconds until it ends)."""
    window = int(now // WINDOW_SECONDS)
    full_key = f"ratelimit:{key}:{window}"
    cache.add(full_key, 0, timeout=WINDOW_SECONDS * 2)
    try:
        count = cache.incr(full_key)
    except ValueError:  # expired between add and incr
        cache.set(full_key, 1, timeout=WINDOW_SECONDS * 2)
        count = 1
    return count, max(1, (window + 1) * WINDOW_SECONDS - int(now))


class IPRateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        scope = _scope(request)
        if scope is None or scope.limit <= 0:
            return self.get_response(request)
        try:
            count, retry_after = window_count(f"{scope.name}:{client_ip(request)}", now=time.time())
        except Exception:  # the cache (the database cache in the embedded setup) is down
            # A limit that keeps one address from flooding must not turn an outage into 500s:
            # let the request through, where the view answers 503 for the database itself.
            logger.warning("Rate-limit cache unavailable; request let through", exc_info=True)
            return self.get_response(request)
        if count <= scope.limit:
            return self.get_response(request)
        LIMIT_REFUSALS.labels(scope.name).inc()
        if scope.name == "ip_api":
            response = json_error(
                429,
                detail="Too many requests from this address. Please slow down.",
                error_code="RATE_LIMITED",
                details={"limit_per_minute": scope.limit, "retry_after": retry_after},
            )
        else:
            response = render(request, "429.html", {"retry_after": retry_after, "limit": scope.limit}, status=429)
        response["Retry-After"] = str(retry_after)
        return response
