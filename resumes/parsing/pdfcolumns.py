"""Columns that share part of a page: a flex row of three equal columns (Career | Education |
Awards) or a LaTeX two-column summary under a full-width header. Printed, their lines sit on
the same baselines, so reading the page row by row merges the columns ("Acme (2022.05 ~ 재직
<tab> Java 스터디 …"); each column must be read top to bottom instead.

A band of consecutive lines is read as columns when a vertical gutter (an x range no glyph of
the band covers, with text on both sides) persists over at least MIN_LINES lines (two more for
a single gutter: a "river" of word spaces in justified prose may line up over three lines), the
text right of each gutter starts at one x (a column's left edge, or its list items' indent) and
is no column of flush-right dates, and the text left of a gutter is a column of its own: it
wraps at the gutter, or falls beside the other side's gaps, or lists labelled fields (the
checks are in pdfbands.py; a label column of a key-value list passes none). A band may be one
block inside a page, an entry's two lists side by side: a line whose text right of the gutter
starts off the column's edge ends it, and so does a line set in another size after a wide gap
(the next section's heading).

A sidebar beside the main column runs down the whole page: page_gutter finds its gutter, for
a PDF's glyphs (pdfsidebar.py) and for the glyphs cut from a scan's word boxes (ocrcolumns.py).
"""

from __future__ import annotations

import statistics

from resumes.parsing.pdfbands import (
    aligned,
    dates_only,
    glyph_text,
    interleaved,
    labelled,
    ragged_end,
    right_starts,
    row_dates,
)
from resumes.parsing.pdfbands import visible as _visible

MIN_LINES = 3
MIN_GUTTER = 0.6  # of the font size: the narrowest gutter (LaTeX's column separation is ~1 em)
WORD_SPACE = 0.45  # of the font size: a gap this narrow inside a line is a space, not a gutter
WIDE_MAIN = 0.6  # of the page width: a gutter further right leaves a narrow sidebar, which ...
SIDEBAR_LINES = 8  # ... holds this many lines at least


def column_groups(chars: list[dict]) -> list[list[dict]]:
    """The chars in reading order, as groups: lines outside any band, then each column of a
    band in turn, then the lines after it. One group when the page has no such band."""
    lines = _lines(chars)
    visible = [c for c in chars if c["text"].strip()]
    if not visible:
        return [chars]
    extent = set(range(int(min(c["x0"] for c in visible)), int(max(c["x1"] for c in visible)) + 1))
    covered = [_covered(line) for line in lines]
    groups: list[list[dict]] = []
    flow: list[dict] = []
    index = 0
    while index < len(lines):
        end, gutters = _columns_from(lines, covered, extent, index)
        if gutters:
            if flow:
                groups.append(flow)
                flow = []
            groups.extend(_split(lines[index:end], gutters))
            index = end
        else:
            flow.extend(lines[index])
            index += 1
    if flow:
        groups.append(flow)
    return groups or [chars]


def page_gutter(visible: list[dict], width: float, within: tuple[float, float] = (0.2, 0.75)) -> int | None:
    """The x of a vertical gutter between side-by-side columns (a sidebar beside the main
    column), or None: no glyph of `visible` crosses it, it lies `within` the page (20 to 75 %
    of its width unless told: a Google Docs sidebar on the right starts at 0.62), much text is
    on both sides, and the lines either side do not share baselines (a right-aligned date
    column shares them). Baselines, not tops: a Hangul title's top sits two points above its
    Latin dates' (the fonts' ascents differ). Past WIDE_MAIN the narrow side must hold
    SIDEBAR_LINES lines to be a column (a few notes set far right are no sidebar).
    `visible` holds the drawn glyphs (x0, x1, top, text, and a PDF glyph's matrix)."""
    if len(visible) < 80:
        return None
    cover = [0] * (int(width) + 2)
    for c in visible:
        for x in range(int(c["x0"]), int(c["x1"]) + 1):
            cover[min(x, len(cover) - 1)] += 1
    best = None
    for x in range(int(width * within[0]), int(width * within[1])):
        if cover[x] == 0 and cover[x + 1] == 0:
            left = [c for c in visible if c["x1"] <= x]
            right = [c for c in visible if c["x0"] > x]
            narrow = x > width * WIDE_MAIN and len({round(c["top"]) for c in right}) < SIDEBAR_LINES
            if min(len(left), len(right)) >= 0.15 * len(visible) and not narrow:
                best = x
                break
    if best is None:
        return None
    left_tops = {baseline(c) for c in left}  # the sides the loop gathered at the gutter it kept
    right_tops = {baseline(c) for c in right}
    shared = sum(1 for t in right_tops if t in left_tops or t - 1 in left_tops or t + 1 in left_tops)
    if shared > 0.5 * len(right_tops) or _dates_side(right):
        return None
    return best


