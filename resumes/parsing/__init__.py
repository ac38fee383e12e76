"""Resume upload parsing: PDF, DOCX or pasted text -> a draft in the resume format.

    from resumes.parsing import parse_resume, ParseError
    try:
        result = parse_resume(upload.read(), filename=upload.name)
    except ParseError as error:
        ...  # error.code in ERROR_CODES, error.message in English

The draft is never saved here. Fields the document does not state stay empty; fields that
were worked out rather than read (total months, a tech stack found in prose, skills sorted
by the catalog) are listed in `guessed` so the form can ask the person to check them.
`text` is the normalised text the parser read, so an LLM extractor can be given the same
words and its values checked against them.
"""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import dataclass, field

from resumes.parsing import notices
from resumes.parsing.draft import build_draft, empty_draft
from resumes.parsing.errors import (
    CORRUPT,
    EMPTY,
    ENCRYPTED_PDF,
    ERROR_CODES,
    IMAGE_ONLY_PDF,
    NEEDS_OCR,
    OCR_UNAVAILABLE,
    TOO_LARGE,
    TOO_MANY_PAGES,
    TOO_MUCH_TEXT,
    UNSUPPORTED_TYPE,
    ZIP_BOMB,
    ParseError,
)
from resumes.parsing.frontmatter import front_matter_name
from resumes.parsing.limits import MAX_PDF_PAGES, MAX_TEXT_CHARS, MAX_UPLOAD_BYTES
from resumes.parsing.lines import lines_from_text, text_of
from resumes.parsing.markup import html_lines, markdown_lines
from resumes.parsing.notices import Notice
from resumes.parsing.pdf import pdf_lines
from resumes.parsing.sniff import DOCX, HTML, IMAGE, MARKDOWN, PDF, TEXT, decode_text, detect_type, text_kind
from resumes.parsing.word import docx_lines

__all__ = [
    "parse_resume",
    "ParseResult",
    "ParseError",
    "ERROR_CODES",
    "empty_draft",
    "Notice",
    "MAX_UPLOAD_BYTES",
    "MAX_PDF_PAGES",
    "MAX_TEXT_CHARS",
    "UNSUPPORTED_TYPE",
    "EMPTY",
    "ENCRYPTED_PDF",
    "IMAGE_ONLY_PDF",
    "TOO_LARGE",
    "TOO_MANY_PAGES",
    "TOO_MUCH_TEXT",
    "ZIP_BOMB",
    "CORRUPT",
    "NEEDS_OCR",
    "OCR_UNAVAILABLE",
]

_EXTENSIONS = {
    PDF: (".pdf",),
    DOCX: (".docx",),
    IMAGE: (".png", ".jpg", ".jpeg"),
    TEXT: (".txt", ".md", ".text", ""),
    MARKDOWN: (".md", ".markdown", ".mdx", ".txt", ".text", ""),
    HTML: (".html", ".htm", ".txt", ""),
}
_STRUCTURED = (DOCX, MARKDOWN, HTML)


@dataclass
class ParseResult:
    draft: dict
    guessed: list[str] = field(default_factory=list)
    source_type: str = TEXT
    warnings: list[Notice] = field(default_factory=list)
    text: str = ""


def parse_resume(
    data: bytes,
    *,
    filename: str | None = None,
    text: str | None = None,
    today: datetime.date | None = None,
    ocr: bool = False,
    progress=None,
) -> ParseResult:
    """Parse an uploaded file (`data`) or pasted `text` (which wins when given).

    `filename` only feeds a warning when it disagrees with the content; the type is judged
    from the bytes. `today` stands for "현재"/"Present" in periods (tests fix it). An image,
    or a PDF without a text layer, raises NEEDS_OCR unless `ocr` is set (the worker sets it;
    `progress(done, total)` hears about pages).
    """
    today = today or datetime.date.today()
    warnings: list[Notice] = []
    if text is not None:
        if len(text.encode("utf-8", "surrogatepass")) > MAX_UPLOAD_BYTES:
            raise _too_large()
        source_type, lines = _text_lines(text)
    else:
        source_type, lines, found = _file_lines(data, filename=filename, ocr=ocr, progress=progress)
        warnings.extend(found)

    if not any(line.text for line in lines):
        if source_type == PDF:  # only page numbers: the content is in images
            raise ParseError(
                IMAGE_ONLY_PDF,
                "The PDF has no text layer (it is a scan or an "
                "image). Upload a PDF exported from a text editor, "
                "or paste the text.",
            )
        raise ParseError(EMPTY, "The document contains no text.")
    read = _read_text(lines)
    wrapped = source_type not in _STRUCTURED or _mostly_preformatted(lines)
    declared = None
    if source_type == MARKDOWN:  # a name given only in the front matter (frontmatter.py)
        declared = front_matter_name(text if text is not None else decode_text(data) or "")
    draft = build_draft(lines, wrapped=wrapped, today=today, declared_name=declared)
    return ParseResult(
        draft=draft.draft, guessed=draft.guessed, source_type=source_type, warnings=warnings + draft.warnings, text=read
    )


