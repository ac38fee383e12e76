"""The door between an uploaded file (web form or API) and the parser: size cap, read from
memory, never written to disk; and the draft a person reviews before anything is saved,
which lives in their session rather than in the database."""

from io import BytesIO

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile

from resumes.extraction import extract_resume
from resumes.parsing import Notice, ParseError, notices, parse_resume
from resumes.storable import draft_storable

REFUSED_ATTRIBUTE = "resume_upload_refused"
DRAFT_SESSION_KEY = "resumes.upload_draft"


class InMemoryUploadHandler(FileUploadHandler):
    """Every uploaded file is kept in memory, so an uploaded resume never touches the disk
    (Django's default handler spills files over 2.5 MB to a temporary file).

    The memory is bounded instead: a request whose Content-Length is over the upload limit
    plus the allowance for ordinary form fields, or a file that grows past the limit, is
    refused. Its file bytes are read and dropped while the other fields (the CSRF token, the
    pasted text) still arrive, and the request is marked so that the view can answer with a
    clear "too large" instead of "no file".
    """

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.refused = content_length > request_max_bytes()
        if self.refused:
            _mark_refused(self.request)

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        # A fresh buffer even when skipping: Django closes `self.file` on SkipFile, and the
        # previous one already belongs to an earlier file of the request.
        self.file = BytesIO()
        self.received = 0
        if getattr(self, "refused", False):
            raise SkipFile()

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.RESUME_UPLOAD_MAX_BYTES:
            _mark_refused(self.request)
            raise SkipFile()  # Django closes (frees) the partial buffer
        self.file.write(raw_data)
        return None

    def file_complete(self, file_size):
        self.file.seek(0)
        return InMemoryUploadedFile(
            file=self.file,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )


def request_max_bytes() -> int:
    """The upload limit plus what Django already allows the non-file fields of a form."""
    return settings.RESUME_UPLOAD_MAX_BYTES + settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def _mark_refused(request) -> None:
    if request is not None:
        setattr(request, REFUSED_ATTRIBUTE, True)


def upload_refused(request) -> bool:
    """Whether the upload handler dropped a file of this request for its size. Read it after
    the body was parsed (request.POST, request.FILES or DRF's request.data)."""
    return bool(getattr(request, REFUSED_ATTRIBUTE, False))


def too_large_error() -> ParseError:
    limit_mb = settings.RESUME_UPLOAD_MAX_BYTES // (1024 * 1024)
    return ParseError("too_large", f"The file is larger than {limit_mb} MB.")


LLM_READ_WARNING = Notice(notices.LLM_READ)


def parse_upload(*, upload=None, text: str | None = None, months_to_ask: bool = False):
    """Parse an uploaded file or, when there is none, pasted text. Raises ParseError.

    The rule-based parser always runs (it judges the type, limits and text); with a hosted
    LLM configured, that provider then reads the text into the same format, and its draft
    wins. One LLM timeout at most, since a person is waiting on the page."""
    if upload is not None:
        if upload.size > settings.RESUME_UPLOAD_MAX_BYTES:
            raise too_large_error()
        data = upload.read(settings.RESUME_UPLOAD_MAX_BYTES + 1)
        try:
            result = parse_resume(data, filename=upload.name)
        except ParseError as error:
            if error.code == "needs_ocr":
                error.data = data  # the caller starts a parse job with it
            raise
    else:
        result = parse_resume(b"", text=text or "")
    read = extract_resume(result.text, rule_draft=result.draft, deadline_seconds=settings.LLM_TIMEOUT_SECONDS)
    if read is not None:
        result.draft, result.guessed = read.draft, read.guessed
        result.warnings.append(LLM_READ_WARNING)
    return fit_for_storage(result, months_to_ask=months_to_ask)


def fit_for_storage(result, *, months_to_ask: bool = False):
    """The draft made valid for the resume API (resumes.storable), what was changed marked.
    The review form asks for an unknown total of months instead of guessing 0."""
    result.draft, guessed, found = draft_storable(result.draft, months_to_ask=months_to_ask)
    result.guessed = list(dict.fromkeys([*result.guessed, *guessed]))
    result.warnings = [*result.warnings, *found]
    return result


def result_body(result) -> dict:
    """A parse result as the API answers it and a parse job keeps it (notices as dicts)."""
    return {
        "draft": result.draft,
        "guessed": list(result.guessed),
        "source_type": result.source_type,
        "warnings": [notice.as_dict() for notice in result.warnings],
    }


def upload_draft_store(*, request, result, filename: str | None) -> None:
    body = result if isinstance(result, dict) else result_body(result)
    request.session[DRAFT_SESSION_KEY] = {"owner": request.user.pk, **body, "filename": filename or ""}


def upload_draft_get(*, request) -> dict | None:
    """The draft waiting for review, only ever the signed-in person's own."""
    stored = request.session.get(DRAFT_SESSION_KEY)
    if not isinstance(stored, dict) or stored.get("owner") != request.user.pk:
        return None
    return stored


def upload_draft_drop(*, request) -> None:
    request.session.pop(DRAFT_SESSION_KEY, None)
