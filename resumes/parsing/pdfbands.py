"""What tells a band of lines set in columns from rows of one list, for pdfcolumns.py. The
lines right of a gutter start at a column's left edge, or at the one indent of its list items;
right-aligned periods do not ("2021.03 – 현재": dates of one format start at one x too, so
they are told by what they say). On the left, text that wraps at the gutter, or a flow of its
own: lines falling beside gaps of the other side (a label list beside a description), or
labelled fields with their values ("역할: 정산 배치 설계"); a key-value list's left side is bare
labels, each on its value's row. A band's line whose text right of the gutter starts
elsewhere (the next job's title and its date, after a block of two lists) ends it.
"""

from __future__ import annotations

import re
import statistics

from resumes.parsing.dates import find_periods
from resumes.parsing.labels import field_of

ALIGN = 2.5  # points: lines starting this close start at one x
_COLON_LABEL = re.compile(r"^([^:：]{1,20}?)\s*[:：]\s*(.*)$")


def visible(line: list[dict]) -> list[dict]:
    """The glyphs drawn: not spaces, nor spaces some fonts map to control codes (U+0001)."""
    return sorted((c for c in line if c["text"].strip() and c["text"] >= " "), key=lambda c: c["x0"])


def right_starts(band: list[list[dict]], right: float) -> list[float | None]:
    """Where each line's text right of a gutter ending at `right` starts (None: no text there)."""
    starts = []
    for line in band:
        found = [c["x0"] for c in visible(line) if c["x0"] >= right - 1]
        starts.append(min(found) if found else None)
    return starts


def _margins(starts: list[float]) -> tuple[float, float | None]:
    """A column's left edge, and the indent at least two of its lines start at (list items
    whose markers are drawn, not glyphs), or None."""
    edge = min(starts)
    indents = [round(x) for x in starts if x - edge >= ALIGN]
    indent = statistics.mode(indents) if indents else None
    return edge, indent if indent is not None and indents.count(indent) >= 2 else None


def aligned(starts: list[float]) -> int:
    """How many of the starts fall on the column's left edge or its indent."""
    edge, indent = _margins(starts)
    return sum(1 for x in starts if x - edge < ALIGN or (indent is not None and abs(x - indent) < ALIGN))


def ragged_end(band: list[list[dict]], gutters, least: int) -> int:
    """How many of the band's lines stay columns: up to the first line after `least` whose text
    right of a gutter starts off that column's edge and indent."""
    end = len(band)
    for _, right in gutters:
        starts = right_starts(band, right)
        found = [x for x in starts if x is not None]
        if not found:
            continue
        edge, indent = _margins(found)
        for index, x in enumerate(starts[least:], start=least):
            if x is not None and x - edge >= ALIGN and (indent is None or abs(x - indent) >= ALIGN):
                end = min(end, index)
                break
    return end


def interleaved(band: list[list[dict]], left: float, right: float) -> bool:
    """Each side has lines of its own in the middle of the other's (two flows side by side: a
    label list beside a description, their lines falling where they fall), not once or at the
    ends only as a label list's wrapped values are."""
    sides = [
        (any(c["x1"] <= left + 1 for c in visible(line)), any(c["x0"] >= right - 1 for c in visible(line)))
        for line in band
    ]
    alone = [0, 0]
    for index, pair in enumerate(sides):
        for side in (0, 1):
            other = 1 - side
            if pair[side] and not pair[other]:
                above = any(s[other] for s in sides[:index])
                alone[side] += above and any(s[other] for s in sides[index + 1 :])
    return min(alone) >= 2


def labelled(parts: list[list[dict]]) -> int:
    """Lines left of the gap that are a labelled field with its value ("역할: 정산 배치 설계"), or a
    bare label over its value on the next line of that side ("역할" over "정산 배치 설계"): a
    list of its own beside the column, where a key-value list's left side is bare labels, one
    after another, each on its value's row."""
    texts = [glyph_text(part) for part in parts if part]
    count = 0
    for index, text in enumerate(texts):
        found = _COLON_LABEL.match(text)
        below = texts[index + 1] if index + 1 < len(texts) else ""
        if found and found.group(2) and field_of(found.group(1)):
            count += 1
        elif field_of(text) and below and not field_of(below) and not _COLON_LABEL.match(below):
            count += 1
    return count


def row_dates(band: list[list[dict]], left: float, gutters) -> bool:
    """The text right of a gutter (up to the next one) is periods and short notes, half of it
    at least periods: the rows' dates set flush right, not a column."""
    right = min((a for a, _ in gutters if a > left), default=float("inf"))
    pieces = [glyph_text([c for c in visible(line) if c["x0"] >= left - 1 and c["x1"] <= right + 1]) for line in band]
    return dates_only([piece for piece in pieces if piece])


def dates_only(pieces: list[str]) -> bool:
    """Periods and short notes, half of them at least periods: rows' dates, not a column's text."""
    dated = sum(1 for piece in pieces if find_periods(piece))
    return bool(pieces) and dated * 2 >= len(pieces) and all(find_periods(p) or len(p.split()) <= 3 for p in pieces)


def glyph_text(chars: list[dict]) -> str:
    """Visible glyphs as text, a space where a word gap parts them."""
    text = ""
    for index, char in enumerate(chars):
        if index and char["x0"] - chars[index - 1]["x1"] > 0.2 * _size(char):
            text += " "
        text += char["text"]
    return text


def _size(char: dict) -> float:
    """A PDF glyph's font size; an OCR letter box (ocrcolumns) carries none, and its letters are
    cut edge to edge, so any gap between them is a word gap."""
    return char.get("size") or char.get("bottom", char["top"] + 10) - char["top"]