def _mostly_preformatted(lines: list) -> bool:
    """A Markdown resume written inside a code block is plain text, hard-wrapped like one."""
    filled = [line for line in lines if line.text]
    return bool(filled) and sum(line.evidence.endswith(":pre") for line in filled) * 2 > len(filled)


def _file_lines(data: bytes, *, filename: str | None, ocr: bool, progress) -> tuple[str, list, list[Notice]]:
    """(type judged from the bytes, lines, notices) of an uploaded file: each type read by its
    own reader, a scan or an image through OCR."""
    data = bytes(data or b"")
    if len(data) > MAX_UPLOAD_BYTES:
        raise _too_large()
    if not data.strip():
        raise ParseError(EMPTY, "The file is empty.")
    source_type = detect_type(data)
    warnings = list(_name_mismatch(filename, source_type))
    if source_type == IMAGE:
        lines, found = _ocr_lines(data, image=True, ocr=ocr, progress=progress)
        return source_type, lines, warnings + [Notice(notices.OCR_USED, {"pages": 1})] + found
    if source_type == PDF:
        try:
            lines, found = pdf_lines(data)
            if not any(line.text for line in lines):  # only page numbers: a scan
                raise ParseError(IMAGE_ONLY_PDF, "The PDF has no text layer.")
        except ParseError as error:
            if error.code != IMAGE_ONLY_PDF:
                raise
            lines, columns = _ocr_lines(data, image=False, ocr=ocr, progress=progress)
            found = [Notice(notices.OCR_USED, {"pages": _page_count(data)})] + columns
        return source_type, lines, warnings + found
    if source_type == DOCX:
        lines, found = docx_lines(data)
        return source_type, lines, warnings + found
    source_type, lines = _text_lines(decode_text(data) or "", filename)
    return source_type, lines, warnings


def _ocr_lines(data: bytes, *, image: bool, ocr: bool, progress) -> tuple[list, list[Notice]]:
    """The scan's lines, and the notice that it was read column by column when it was."""
    from resumes.parsing.ocr import image_lines, ocr_available, scanned_pdf_lines

    if not ocr_available():
        raise ParseError(
            OCR_UNAVAILABLE,
            "The file is a scan or an image; reading it needs Tesseract OCR, "
            "which is not installed here. Upload a PDF with text, or paste the text.",
        )
    if image:
        _check_image(data)
    if not ocr:
        raise ParseError(NEEDS_OCR, "The file is a scan or an image; it is read with OCR in the background.")
    lines, columned = image_lines(data, progress) if image else scanned_pdf_lines(data, progress)
    return lines, [Notice(notices.SCAN_COLUMNS)] if columned else []


def _check_image(data: bytes) -> None:
    """A PNG or JPEG that cannot be opened is refused now, not after a wait for the worker."""
    from PIL import Image, UnidentifiedImageError

    try:
        Image.open(io.BytesIO(data)).verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ParseError(CORRUPT, "The image is damaged and cannot be read.") from exc


def _page_count(data: bytes) -> int:
    import pypdfium2

    try:
        return len(pypdfium2.PdfDocument(data))
    except pypdfium2.PdfiumError:
        return 1


def _read_text(lines) -> str:
    """The lines as plain text (list items keep a "- "), runs of blank lines made one, at most
    MAX_TEXT_CHARS long."""
    text = re.sub(r"\n{3,}", "\n\n", text_of(lines)).strip()
    return text[:MAX_TEXT_CHARS]


def _text_lines(text: str, filename: str | None = None):
    """(source type, lines) of a text file or pasted text: Markdown and HTML by their structure."""
    if len(text) > MAX_TEXT_CHARS:
        raise ParseError(
            TOO_MUCH_TEXT, f"The text is longer than {MAX_TEXT_CHARS:,} characters; a resume is far shorter."
        )
    kind = text_kind(text, filename)
    if kind == HTML:
        return kind, html_lines(text)
    if kind == MARKDOWN:
        return kind, markdown_lines(text)
    return TEXT, lines_from_text(text)


def _too_large() -> ParseError:
    return ParseError(TOO_LARGE, f"The file is larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB.")


def _name_mismatch(filename: str | None, source_type: str) -> list[Notice]:
    if not filename or "." not in filename:
        return []
    extension = "." + filename.rsplit(".", 1)[1].lower()
    if extension in _EXTENSIONS[source_type]:
        return []
    return [Notice(notices.NAME_MISMATCH, {"extension": extension, "kind": source_type.upper()})]
