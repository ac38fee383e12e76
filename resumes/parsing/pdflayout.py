"""A PDF's text read with its layout (pdfplumber): headings by font size, list items by the
marker drawn left of them, wrapped lines joined back, columns read one after the other, and
ruled tables as rows of cells.

Browsers print list markers as small drawn shapes, not text, so a bullet is known by a shape
at the start of its first line; the lines after it that start where its text starts are the
same item wrapped (words cut at a line end: pdfwrap.py). Characters some fonts map to control
codes (a space drawn as U+0001, a NUL) are dropped; spaces come from the gaps between glyphs or from the width of a dropped
space glyph (slanted italics leave no gap); a soft hyphen inside a line was a visible dash.
Glyph markers, leaders and pills are told in pdfglyphs.py, columns sharing part of a page in
pdfcolumns.py, the line join in pdfwrap.py, ruled tables in pdftables.py, borderless ones in
pdfgaptables.py, running headers and footers in pdfmargins.py, a name stacked on two lines in
pdftitle.py, glyphs struck twice for a fake bold in pdfdoubled.py.
"""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass, field

from resumes.parsing.lines import HEADING, Line, is_page_number, make_line, strip_icons
from resumes.parsing.pdfcolumns import column_groups, continue_columns
from resumes.parsing.pdfdoubled import DOUBLED, struck_once
from resumes.parsing.pdfgaptables import gap_tables
from resumes.parsing.pdfglyphs import (
    drawn_marker,
    is_leader,
    labels_period,
    leading_marker,
    lone_marker,
    on_pills,
    pill_boxes,
    shown,
    split_by_size,
    undrawn_spaces,
)
from resumes.parsing.pdfmargins import body_size, drop_running_rows
from resumes.parsing.pdfrows import join_wrapped_rows
from resumes.parsing.pdfsidebar import page_columns
from resumes.parsing.pdftables import ruled_tables
from resumes.parsing.pdftitle import read_title_first
from resumes.parsing.pdfwrap import words_of

HEADING_RATIO = 1.12  # a line this much larger than the body text is a heading
MAX_HEADING_CHARS = 60
SPACE_GAP = 0.18  # of the font size: a gap this wide between glyphs is a space
COLUMN_GAP = 1.8  # of the font size: a gap this wide inside a line separates columns
MARKER_MAX = 8.0  # points: the largest shape taken for a list marker
_CID = re.compile(r"\(cid:\d+\)")  # a glyph with no text mapping (icons, emoji)
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|[①-⑳])\s")
_ZERO = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
_BOLD = re.compile(r"bold|black|heavy|semibold|demibold|extrabold", re.I)


@dataclass
class _Row:
    chars: list = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0
    bold: bool = False
    text: str = ""
    marker: float | None = None  # x of a drawn list marker at the row's start
    marked_by: dict | None = None  # the drawn shape that marker is
    glyph: str = ""  # that marker when it is a glyph of the text ("✓", "▶"), which says what the item is
    pills: bool = False  # words each in a box of its own (tags)
    ended: bool = False  # a sentence ends and the row below opens a new one: no wrap


def layout_pages(data: bytes) -> tuple[list[list[Line]], bool]:
    """The Lines of each page, and whether some page was read as several columns."""
    import pdfplumber

    pages, columned, heights = [], False, []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            columns, tables = _page_rows(page)
            columned = columned or len(columns) > 1
            pages.append((columns, tables))
            heights.append(float(page.height))
    drop_running_rows(pages, heights)
    if pages:
        read_title_first(pages[0][0])
    every = [row for columns, _ in pages for rows in columns for row in rows]
    continue_columns(pages, body_size(every) * HEADING_RATIO)
    vocabulary = words_of(row.text for columns, _ in pages for rows in columns for row in rows)
    joined = [([join_wrapped_rows(rows, vocabulary) for rows in columns], tables) for columns, tables in pages]
    return to_lines(joined), columned


