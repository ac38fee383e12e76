"""What the parser tells the person about a draft, as stable codes with parameters.

Like ParseError's codes, these are part of the API contract: a code is never renamed, only
added. The words a person reads live in one place, resumes/messages.py, used by the web
pages and the API alike; nothing here is translated or matched by its wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PDF_PROTECTED = "pdf_protected"  # owner-password PDF read anyway
PDF_COLUMNS = "pdf_columns"  # read as several columns; the order may need a check
NO_SECTIONS = "no_sections"  # no section heading recognised
NO_NAME = "no_name"  # no name at the top
NO_PERIODS = "no_periods"  # work without any readable period: total months to enter
NAME_MISMATCH = "name_mismatch"  # params: extension, kind
LLM_READ = "llm_read"  # a hosted provider read the draft
PLACEHOLDER = "placeholder"  # params: field; a required value the document lacks
TRUNCATED = "truncated"  # params: field; cut to the API's limit
ITEM_DROPPED = "item_dropped"  # params: field; a malformed value (URL, e-mail, blank item) left out
OCR_USED = "ocr_used"  # params: pages; the text was recognised from images
SCAN_COLUMNS = "scan_columns"  # a scan read column by column; the order may need a check

NOTICE_CODES = (
    PDF_PROTECTED,
    PDF_COLUMNS,
    NO_SECTIONS,
    NO_NAME,
    NO_PERIODS,
    NAME_MISMATCH,
    LLM_READ,
    PLACEHOLDER,
    TRUNCATED,
    ITEM_DROPPED,
    OCR_USED,
    SCAN_COLUMNS,
)


@dataclass(frozen=True)
class Notice:
    code: str
    params: dict = field(default_factory=dict, hash=False)

    def __post_init__(self):
        if self.code not in NOTICE_CODES:
            raise ValueError(f"unknown parse notice code {self.code!r}")

    def as_dict(self) -> dict:
        return {"code": self.code, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data) -> Notice | None:
        """A notice stored in a session; None for anything else (an older session's string)."""
        if isinstance(data, dict) and data.get("code") in NOTICE_CODES:
            return cls(data["code"], dict(data.get("params") or {}))
        return None
