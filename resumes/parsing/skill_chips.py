"""A row of skill chips with no heading: "UTM  DRM  DLP  Javascript  Jquery  Git".

Job-site exports (a Korean job board's PDF) draw the skills as rounded boxes in a row under the
profile summary, with no "Skills" heading; the text layer gives one line of cells. A header row
is such a chip row when it has several short cells, none of them prose, a date or an address,
and the catalog knows at least half of them (two or more): the row is then the person's skills
list, read as the skills section is. A row of labels ("학력  경력  자격증") names no technology.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resumes.parsing.lines import Line
from resumes.parsing.technologies import skill_key

MIN_CHIPS = 3
MAX_CHIP_CHARS = 25
MAX_CHIP_WORDS = 3


def chip_rows(lines: list[Line]) -> list[Line]:
    """The header's chip rows, each as one comma list ("UTM, DRM, DLP, Javascript")."""
    return [
        replace(line, text=", ".join(cells), cells=(), full=False, ended=True)
        for line in lines
        if (cells := _chips(line))
    ]


def _chips(line: Line) -> list[str]:
    cells = [cell.strip() for cell in (line.cells or line.text.split("\t")) if cell.strip()]
    if len(cells) < MIN_CHIPS or any(not _chip_shaped(cell) for cell in cells):
        return []
    known = sum(1 for cell in cells if skill_key(cell) is not None)
    return cells if known >= 2 and 2 * known >= len(cells) else []


def _chip_shaped(cell: str) -> bool:
    return (
        len(cell) <= MAX_CHIP_CHARS
        and len(cell.split()) <= MAX_CHIP_WORDS
        and "@" not in cell
        and not re.search(r"\d{2,}|[가-힣]{2,}\S*\s*(?:다|요)$|[,:：]", cell)
    )
