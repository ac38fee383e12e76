"""GET /metrics. With METRICS_TOKEN set, only `Authorization: Bearer <token>` reads it; without
it, only a loopback client that came through no proxy (a proxy on the same host would make
every visitor look local)."""

import hmac
import ipaddress

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.http import require_GET
from prometheus_client import CONTENT_TYPE_LATEST

from careercoach.metrics.exposition import metrics_text


def _loopback(request) -> bool:
    if request.headers.get("X-Forwarded-For") or request.headers.get("Forwarded"):
        return False
    try:
        return ipaddress.ip_address(request.META.get("REMOTE_ADDR", "")).is_loopback
    except ValueError:
        return False


def _allowed(request) -> bool:
    token = settings.METRICS_TOKEN
    if not token:
        return _loopback(request)
    sent = request.headers.get("Authorization", "")
    return sent.startswith("Bearer ") and hmac.compare_digest(sent[7:].strip().encode(), token.encode())


@require_GET
def metrics(request):
    if not _allowed(request):
        response = HttpResponse("Forbidden\n", status=403, content_type="text/plain")
        if settings.METRICS_TOKEN:
            response = HttpResponse("Unauthorized\n", status=401, content_type="text/plain")
            response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    return HttpResponse(metrics_text(shared_state=True), content_type=CONTENT_TYPE_LATEST)
