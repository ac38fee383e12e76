"""The door between an uploaded file (web form or API) and the parser: size cap, read from
memory, never written to disk."""
from django.conf import settings

from resumes.parsing import ParseError, parse_resume


def parse_upload(*, upload=None, text: str | None = None):
    if upload is not None:
        if upload.size > settings.RESUME_UPLOAD_MAX_BYTES:
            raise ParseError("too_large", "The file is larger than 10 MB.")
        data = upload.read(settings.RESUME_UPLOAD_MAX_BYTES + 1)
        return parse_resume(data, filename=upload.name)
    return parse_resume(b"", text=text or "")