def _dates_side(right: list[dict]) -> bool:
    """The side right of a gutter holds only the rows' periods, set flush right in a smaller font
    (a job-site profile): its baselines sit a few points off the rows', yet it is no sidebar."""
    rows: dict[int, list[dict]] = {}
    for char in right:
        rows.setdefault(baseline(char), []).append(char)
    return dates_only([glyph_text(sorted(row, key=lambda c: c["x0"])) for row in rows.values()])


def baseline(char) -> int:
    """The y a glyph stands on (its text matrix's), or its top when there is no matrix."""
    matrix = char.get("matrix")
    return round(-matrix[5]) if matrix else round(char["top"])


def _columns_from(lines, covered, extent: set[int], start: int) -> tuple[int, list[tuple[int, int]]]:
    """The band of columns starting at this line, or no gutters. A band that more columns
    start inside (Profile | Contact above Career | Education | Awards, sharing a gutter) ends
    where they start."""
    end, gutters = _band(lines, covered, extent, start)
    end = start + ragged_end(lines[start:end], gutters, MIN_LINES)
    if not _qualifies(lines[start:end], gutters):
        return start + 1, []
    for inner in range(start + 1, end - MIN_LINES + 1):
        inner_end, inner_gutters = _band(lines, covered, extent, inner)
        if len(inner_gutters) > len(gutters) and _qualifies(lines[inner:inner_end], inner_gutters):
            free = extent.difference(*covered[start:inner])
            gutters = _gutters(free, lines[start:inner])
            return (inner, gutters) if _qualifies(lines[start:inner], gutters) else (start + 1, [])
    return end, gutters


def _qualifies(band: list[list[dict]], gutters: list[tuple[int, int]]) -> bool:
    return len(band) >= MIN_LINES + (2 if len(gutters) == 1 else 0) and _is_columns(band, gutters)


def _lines(chars: list[dict]) -> list[list[dict]]:
    lines: list[list[dict]] = []
    top = None
    for char in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if lines and abs(char["top"] - top) <= max(char["size"], 1) * 0.4:
            lines[-1].append(char)
        else:
            lines.append([char])
            top = char["top"]
    return lines


def _size(line: list[dict]) -> float:
    visible = _visible(line)
    return statistics.median(c["size"] for c in visible) if visible else 10.0


def _covered(line: list[dict]) -> set[int]:
    """The x positions a line's glyphs and word spaces cover."""
    visible, covered = _visible(line), set()
    for index, char in enumerate(visible):
        end = char["x1"]
        if index + 1 < len(visible) and visible[index + 1]["x0"] - end < WORD_SPACE * char["size"]:
            end = visible[index + 1]["x0"]
        covered.update(range(int(char["x0"]), int(end) + 1))
    return covered


def _band(lines, covered, extent: set[int], start: int) -> tuple[int, list[tuple[int, int]]]:
    """The lines from start that keep a common gutter, and the gutters."""
    if not _visible(lines[start]):
        return start + 1, []
    free = extent - covered[start]
    gutters: list[tuple[int, int]] = []
    end = start + 1
    while end < len(lines):
        if _gap(lines[end - 1], lines[end]) > 2 * _size(lines[end]):
            break  # columns do not run across a section's spacing
        narrowed = free - covered[end]
        found = _gutters(narrowed, lines[start : end + 1])
        if not found or _next_section(lines[start:end], lines[end], found):
            break
        if gutters and len(found) != len(gutters) and end - start >= MIN_LINES:
            break  # the columns change (Profile | Contact above Career | Education | Awards)
        free, gutters, end = narrowed, found, end + 1
    return end, gutters


def _gutters(free: set[int], band: list[list[dict]]) -> list[tuple[int, int]]:
    """Free x runs wide enough to part columns, with text of the band on both sides."""
    size = statistics.median(_size(line) for line in band)
    runs, run = [], []
    for x in sorted(free):
        if run and x != run[-1] + 1:
            runs.append((run[0], run[-1]))
            run = []
        run.append(x)
    if run:
        runs.append((run[0], run[-1]))
    chars = [c for line in band for c in _visible(line)]
    return [
        (a, b)
        for a, b in runs
        if b - a + 1 >= MIN_GUTTER * size
        and any(c["x1"] <= a + 1 for c in chars)
        and any(c["x0"] >= b - 1 for c in chars)
    ]


def _next_section(band: list[list[dict]], line: list[dict], gutters) -> bool:
    """A line on one side of the gutters only, after a wide gap or in another size: the next
    section's heading, not the columns' last line."""
    visible = _visible(line)
    sides = {sum(1 for a, _ in gutters if c["x0"] > a) for c in visible}
    if len(sides) > 1:
        return False
    body = statistics.median(_size(each) for each in band)
    return _gap(band[-1], line) > 1.5 * body or abs(_size(line) - body) > 0.12 * body


def _gap(above: list[dict], below: list[dict]) -> float:
    top, bottom = _visible(below), _visible(above)
    if not top or not bottom:
        return 0.0
    return min(c["top"] for c in top) - max(c["bottom"] for c in bottom)


