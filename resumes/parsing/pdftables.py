"""Ruled tables of a PDF page (pdfplumber finds them by their drawn lines), as ROW lines with
their cells; a cell's wrapped lines are joined like any wrapped line ("주식회사 딥하" / "늘"),
and a first row set all in bold is the header row.

A cell keeps its line structure: read by geometry as the page's rows are (pdfrows.py), a row
opened by a bullet or number, or one starting at the cell's left edge under a row that ended
short of the cell's right edge, is a new line; rows that ran to the edge wrapped and are joined.
A table where some cell holds a list (achievements bulleted beside the employer) is read row by
row, cell by cell, each line of its own and bullets as list items, as the DOCX reader reads a
row whose cells hold several paragraphs (read as one cell text, the bullets ran into one line);
every row alike, so a row with a one-line cell reads as the rows beside it. A table without a
list keeps its rows of cells.

A table's grid is taken from its rules only: drawn lines, shapes thin enough to be a line (a
border printed as a thin filled box, as Chromium prints a CSS border) and outlines stroked in a
colour of their own. A filled box larger than a rule is a background: web pages and Notion
exports printed by a browser set cards, panels, shaded rows and coloured section bars on filled
boxes, whose sides pdfplumber took for the lines of a grid, so a page of nested cards was read
as one false table and its employers, periods and skills were cut into cells. A table drawn with
cell shading alone and no borders is no ruled table: its rows are read as the page's text rows,
as the same table printed without its shading is (pdfgaptables.py reads them under a header).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from resumes.parsing import labels
from resumes.parsing.lines import ROW, Line, make_line
from resumes.parsing.pdfglyphs import CONTROL
from resumes.parsing.pdfrows import join_wrapped_rows
from resumes.parsing.pdfwrap import join_wrapped

_CID = re.compile(r"\(cid:\d+\)")
_BOLD = re.compile(r"bold|black|heavy|semibold|demibold|extrabold", re.I)
NESTED_MARKER = 6  # points: a marker this far right of a cell's first marker is a nested item's
RULE_MAX = 3.0  # points: a filled shape this thin is a rule (a 1-4px CSS border, Word's 3pt frame);
# no line of text fits in it, so it cannot be the background of one


def ruled_tables(page, read_rows: Callable[[list], list] | None = None) -> list[tuple[tuple, list[Line]]]:
    """Each table's box and lines; `read_rows` reads the characters of a cell into the layout
    reader's rows (text, left and right edge, list marker), to keep the cell's lines apart."""
    found = []
    try:
        tables = _ruled(page)
    except Exception:  # noqa: BLE001 - a malformed drawing only costs the table structure
        return []
    for table in tables:
        rows = table.extract() or []
        if len(rows) < 2 or max((len(r) for r in rows), default=0) < 2:
            continue
        cells = [_cell_lines(page, row.cells, read_rows) for row in table.rows] if read_rows else []
        listed = any(len(cell) > 1 and any(line.bullet for line in cell) for row in cells for cell in row)
        lines = []
        for index, texts in enumerate(tuple(_cell_text(c) for c in row) for row in rows):
            header = index == 0 and _bold_row(page, table, index)
            if not any(texts):
                continue
            if listed and not header:
                lines.extend(_row_lines(cells[index]))
                continue
            line = make_line("\t".join(t for t in texts if t))
            line.kind, line.cells, line.header_row, line.evidence = ROW, texts, header, "pdf:table"
            lines.append(line)
        found.append((table.bbox, lines))
    return found


def _ruled(page) -> list:
    """pdfplumber's tables over the page's rules alone (never the sides of filled boxes)."""
    from pdfplumber.utils import filter_edges, obj_to_edges

    rules = [shape for shape in (*page.lines, *page.rects, *page.curves) if _is_rule(shape)]
    # As the "lines" strategy does, edges shorter than a point (a thin border's ends) are
    # dropped before the grid is snapped together; kept, they split off empty columns.
    edges = filter_edges([edge for shape in rules for edge in obj_to_edges(shape)], min_length=1)
    if len(edges) < 2:
        return []
    settings = {"vertical_strategy": "explicit", "horizontal_strategy": "explicit"}
    return page.find_tables({**settings, "explicit_vertical_lines": edges, "explicit_horizontal_lines": edges})


def _is_rule(shape) -> bool:
    """A line, a shape thin enough to be one, or an outline stroked in another colour than its fill."""
    if shape["object_type"] == "line" or min(shape["width"], shape["height"]) <= RULE_MAX:
        return True
    return bool(shape.get("stroke")) and not (
        shape.get("fill") and shape.get("stroking_color") == shape.get("non_stroking_color")
    )


def _cell_text(cell: str | None) -> str:
    """A cell's lines joined as a wrapped line is ("주식회사 딥하" / "늘")."""
    parts = [" ".join(_CID.sub(" ", CONTROL.sub(" ", part)).split()) for part in (cell or "").split("\n")]
    text = ""
    for part in (p for p in parts if p):
        text = join_wrapped(text, part) if text else part
    return text


def _cell_lines(page, boxes, read_rows) -> list[list[Line]]:
    """The lines of each cell of a table row."""
    cells = []
    for box in (box for box in boxes if box is not None):
        x0, top, x1, bottom = box
        chars = [
            c
            for c in page.chars
            if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
        ]
        rows = read_rows(chars)
        if rows:
            # The text's right edge: the cell's, less a padding as wide as the text keeps on its
            # left (a list's indent is no padding: at most a font size)
            left = min(row.marker if row.marker is not None else row.x0 for row in rows)
            padding = min(max(left - x0, 0.0), max(row.size for row in rows))
            joined = join_wrapped_rows(rows, set(), right=x1 - padding)
            cells.append([_cell_line(row, joined) for row in joined])
    return cells


def _row_lines(cells: list[list[Line]]) -> list[Line]:
    """A row of a table holding lists, cell by cell; a row labelled by its first cell ("Role" |
    "Staff Engineer", "주요 업무" | a list) reads as the label and its value, as
    "Role: Staff Engineer" does, so the label is never taken for an entry of its own."""
    if len(cells) == 2 and len(cells[0]) == 1 and labels.field_of(cells[0][0].text.rstrip(":：")) is not None:
        label, value = cells[0][0].text.rstrip(":："), cells[1]
        if len(value) == 1 and not value[0].bullet:
            return [make_line(f"{label}: {value[0].text}")]
        return [make_line(f"{label}:"), *value]
    return [line for cell in cells for line in cell]


def _cell_line(row, rows: list) -> Line:
    line = make_line(row.text.replace("\t", " "), bullet=row.marker is not None, strong=row.bold)
    line.indent = int(row.marker if row.marker is not None else row.x0)
    if line.bullet:
        first = min((r.marker for r in rows if r.marker is not None), default=line.indent)
        line.level = 2 if line.indent > first + NESTED_MARKER else 1
    line.ended, line.evidence = row.ended, "pdf:table cell"
    return line


def _bold_row(page, table, index: int) -> bool:
    row = table.rows[index]
    x0, top, x1, bottom = row.bbox
    chars = [c for c in page.chars if x0 <= c["x0"] <= x1 and top <= c["top"] <= bottom and c["text"].strip()]
    return bool(chars) and all(_BOLD.search(c["fontname"]) for c in chars)
