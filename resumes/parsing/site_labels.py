"""Lines a Korean job-site export (잡코리아, 사람인 and the like) sets in its career rows, and the
tenure summary above them.

"경력 총 2년 11개월" (or "총 2년 11개월", "Total 5 years") under the work heading adds up the rows
below it; it names no employer. Inside a row the export writes label and value on one line
without a colon ("주요직무 정보보안", "연봉\t3,000만원", "직급 대리"): the line tells about the row
above it and never opens an entry or names a company. A salary is left out of the draft.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from resumes.parsing import labels
from resumes.parsing.field_words import reader_words

if TYPE_CHECKING:  # blocks.py asks site_label() whether a line is a label line, so no import cycle
    from resumes.parsing.blocks import Item

_DURATION = r"\d+\s*(?:년|개월|\+?\s*(?:years?|yrs?|months?|mos?)\b)"
TENURE_SUMMARY = re.compile(
    rf"^\s*(?:경력\s*총|총\s*경력|경력|총|total(?:\s+experience)?)\s*[:：]?\s*(?:{_DURATION}\s*)+$", re.I
)
# A label of a job-site career row (the field lexicon's "site_lines" words, field_words.yaml), by
# what it gives the entry above it (None: left out).
NOTE = "site_note"  # kept whole in the entry's description ("주요직무 정보보안")
_GIVES = {
    "position": labels.POSITION,
    "duties": labels.DUTIES,
    "department": NOTE,
    "location": NOTE,
    "employment": NOTE,
    "leaving": NOTE,
    NOTE: NOTE,
    "salary": None,
}
SITE_LABELS = {
    word.replace(" ", ""): _GIVES[field] for field, found in reader_words("site_lines").items() for word in found
}
_LABEL_WORDS = "|".join(r"\s?".join(label) for label in sorted(SITE_LABELS, key=len, reverse=True))  # "주요 직무"
_LABEL_LINE = re.compile(rf"^(?P<label>{_LABEL_WORDS})(?:\s*\t\s*|\s+)(?P<value>\S.{{0,40}})$")


def site_label(text: str) -> tuple[str, str | None, str] | None:
    """(label, field, value) for a job-site label line, or None."""
    match = _LABEL_LINE.match(text.strip())
    if match is None:
        return None
    label = match["label"].replace(" ", "")
    return label, SITE_LABELS[label], match["value"].strip()


def site_label_items(items: list[Item]) -> list[Item]:
    """The work items with the tenure summary above the first dated row dropped, and each
    job-site label line after the first dated row made a label of the row above (a salary
    dropped)."""
    from resumes.parsing.blocks import LABEL, TEXT

    kept: list[Item] = []
    dated = False
    for item in items:
        if not dated and item.kind == TEXT and item.period is None and TENURE_SUMMARY.match(item.text):
            continue
        found = site_label(item.text) if dated and item.kind == TEXT and item.period is None else None
        if found is None:
            dated = dated or item.period is not None
            kept.append(item)
        elif found[1] is not None:
            raw = " ".join(item.text.split())
            kept.append(dataclasses.replace(item, kind=LABEL, field=found[1], text=found[2], raw=raw))
    return kept
