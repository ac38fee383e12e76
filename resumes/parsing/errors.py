"""Why an upload cannot be read, as a stable code plus an English message.

The codes are part of the API contract: the web layer translates by code, so a code is never
renamed, only added.
"""

from __future__ import annotations

UNSUPPORTED_TYPE = "unsupported_type"
EMPTY = "empty"
ENCRYPTED_PDF = "encrypted_pdf"
IMAGE_ONLY_PDF = "image_only_pdf"
TOO_LARGE = "too_large"
TOO_MANY_PAGES = "too_many_pages"
TOO_MUCH_TEXT = "too_much_text"
ZIP_BOMB = "zip_bomb"
CORRUPT = "corrupt"
NEEDS_OCR = "needs_ocr"  # an image or a scan: the worker reads it with OCR
OCR_UNAVAILABLE = "ocr_unavailable"  # a scan, and Tesseract is not installed here

ERROR_CODES = (
    UNSUPPORTED_TYPE,
    EMPTY,
    ENCRYPTED_PDF,
    IMAGE_ONLY_PDF,
    TOO_LARGE,
    TOO_MANY_PAGES,
    TOO_MUCH_TEXT,
    ZIP_BOMB,
    CORRUPT,
    NEEDS_OCR,
    OCR_UNAVAILABLE,
)


class ParseError(Exception):
    def __init__(self, code: str, message: str):
        if code not in ERROR_CODES:
            raise ValueError(f"unknown parse error code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return f"ParseError({self.code!r}, {self.message!r})"
