"""Middleware of our own besides the request ids (careercoach.request_ids)."""

from careercoach.views import bad_request, not_found


class NulCharacterMiddleware:
    """PostgreSQL cannot hold NUL in text, so a %00 in a URL that reached a query came back as
    a 500. No route or parameter of ours has one: the path is a 404 and the query a 400,
    before any view or database sees it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            return not_found(request)
        if any("\x00" in key or "\x00" in "".join(values) for key, values in request.GET.lists()):
            return bad_request(request)
        return self.get_response(request)
