"""Borderless tables of a PDF page: a row of column names set apart by column gaps ("Company
⇥ Role ⇥ Period"), over rows with as many cells, reads as the table a ruled one would.

Without rules pdfplumber finds no table there (pdftables.py takes a grid from rules only, not
from cell shading), and the layout reader keeps each row as text with a tab at each column
gap; read as text, the header row was taken for the first entry's employer. Rows are read
under the header while they hold as many cells as it names: a row with an empty cell or a
cell wrapped onto a second row cannot be placed under its columns by count, and ends the table.
"""

from __future__ import annotations

from resumes.parsing.lines import ROW, Line
from resumes.parsing.tables import names_columns


def gap_tables(lines: list[Line]) -> None:
    """Mark each such header row and the rows under it as table rows, in place."""
    index = 0
    while index < len(lines):
        cells = _cells(lines[index])
        end = index + 1
        while cells and end < len(lines) and len(_cells(lines[end])) == len(cells):
            end += 1
        if len(cells) < 2 or end == index + 1 or not names_columns(cells):
            index += 1
            continue
        for row, line in enumerate(lines[index:end]):
            line.kind, line.cells, line.header_row, line.evidence = ROW, _cells(line), row == 0, "pdf:gap table"
        index = end


def _cells(line: Line) -> tuple[str, ...]:
    """A plain row's cells between its column gaps; none for a heading, a list item or a row of one cell."""
    if line.kind or line.bullet or "\t" not in line.text:
        return ()
    return tuple(cell.strip() for cell in line.text.split("\t"))
