"""Columns that run down the whole page, for the PDF reader (pdflayout.py): a sidebar beside the
main column, parted at the page's gutter (pdfcolumns.page_gutter).

A word space is no gutter: the gaps of a line narrower than WORD_GAP are covered as its glyphs
are, so a full-width line under a block of two columns, whose word gap falls where the block's
gutter is, keeps the page in one column.

A heading band may cross the gutter above the columns: the name set large over both the
sidebar and the main column, then a title or the contact line. The fewest first rows (at
most MAX_HEAD_ROWS, a small share of the glyphs, the last of them running over the gutter)
without which the page has a gutter are read first, then each column; a line crossing further
down means the page is no two columns.
"""

from __future__ import annotations

import statistics

from resumes.parsing.pdfcolumns import baseline, page_gutter
from resumes.parsing.pdfglyphs import shown

MAX_HEAD_ROWS = 4
MAX_HEAD_SHARE = 0.25  # of the page's glyphs: a heading band is a name and a line or two
WORD_GAP = 0.75  # of the font size: a narrower gap inside a line is a (stretched) word space


def page_columns(chars: list[dict], width: float) -> list[list[dict]]:
    """The chars as groups in reading order: [heading band,] left column, right column; or all
    of them as one group when the page has no such gutter."""
    visible = [c for c in chars if shown(c)]
    rows = _rows(visible)
    for head in range(min(MAX_HEAD_ROWS, len(rows)) + 1):
        body = [c for row in rows[head:] for c in row]
        if len(visible) - len(body) > MAX_HEAD_SHARE * len(visible):
            break
        gutter = page_gutter(body + _word_gaps(rows[head:]), width)
        if gutter is not None and (not head or _crosses(rows[head - 1], gutter)):
            return _parted(chars, rows[:head], gutter)
    return [chars]


def _crosses(row: list[dict], x: int) -> bool:
    """The line runs over x: a heading band's last line is what hid the gutter."""
    return min(c["x0"] for c in row) < x < max(c["x1"] for c in row)


def _parted(chars: list[dict], head_rows: list[list[dict]], x: int) -> list[list[dict]]:
    """The heading band's chars (the spaces between its glyphs too), then each side of x."""
    bottom = max((c["bottom"] for row in head_rows for c in row), default=None)
    head = [c for c in chars if bottom is not None and c["bottom"] <= bottom + 0.5]
    rest = [c for c in chars if bottom is None or c["bottom"] > bottom + 0.5]
    columns = [[c for c in rest if c["x1"] <= x + 1], [c for c in rest if c["x1"] > x + 1]]
    return [group for group in (head, *columns) if group]


def _rows(visible: list[dict]) -> list[list[dict]]:
    """The page's glyphs by line (by baseline), top to bottom."""
    rows: dict[int, list[dict]] = {}
    for char in visible:
        rows.setdefault(baseline(char), []).append(char)
    merged: list[list[dict]] = []
    for line in sorted(rows):
        if merged and abs(baseline(merged[-1][0]) - line) <= 1:
            merged[-1].extend(rows[line])
        else:
            merged.append(list(rows[line]))
    return merged


def _word_gaps(rows: list[list[dict]]) -> list[dict]:
    """A stand-in glyph over each gap of a line narrower than WORD_GAP, on the line's baseline,
    so no gutter is found in it."""
    gaps = []
    for row in rows:
        glyphs = sorted(row, key=lambda c: c["x0"])
        size = statistics.median(c["size"] for c in glyphs)
        for char, following in zip(glyphs, glyphs[1:], strict=False):
            if 0 < following["x0"] - char["x1"] < WORD_GAP * size:
                gaps.append({**char, "text": " ", "x0": char["x1"], "x1": following["x0"]})
    return gaps
