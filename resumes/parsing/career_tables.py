"""A career table standing outside the work section ("## 경력 요약", "## At a glance", or under
the name with no heading): a table whose header names a company column and a period column
lists jobs wherever it stands, so its rows are read as work entries. Without this the whole
career lands in the summary when the heading above it is not a work heading.
"""

from __future__ import annotations

from resumes.parsing.lines import ROW, Line
from resumes.parsing.section_names import HEADER, IGNORED, SUMMARY, WORK
from resumes.parsing.tables import COMPANY, PERIOD, header_column

# Sections a career table can stand in without being what the section is about.
_HOSTS = (HEADER, SUMMARY, IGNORED)


def with_career_tables(found: list[tuple[str, list[Line]]]) -> list[tuple[str, list[Line]]]:
    """The sections with every career table outside work moved into a work section of its own,
    placed where the table stood."""
    result: list[tuple[str, list[Line]]] = []
    for section, lines in found:
        if section not in _HOSTS:
            result.append((section, lines))
            continue
        kept: list[Line] = []
        index = 0
        while index < len(lines):
            end = _career_table_end(lines, index)
            if end is None:
                kept.append(lines[index])
                index += 1
                continue
            result.append((section, kept))
            result.append((WORK, lines[index:end]))
            kept = []
            index = end
        result.append((section, kept))
    return [(section, lines) for section, lines in result if lines or section == HEADER]


def _career_table_end(lines: list[Line], index: int) -> int | None:
    first = lines[index]
    if first.kind != ROW or (index and lines[index - 1].kind == ROW and not first.opens_table):
        return None
    columns = {header_column(cell) for cell in first.cells}
    if not {COMPANY, PERIOD} <= columns:
        return None
    end = index + 1
    while end < len(lines) and lines[end].kind == ROW and not (lines[end].header_row or lines[end].opens_table):
        end += 1
    return end if end > index + 1 else None
