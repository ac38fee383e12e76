"""Every sentence a person reads about an upload: parser errors by their code and parser
notices by theirs, in the request's language. The web pages and the API both come here, so
a message is written (and translated) once, and nothing is matched by its English wording."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from resumes.parsing import MAX_PDF_PAGES, MAX_TEXT_CHARS, ParseError, notices
from resumes.parsing.errors import (
    CORRUPT,
    EMPTY,
    ENCRYPTED_PDF,
    IMAGE_ONLY_PDF,
    NEEDS_OCR,
    OCR_UNAVAILABLE,
    TOO_LARGE,
    TOO_MANY_PAGES,
    TOO_MUCH_TEXT,
    UNSUPPORTED_TYPE,
    ZIP_BOMB,
)
from resumes.parsing.notices import Notice

ERROR_MESSAGES = {
    UNSUPPORTED_TYPE: _(
        "This file is not a PDF, a Word (.docx) document or plain text. Save your "
        "resume as PDF or DOCX, or paste its text below."
    ),
    EMPTY: _("There is no text in this file. Choose another file, or paste your resume text below."),
    ENCRYPTED_PDF: _("This PDF is protected by a password. Remove the password and try again."),
    IMAGE_ONLY_PDF: _(
        "This PDF has no text layer (a scan?). Export it from your word processor, or paste the text below."
    ),
    TOO_LARGE: _(
        "The file is larger than %(megabytes)s MB. A resume is far smaller; export it again "
        "without images, or paste the text below."
    ),
    TOO_MANY_PAGES: _("The PDF has more than %(pages)s pages. Upload only your resume."),
    TOO_MUCH_TEXT: _(
        "The text is longer than %(characters)s characters, far more than a resume. Keep only your resume."
    ),
    ZIP_BOMB: _(
        "This DOCX file unpacks to far more data than a resume holds, so it was not opened. "
        "Save it again from your word processor, or paste the text below."
    ),
    NEEDS_OCR: _("This file is a scan or an image; its text is being read (OCR), which takes a few seconds per page."),
    OCR_UNAVAILABLE: _(
        "This file is a scan or an image. Reading scans needs Tesseract OCR, which is not installed "
        "on this server. Upload a PDF with a text layer, or paste the text below."
    ),
    CORRUPT: _(
        "The file is damaged and could not be read. Save it again from your word processor, or paste the text below."
    ),
}

NOTICE_MESSAGES = {
    notices.LLM_READ: _("An AI provider read this draft from your file; check the fields marked guessed."),
    notices.PDF_PROTECTED: _("The PDF is protected against editing; its text was read anyway."),
    notices.PDF_COLUMNS: _("The PDF seems to have several columns; check that the sections are in the right order."),
    notices.SCAN_COLUMNS: _(
        "The scan seems to have several columns, each read on its own; check that the sections are in the right order."
    ),
    notices.NO_SECTIONS: _(
        "No resume sections (experience, projects, skills, education) were recognised by their "
        "headings; fill them in by hand."
    ),
    notices.NO_NAME: _("The name was not found at the top of the resume."),
    notices.NO_PERIODS: _("No work periods could be read; enter your total experience in months by hand."),
    notices.NAME_MISMATCH: _(
        "The file name ends in %(extension)s but the file is a %(kind)s document; it was read as %(kind)s."
    ),
    notices.PLACEHOLDER: _("%(field)s was not in the document; a placeholder marks it for you to fill in."),
    notices.TRUNCATED: _("%(field)s was longer than a resume field holds and was shortened; check it."),
    notices.ITEM_DROPPED: _("A value in %(field)s could not be used (a broken link or address) and was left out."),
    notices.OCR_USED: _("The text was recognised from images of %(pages)s page(s); check it carefully."),
}


def parse_error_text(error: ParseError) -> str:
    """What the person reads for a parser error: by its stable code, in their language."""
    message = ERROR_MESSAGES.get(error.code)
    if message is None:
        return error.message
    return message % {
        "megabytes": settings.RESUME_UPLOAD_MAX_BYTES // (1024 * 1024),
        "pages": MAX_PDF_PAGES,
        "characters": f"{MAX_TEXT_CHARS:,}",
    }


def notice_text(notice: Notice) -> str:
    message = NOTICE_MESSAGES[notice.code]
    try:
        return str(message) % notice.params if notice.params else str(message)
    except (KeyError, TypeError, ValueError):
        return str(message)


def notice_payload(notice: Notice) -> dict:
    """A notice as the API answers it: its code, its parameters and the sentence."""
    return {"code": notice.code, "params": dict(notice.params), "message": notice_text(notice)}
