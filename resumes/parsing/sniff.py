"""Which kind of document the bytes are, judged by content: a file name can say anything."""

from __future__ import annotations

import codecs
import io
import re
import zipfile

from resumes.parsing.errors import CORRUPT, UNSUPPORTED_TYPE, ParseError
from resumes.parsing.limits import MAX_CONTROL_CHAR_RATIO

PDF = "pdf"
DOCX = "docx"
TEXT = "text"
MARKDOWN = "markdown"
IMAGE = "image"
HTML = "html"
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_MARKDOWN_SIGNS = (
    re.compile(r"\A\ufeff?(?:---|\+\+\+)[ \t]*\r?\n"),  # front matter
    re.compile(r"^#{1,6}[ \t]+\S", re.M),  # ATX headings
    re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|", re.M),  # a table's separator row
    re.compile(r"^[ \t]*(?:```|~~~)", re.M),  # code fences
    re.compile(r"<details\b|<summary\b|<table\b|<br\s*/?>", re.I),
    re.compile(r"\[[^\]\n]+\]\(https?://[^)\s]+\)"),  # links
)

# Binary formats people upload by mistake, named so the message can say what was sent.
_KNOWN_BINARY = (
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an executable program"),
    (b"MZ\x90\x00", "a Windows program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Word (.doc) or HWP document"),
    (b"HWP Document File", "an HWP document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)
# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SAVE_AS = "Upload the resume as PDF, DOCX, plain text, or a PNG or JPEG image."


def detect_type(data: bytes) -> str:
    if data.find(b"%PDF-", 0, 1024) != -1:
        return PDF
    if data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        return IMAGE
    if data.startswith(b"PK\x03\x04"):
        return _zip_type(data)
    for magic, what in _KNOWN_BINARY:
        if data.startswith(magic):
            raise ParseError(UNSUPPORTED_TYPE, f"The file is {what}, not a resume document. {_SAVE_AS}")
    if decode_text(data) is not None:
        return TEXT
    raise ParseError(UNSUPPORTED_TYPE, f"The file is not a PDF, a DOCX or readable text. {_SAVE_AS}")


def text_kind(text: str, filename: str | None = None) -> str:
    """Markdown, HTML or plain text, judged by the file name first and then by the content."""
    extension = filename.rsplit(".", 1)[1].lower() if filename and "." in filename else ""
    if extension in ("html", "htm") or _HTML_START.match(text):
        return HTML
    if extension in ("md", "markdown", "mdx") or any(sign.search(text) for sign in _MARKDOWN_SIGNS):
        return MARKDOWN
    return TEXT


def _zip_type(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ParseError(CORRUPT, "The file looks like a DOCX or ZIP archive but is damaged.") from exc
    if "word/document.xml" in names and "[Content_Types].xml" in names:
        return DOCX
    if "Contents/section0.xml" in names:
        what = "an HWPX document"
    elif "xl/workbook.xml" in names:
        what = "an Excel workbook"
    elif "ppt/presentation.xml" in names:
        what = "a PowerPoint presentation"
    elif "content.xml" in names:
        what = "an OpenDocument file"
    else:
        what = "a ZIP archive"
    raise ParseError(UNSUPPORTED_TYPE, f"The file is {what}, not a resume document. {_SAVE_AS}")


def decode_text(data: bytes) -> str | None:
    """Text in UTF-8, UTF-16 (with its byte order mark) or the Korean cp949/EUC-KR, or None."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _as_text(data, encoding)
    for encoding in ("utf-8", "cp949"):
        text = _as_text(data, encoding)
        if text is not None:
            return text
    return None


def _as_text(data: bytes, encoding: str) -> str | None:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if not text:
        return text
    if len(_CONTROL.findall(text)) / len(text) > MAX_CONTROL_CHAR_RATIO:
        return None
    return text