def _is_columns(band: list[list[dict]], gutters: list[tuple[int, int]]) -> bool:
    """Each gutter has a column's left edge on its right and, on its left, text that wraps:
    a line is followed by one whose first word would not have fitted before the gutter."""
    previous_end = -1
    for a, b in gutters:
        starts = [x for x in right_starts(band, b) if x is not None]
        if len(starts) < MIN_LINES or aligned(starts) < 0.7 * len(starts):
            return False  # text right of the gap starts anywhere (right-aligned dates) or seldom
        if row_dates(band, b, gutters):
            return False
        parts = [[c for c in _visible(line) if c["x0"] >= previous_end - 1 and c["x1"] <= a + 1] for line in band]
        if _wraps(parts, a) < 2 and not interleaved(band, a, b) and labelled(parts) < 2:
            return False  # the text left of the gap never wraps at it: labels, not a column
        previous_end = b
    return True


def _wraps(parts: list[list[dict]], limit: float) -> int:
    """Lines of several words followed by a line whose first word would not fit after them."""
    count = 0
    for line, below in zip(parts, parts[1:], strict=False):
        if not line or not below:
            continue
        word = first_word_width(below)
        several = any(b["x0"] - a["x1"] > 0.2 * a["size"] for a, b in zip(line, line[1:], strict=False))
        if several and line[-1]["x1"] + 0.25 * line[-1]["size"] + word > limit:
            count += 1
    return count


def first_word_width(chars: list[dict]) -> float:
    """The width of the first word of a line's visible glyphs."""
    end = chars[0]["x1"]
    for a, b in zip(chars, chars[1:], strict=False):
        if b["x0"] - a["x1"] > 0.2 * a["size"]:
            break
        end = b["x1"]
    return end - chars[0]["x0"]


def _split(band: list[list[dict]], gutters: list[tuple[int, int]]) -> list[list[dict]]:
    columns: list[list[dict]] = [[] for _ in range(len(gutters) + 1)]
    for line in band:
        for char in line:
            middle = (char["x0"] + char["x1"]) / 2
            columns[sum(1 for a, _ in gutters if middle > a)].append(char)
    return [column for column in columns if column]


def continue_columns(pages: list, heading_size: float) -> None:
    """Columns that run on from one page to the next (a main column beside a sidebar, both
    pages set alike): a column of the next page that opens without a section heading (a
    job's title set larger than the text still continues) continues the column at the same
    place on the page before, so it is read right after it and not after that page's
    sidebar. A sidebar's blocks are whole sections, each under its own heading.
    `pages` holds each page's columns (lists of rows with x0, x1, size, marker, text),
    changed in place; a row at least `heading_size` is a heading."""
    opens = _section_opener([row for columns, _ in pages for rows in columns for row in rows], heading_size)
    for index in range(1, len(pages)):
        previous, columns = pages[index - 1][0], pages[index][0]
        if len(previous) < 2 or len(columns) < 2:
            continue
        kept = []
        for rows in columns:
            before = _same_column(rows, previous) if rows and not opens(rows[0]) else None
            if before is None:
                kept.append(rows)
            else:
                before.extend(rows)
        columns[:] = kept


def _section_opener(rows: list, heading_size: float):
    """Whether a row opens a section: a known section name, or a heading set in a size the known
    section names are set in. A job's title set larger than sections headed in bold body-size
    capitals ("EXPERIENCE") opens none. With no known name, rows from the section size up."""
    from resumes.parsing.sections import lexicon_section  # sections.py reads the lines this module shapes

    short = [row for row in rows if len(row.text) <= 60]
    known = {id(row): row for row in short if lexicon_section(row.text) is not None}
    if not known:
        size = _section_size(rows, heading_size)
        return lambda row: row.size >= size
    sizes = {round(row.size) for row in known.values()}
    return lambda row: id(row) in known or (row.size >= heading_size and round(row.size) in sizes)


def _section_size(rows: list, heading_size: float) -> float:
    """The size of section headings: the second largest heading size (the largest sets the
    name), or the only one."""
    sizes = sorted({round(r.size) for r in rows if r.size >= heading_size and len(r.text) <= 60}, reverse=True)
    return sizes[1] - 0.5 if len(sizes) > 1 else sizes[0] - 0.5 if sizes else heading_size


def _same_column(rows: list, columns: list[list]) -> list | None:
    """The column of `columns` with the same left edge and about the same width as `rows`."""
    left, right = _extent(rows)
    width = max(right - left, 1.0)
    for other in reversed(columns):
        if not other:
            continue
        other_left, other_right = _extent(other)
        if abs(other_left - left) < 4 and abs(other_right - right) < 0.15 * width:
            return other
    return None


def _extent(rows: list) -> tuple[float, float]:
    return min(r.marker if r.marker is not None else r.x0 for r in rows), max(r.x1 for r in rows)
