"""Text of a PDF with pdfplumber (pypdf where it cannot), read from memory, within the page
and text limits. A PDF without a text layer, or with one whose letters are no language, is
left to OCR (IMAGE_ONLY_PDF)."""

from __future__ import annotations

import io
import logging
import re

from resumes.parsing import notices
from resumes.parsing.errors import (
    CORRUPT,
    ENCRYPTED_PDF,
    IMAGE_ONLY_PDF,
    TOO_MANY_PAGES,
    TOO_MUCH_TEXT,
    ParseError,
)
from resumes.parsing.limits import MAX_PDF_PAGES, MAX_TEXT_CHARS
from resumes.parsing.lines import Line, drop_running_headers, lines_from_text
from resumes.parsing.notices import Notice
from resumes.parsing.pdfgarble import is_garbled

# pypdf reports every oddity of real-world files as a warning; a resume upload is not the place.
logging.getLogger("pypdf").setLevel(logging.ERROR)
logging.getLogger("pdfminer").setLevel(logging.ERROR)

COLUMNS_WARNING = Notice(notices.PDF_COLUMNS)
_WIDE_GAP = re.compile(r"\S {8,}\S")
_DATE_AT_END = re.compile(r"(?:19|20)\d{2}|present|current|현재|재직|진행", re.I)


def pdf_lines(data: bytes) -> tuple[list[Line], list[Notice]]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    warnings: list[Notice] = []
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Owner-password-only PDFs ("no editing") open with an empty user password.
            try:
                opened = reader.decrypt("")
            except (DependencyError, FileNotDecryptedError, NotImplementedError) as exc:
                raise _encrypted() from exc
            if not opened:
                raise _encrypted()
            warnings.append(Notice(notices.PDF_PROTECTED))
        page_count = len(reader.pages)
    except ParseError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types for damaged files
        raise ParseError(CORRUPT, "The PDF file is damaged and cannot be read.") from exc
    if page_count == 0:
        raise ParseError(CORRUPT, "The PDF file has no pages.")
    if page_count > MAX_PDF_PAGES:
        raise ParseError(TOO_MANY_PAGES, f"The PDF has {page_count} pages; a resume may have at most {MAX_PDF_PAGES}.")

    laid_out = _layout(data)
    if laid_out is not None:
        per_page, columned = laid_out
        if columned:
            warnings.append(COLUMNS_WARNING)
        return _readable([line for page in drop_running_headers(per_page) for line in page]), warnings
    pages = _page_texts(reader, page_count, positioned=True)
    if _looks_like_columns(pages):
        warnings.append(COLUMNS_WARNING)
        pages = _page_texts(reader, page_count, positioned=False)
    if not any(text.strip() for text, _ in pages):
        raise ParseError(
            IMAGE_ONLY_PDF,
            "The PDF has no text layer (it is a scan or an image). "
            "Upload a PDF exported from a text editor, or paste the text.",
        )
    per_page = [lines_from_text(text, positioned=positioned) for text, positioned in pages]
    return _readable([line for page in drop_running_headers(per_page) for line in page]), warnings


def _readable(lines: list[Line]) -> list[Line]:
    """The lines, unless their letters are no language (fonts without a glyph-to-letter map
    give shifted codes): then the PDF is read like a scan, by OCR (pdfgarble.py)."""
    if is_garbled(line.text for line in lines):
        raise ParseError(
            IMAGE_ONLY_PDF,
            "The PDF's text layer does not map its glyphs to letters; it is read from the page images.",
        )
    return lines


def _layout(data: bytes):
    """Lines with layout from pdfplumber, or None when it cannot read the file (pypdf then
    reads the plain text). The text limit applies the same."""
    from resumes.parsing.pdflayout import layout_pages

    try:
        pages, columned = layout_pages(data)
    except Exception:  # noqa: BLE001 - pdfminer raises many types for odd files; pypdf may cope
        logging.getLogger(__name__).info("pdfplumber could not read a PDF; falling back to pypdf")
        return None
    total = sum(len(line.text) for page in pages for line in page)
    if total > MAX_TEXT_CHARS:
        raise ParseError(
            TOO_MUCH_TEXT, f"The document has more than {MAX_TEXT_CHARS:,} characters of text; a resume is far shorter."
        )
    if not total:
        return None
    return pages, columned


def _encrypted() -> ParseError:
    return ParseError(
        ENCRYPTED_PDF,
        "The PDF is protected by a password. Remove the password (or export it again without one) and upload it again.",
    )


def _page_texts(reader, page_count: int, *, positioned: bool) -> list[tuple[str, bool]]:
    texts, total = [], 0
    for index in range(page_count):
        page = reader.pages[index]
        text, used_layout = "", positioned
        try:
            if positioned:
                text = page.extract_text(extraction_mode="layout") or ""
        except Exception:  # noqa: BLE001 - layout mode fails on some fonts; plain mode may not
            text = ""
        if not text.strip():
            used_layout = False
            try:
                text = page.extract_text() or ""
            except Exception as exc:  # noqa: BLE001
                raise ParseError(CORRUPT, f"Page {index + 1} of the PDF cannot be read.") from exc
        total += len(" ".join(text.split()))
        if total > MAX_TEXT_CHARS:
            raise ParseError(
                TOO_MUCH_TEXT,
                f"The document has more than {MAX_TEXT_CHARS:,} characters of text; a resume is far shorter.",
            )
        texts.append((text, used_layout))
    return texts


def _looks_like_columns(pages: list[tuple[str, bool]]) -> bool:
    """Side-by-side columns show as many lines with a wide gap not followed by a date."""
    lines = [line for text, positioned in pages if positioned for line in text.splitlines() if line.strip()]
    if len(lines) < 10:
        return False
    split = 0
    for line in lines:
        gap = _WIDE_GAP.search(line.strip())
        if gap and not _DATE_AT_END.search(line.strip()[gap.end() - 1 :]):
            split += 1
    return split / len(lines) > 0.25