def _page_rows(page):
    page = struck_once(page)  # fake bold: each glyph drawn twice (pdfdoubled.py)
    markers = [
        s
        for s in (*page.curves, *page.rects)
        if s["x1"] - s["x0"] <= MARKER_MAX and s["bottom"] - s["top"] <= MARKER_MAX
    ]
    tables = ruled_tables(page, lambda chars: _rows(_glyphs(chars), markers))  # a cell's rows, read as the page's
    boxes = [box for box, _ in tables]
    chars = _glyphs([c for c in page.chars if not _inside(c, boxes)])
    groups = [group for column in page_columns(chars, page.width) for group in column_groups(column)]
    pills = pill_boxes([*page.curves, *page.rects])
    columns = [_rows(group, markers) for group in groups]
    for row in (row for rows in columns for row in rows):
        row.pills = bool(pills) and on_pills(row.chars, pills)
    return columns, tables


def _glyphs(chars: list) -> list:
    """Zero-width characters (a word processor's U+200B after a tab) and rotated text are no glyphs of a row."""
    return [c for c in chars if c.get("upright", True) and c["text"] not in _ZERO]


def _inside(char, boxes) -> bool:
    return any(
        x0 - 1 <= char["x0"] and char["x1"] <= x1 + 1 and top - 1 <= char["top"] and char["bottom"] <= bottom + 1
        for x0, top, x1, bottom in boxes
    )


def _rows(chars, markers) -> list[tuple[float, Line]]:
    rows: list[_Row] = []
    for char in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if rows and abs(char["top"] - rows[-1].top) <= max(char["size"], 1) * 0.4:
            rows[-1].chars.append(char)
        else:
            rows.append(_Row(chars=[char], top=char["top"]))
    rows = [_Row(chars=part, top=row.top) for row in rows for part in split_by_size(row.chars)]
    lone = [shape for shape in (lone_marker(row.chars) for row in rows) if shape]
    markers = [*markers, *lone]
    finished = [_finish(row, markers) for row in rows if not lone_marker(row.chars)]
    _one_row_per_marker(finished)
    return [row for row in finished if row.text and not is_leader(row.text)]


def _one_row_per_marker(rows: list[_Row]) -> None:
    """A list marker opens one item. Where it is level with two rows, the row nearer its middle
    keeps it; where it sits between them, level with neither, it marks a block of rows rather
    than a line (LaTeX centres an item's bullet on a two-row job header, "Title ⇥ City" over
    "Company ⇥ dates"), and neither row is a list item."""
    by_shape: dict[int, list[_Row]] = {}
    for row in rows:
        if row.marked_by is not None:
            by_shape.setdefault(id(row.marked_by), []).append(row)
    for claimants in (group for group in by_shape.values() if len(group) > 1):
        shape = claimants[0].marked_by
        middle = (shape["top"] + shape["bottom"]) / 2
        level = [row for row in claimants if row.top <= middle <= row.bottom]
        for row in claimants:
            if row is not (level[0] if level else None):
                row.marker = row.marked_by = None


def _finish(row: _Row, markers) -> _Row:
    # A space glyph drawn where a glyph starts goes before it: Chrome opens a line with one
    # under its first letter, and a fallback font (Hangul) sets that letter higher.
    chars = sorted(row.chars, key=lambda c: (round(c["x0"], 2), shown(c)))
    visible = [c for c in chars if shown(c)]
    if not visible:
        return row
    row.size = statistics.median(c["size"] for c in visible)
    row.marked_by, icon = drawn_marker(visible, markers, row.size), None
    row.marker = row.marked_by["x0"] if row.marked_by else None
    if row.marker is None and (
        leading_marker(visible, row.size)
        or (
            len(visible) > 1
            and _CID.fullmatch(visible[0]["text"])
            and visible[0]["x1"] - visible[0]["x0"] < 0.7 * row.size
        )
    ):
        # A bullet drawn as a glyph: "●" or "•" before a gap, an icon font's, or one without
        # a text mapping (ReportLab's, Wingdings'). With a drawn marker left of it, such a
        # glyph is an icon opening the item's text ("• 🎯 Delivered …"), not its marker.
        row.marker, icon = visible[0]["x0"], visible[0]
        row.glyph, visible = icon["text"].strip(), visible[1:]
    row.bold = all(_BOLD.search(c["fontname"]) or c.get(DOUBLED) for c in visible)
    row.x0, row.x1 = visible[0]["x0"], visible[-1]["x1"]
    row.top, row.bottom = min(c["top"] for c in visible), max(c["bottom"] for c in visible)
    row.text = _row_text(chars, visible, row.size)
    if row.marker is not None and icon is not None and labels_period(icon, row.text):
        row.marker, row.glyph, row.x0 = None, "", icon["x0"]
    return row


