"""Text of an uploaded posting file (PDF, DOCX, text), read by the resume upload parser's
text reader so both uploads refuse the same bad files (binary, image-only PDF, too large)."""

from postings.services import BINARY, EMPTY, PostingRefused
from resumes.parsing import ParseError, parse_resume

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


def posting_text_from_upload(upload) -> str:
    data = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise PostingRefused(BINARY, "The file is larger than 10 MB.")
    try:
        return parse_resume(data, filename=getattr(upload, "name", None)).text
    except ParseError as exc:
        code = EMPTY if exc.code == "empty" else BINARY
        raise PostingRefused(code, exc.message) from exc
