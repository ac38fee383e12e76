import json

from django.http import Http404, HttpResponse
from django.utils.http import content_disposition_header


def download_response(*, document: dict, markdown: str, filename: str, fmt: str) -> HttpResponse:
    if fmt == "json":
        body, content_type = json.dumps(document, ensure_ascii=False, indent=2, default=str), "application/json"
    elif fmt == "md":
        body, content_type = markdown, "text/markdown; charset=utf-8"
    else:
        raise Http404("Unknown format")
    response = HttpResponse(body, content_type=content_type)
    # Korean resume keys make non-ASCII file names; this header encodes them per RFC 6266.
    response["Content-Disposition"] = content_disposition_header(True, f"{filename}.{fmt}")
    return response