def _row_text(chars: list, visible: list, size: float) -> str:
    """The row's text, with spaces from the gaps between glyphs (or the width of a dropped
    space glyph) and a tab where a gap is as wide as a column gutter."""
    text, previous, blank, shown = "", None, 0.0, {id(c) for c in visible}
    # Spaces are found by gaps alone in a row drawn without space glyphs (a list marker left
    # of the text is no space glyph).
    spaced = any(id(c) not in shown and c["x0"] >= visible[0]["x0"] for c in chars)
    starts = undrawn_spaces(visible, size) if not spaced else set()
    words = {id(visible[index]) for index in starts}
    for char in chars:
        if id(char) not in shown:
            # A space glyph (or one drawn as U+0001): counted by its width, since slanted
            # italics overlap the glyphs around it and leave no gap.
            blank += (char["x1"] - char["x0"]) if previous is not None else 0.0
            continue
        if previous is not None:
            gap = char["x0"] - previous["x1"]
            if gap > COLUMN_GAP * size:
                text += "\t"
            elif (max(gap, blank) > SPACE_GAP * size or id(char) in words) and not text.endswith(" "):
                text += " "
        text += "-" if char["text"] == "\u00ad" else char["text"]
        previous, blank = char, 0.0
    text = " ".join(_CID.sub(" ", text).split(" ")).strip()
    return re.sub(r" {2,}", " ", text)


def to_lines(pages) -> list[list[Line]]:
    """Rows and table rows of each page in reading order, as Lines with their evidence."""
    every = [row for columns, _ in pages for rows in columns for row in rows]
    body = body_size(every)
    sizes = sorted(
        {round(r.size, 1) for r in every if r.size >= body * HEADING_RATIO and len(r.text) <= MAX_HEADING_CHARS},
        reverse=True,
    )
    markers = sorted(
        {
            round(r.marker if r.marker is not None else r.x0)
            for r in every
            if r.marker is not None or _NUMBERED.match(r.text)
        }
    )
    result = []
    for columns, tables in pages:
        for rows in columns:
            _leave_items(rows)
        placed = [
            (row.top, _line(row, body, sizes, markers))
            for rows in columns
            for row in rows
            if not is_page_number(row.text)
        ]
        gap_tables([line for _, line in placed])  # a borderless table under a row of column names
        for (_, top, _, _), lines in sorted(tables, key=lambda t: t[0][1]):
            at = next((i for i, (row_top, _) in enumerate(placed) if row_top > top), len(placed))
            placed[at:at] = [(top, line) for line in lines]
        result.append([line for _, line in placed])
    return result


def _leave_items(rows: list[_Row]) -> None:
    """A plain row under a list item that starts left of the item's text (a row of tags set
    between the marker and the text), or a row of pills, is outside the item: it is indented
    like the item's marker, so it does not read as the item's next line."""
    item = None
    for row in rows:
        if row.marker is not None:
            item = (row.marker, row.x0)
        elif item and (item[0] < row.x0 < item[1] - 2 or row.pills):
            row.x0 = item[0]
        elif item and row.x0 <= item[0]:
            item = None


def _line(row: _Row, body: float, sizes: list[float], markers: list[int]) -> Line:
    indent = int(row.marker if row.marker is not None else row.x0)
    line = make_line(row.text, bullet=row.marker is not None, indent=indent, strong=row.bold)
    line.ended, line.marker = row.ended, line.marker or row.glyph
    if round(row.size, 1) in sizes:
        line = make_line(strip_icons(row.text), indent=indent, strong=True)
        line.kind, line.level = HEADING, sizes.index(round(row.size, 1)) + 1
        line.evidence = f"pdf:size {row.size:.1f}{' bold' if row.bold else ''}"
    elif row.marker is not None or line.bullet:
        line.level = _depth(row.marker if row.marker is not None else row.x0, markers)
        line.evidence = "pdf:marker"
    return line


def _depth(x: float, markers: list[int]) -> int:
    levels = []
    for value in markers:
        if not levels or value - levels[-1] > 6:
            levels.append(value)
    return 1 + sum(1 for value in levels[1:] if x >= value - 3)
