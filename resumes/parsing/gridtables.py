"""Pandoc grid tables in Markdown, read as one paragraph per row.

    +----------------------------------------------+---------------------+
    | **Data Engineer** *— Foo, Inc., Austin, TX*  |  Mar 2020 - Jan 2022 |
    +----------------------------------------------+---------------------+

CommonMark has no grid tables, so without this the border rows and the cell bars arrive as
text ("+-----+" as an employer). The borders are decoration; a row's cells, each of which may
run over several source lines, become one line "cell | cell" whose inline emphasis is kept
(the bold title and the emphasised "— Company" are how the entry is split).
"""

from __future__ import annotations

import re

_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ROW = re.compile(r"^\s*\|.*\|\s*$")


def grid_tables_as_paragraphs(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        border = _BORDER.match(lines[index])
        if border is None:
            out.append(lines[index])
            index += 1
            continue
        cuts = [i for i, ch in enumerate(lines[index]) if ch == "+"]
        index += 1
        cells: list[list[str]] = [[] for _ in cuts[1:]]
        while index < len(lines) and (_ROW.match(lines[index]) or _BORDER.match(lines[index])):
            if _BORDER.match(lines[index]):
                out.extend(_row(cells))
                cells = [[] for _ in cuts[1:]]
            else:
                for column, (start, end) in enumerate(zip(cuts, cuts[1:], strict=False)):
                    cells[column].append(lines[index][start + 1 : end].strip())
            index += 1
        out.extend(_row(cells))
    return "\n".join(out)


def _row(cells: list[list[str]]) -> list[str]:
    """One paragraph for a row: each cell's lines joined, the cells joined by " | "; what a cell
    puts after a "<br>" follows as a line of its own ("**B.Sc.** *— Foo U* <br> **Minor in X**")."""
    firsts, rest = [], []
    for cell in cells:
        parts = [p.strip() for p in _BREAK.split(" ".join(part for part in cell if part)) if p.strip()]
        firsts.extend(parts[:1])
        rest.extend(parts[1:])
    if not firsts:
        return []
    return ["", " | ".join(firsts), ""] + [line for part in rest for line in (part, "")]
