"""HTML layout tables: tables whose cells hold lists and blocks, read as blocks.

Profile READMEs write one job as a table of label rows ("<th>회사</th><td>초록별</td>",
"<th>주요 업무</th><td><ul>…</ul></td>"). Read cell by cell, a label and its value came out as
two unrelated lines, so the label was taken for a company and the period for a project. A row
whose first cell is a known field label reads as "label: value" (or the label over the value's
blocks): the labelled lines the entry readers already know.
"""

from __future__ import annotations

import re

from resumes.parsing import labels
from resumes.parsing.htmltree import tag_of
from resumes.parsing.lines import make_line

MAX_LABEL_CHARS = 20
_SPACE = re.compile(r"\s+")
_BLOCKS = ("ul", "ol", "div", "p", "table")


def _has_blocks(cell) -> bool:
    return any(tag_of(child) in _BLOCKS for child in cell.iter() if child is not cell)


def _label(cell) -> str | None:
    """The field label a row's first cell is ("기간", "Role:"), else None."""
    text = _SPACE.sub(" ", cell.text_content()).strip().rstrip(":：").strip()
    if not text or len(text) > MAX_LABEL_CHARS or _has_blocks(cell):
        return None
    return text if labels.field_of(text) is not None else None


def read_layout_table(walker, rows) -> None:
    """Each row's cells as blocks, with a label row read as one labelled line."""
    for row in rows:
        cells = [cell for cell in row if tag_of(cell) in ("td", "th")]
        label = _label(cells[0]) if len(cells) == 2 else None
        if label is not None and not _has_blocks(cells[1]):
            value = _SPACE.sub(" ", cells[1].text_content()).strip()
            walker.lines.append(make_line(f"{label}: {value}"))
            continue
        if label is not None:
            walker.lines.append(make_line(f"{label}:"))
            cells = cells[1:]
        for cell in cells:
            if not walker._labelled(cell, tag_of(cell)):
                walker.walk(cell)
                walker.flush()
