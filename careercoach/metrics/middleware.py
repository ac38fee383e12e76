"""Request latency by view. The label is the URL pattern's name, never the path, so that
resume keys and job ids do not make a series each."""

import time

from careercoach.metrics import REQUEST_LATENCY


class RequestMetricsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        view = (match.view_name or match._func_path) if match else "unresolved"
        if view != "metrics":
            REQUEST_LATENCY.labels(
                view, request.method if request.method in _METHODS else "other", str(response.status_code)
            ).observe(time.perf_counter() - started)
        return response


_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
