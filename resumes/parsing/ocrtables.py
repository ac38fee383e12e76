"""Ruled tables on a scanned page, found by their rules in the pixels. Tesseract reads a ruled
table badly: a rule beside a word costs it the word or the whole header row ("회사 | 기간 |
직위" lost, "백엔드 개발자" dropped from a row), and what it reads comes out as one line per row
with the cell gaps gone, so a career table's rows read as employers of their own and its header
row as nothing. The text PDF reader knows the grid from the drawn lines (pdftables.py); here
the rules are found as long thin runs of dark pixels, erased before Tesseract reads the page,
and the words inside the grid come back as ROW lines with their cells, as the PDF reader gives
them. A heading's underline is erased too: under a large bold heading it cost Tesseract the
heading's bottom strokes, read as a line of their own.

A rule is a run of dark pixels at least MIN_RULE long and at most MAX_THICKNESS thick (a filled
bar or a shaded box is no rule). A grid is rules that meet: its vertical rules end on its
horizontal ones, and it has two rows and two columns at least (a framed box of text is no
table). A row's columns are the vertical rules crossing it, so a merged cell is one cell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from resumes.parsing.lines import ROW, Line, make_line
from resumes.parsing.pdfwrap import join_wrapped
from resumes.parsing.tables import names_columns

PAGE_POINTS = 595  # the page measured in points, as ocrcolumns measures it
DARK = 160  # of 255: a rule's pixels, a thin one blurred and enlarged too
MIN_RULE = 40  # points: a vertical rule spans a row of text at least, a horizontal one a cell;
# longer than any stroke of a letter (the bar of "ㅡ" in a large title)
MAX_THICKNESS = 3.5  # points, as pdftables.RULE_MAX: no line of text fits in a rule
MEET = 3.0  # points: how far a rule's end may stop short of the rule it meets

Segment = tuple[int, int, int, int]  # position across, start, end, thickness (pixels)


@dataclass
class Grid:
    left: int
    top: int
    right: int
    bottom: int
    rows: list[tuple[int, int, list[int]]]  # each row's top, bottom and column edges
    rules: list[tuple[int, int, int, int]]  # boxes to erase


def page_rules(image) -> tuple[list[Segment], list[Segment]]:
    """The horizontal and the vertical rules of a greyscale page image."""
    import numpy

    dark = numpy.asarray(image) < DARK
    points = image.width / PAGE_POINTS
    across = _runs(dark, MIN_RULE * points, MAX_THICKNESS * points)
    down = _runs(numpy.ascontiguousarray(dark.T), MIN_RULE * points, MAX_THICKNESS * points)
    return across, down


def ruled_grids(image, rules: tuple[list[Segment], list[Segment]] | None = None) -> list[Grid]:
    """The ruled tables of a greyscale page image."""
    across, down = rules if rules is not None else page_rules(image)
    return _grids(across, down, MEET * image.width / PAGE_POINTS + 1)


def _runs(dark, length: float, thickness: float) -> list[Segment]:
    """Runs of dark pixels along each row of `dark` at least `length` long, those of
    neighbouring rows that overlap merged into one rule, thin rules kept."""
    import numpy

    height, width = dark.shape
    padded = numpy.zeros((height, width + 2), dtype=numpy.int8)
    padded[:, 1:-1] = dark
    change = numpy.diff(padded, axis=1)
    rows, starts = numpy.nonzero(change == 1)
    _, ends = numpy.nonzero(change == -1)
    long = (ends - starts) >= length
    found: list[list[int]] = []  # [first row, last row, start, end]
    for row, start, end in zip(rows[long].tolist(), starts[long].tolist(), ends[long].tolist(), strict=True):
        for rule in found:
            if rule[1] >= row - 1 and start < rule[3] and end > rule[2]:
                rule[1], rule[2], rule[3] = row, min(rule[2], start), max(rule[3], end)
                break
        else:
            found.append([row, row, start, end])
    return [((a + b) // 2, s, e, b - a + 1) for a, b, s, e in found if b - a + 1 <= thickness]


def _grids(across: list[Segment], down: list[Segment], near: float) -> list[Grid]:
    """Tables of rules that meet: vertical rules ending on horizontal ones, grouped by the
    horizontal rules they join."""

    def meets(h: Segment, v: Segment, y: int) -> bool:
        return abs(h[0] - y) <= near and h[1] - near <= v[0] <= h[2] + near

    verticals = [v for v in down if any(meets(h, v, v[1]) for h in across) and any(meets(h, v, v[2]) for h in across)]
    grids = []
    used: set[int] = set()
    for index, v in enumerate(verticals):
        if index in used:
            continue
        group = [i for i, w in enumerate(verticals) if abs(w[1] - v[1]) <= near or _overlap(w, v)]
        used.update(group)
        sides = [verticals[i] for i in group]
        top, bottom = min(s[1] for s in sides), max(s[2] for s in sides)
        left, right = min(s[0] for s in sides), max(s[0] for s in sides)
        rules = [h for h in across if top - near <= h[0] <= bottom + near and h[1] <= right and h[2] >= left]
        grid = _grid(rules, sides, near)
        if grid is not None:
            grids.append(grid)
    return grids


def _overlap(a: Segment, b: Segment) -> bool:
    return a[1] < b[2] and b[1] < a[2]


def _grid(across: list[Segment], down: list[Segment], near: float) -> Grid | None:
    """The table the rules draw, or None when it has fewer than two rows and two columns."""
    edges: list[int] = []
    for y in sorted(h[0] for h in across):
        if not edges or y - edges[-1] > near:
            edges.append(y)
    rows = []
    for top, bottom in zip(edges, edges[1:], strict=False):
        middle = (top + bottom) // 2
        columns = sorted({v[0] for v in down if v[1] - near <= middle <= v[2] + near})
        rows.append((top, bottom, columns))
    if len(rows) < 2 or max(len(columns) for _, _, columns in rows) < 3:
        return None
    boxes = [(h[1], h[0] - h[3], h[2], h[0] + h[3]) for h in across]
    boxes += [(v[0] - v[3], v[1], v[0] + v[3], v[2]) for v in down]
    left, right = min(v[0] for v in down), max(v[0] for v in down)
    return Grid(left, edges[0], right, edges[-1], rows, boxes)


def erase(image, grids: list[Grid], across: list[Segment]):
    """The page with its rules painted white: the grids' and every horizontal rule (a
    heading's underline split "학력" into "한려" over "ㄱㄱ"). A vertical rule outside a grid
    stays: a tall thin letter of a large title is as long."""
    from PIL import ImageDraw

    boxes = [box for grid in grids for box in grid.rules] + [(s, y - t, e, y + t) for y, s, e, t in across]
    if not boxes:
        return image
    image = image.copy()
    draw = ImageDraw.Draw(image)
    for box in boxes:
        draw.rectangle(box, fill=255)
    return image


def cell_of(grid: Grid, x: float, y: float) -> tuple[int, int] | None:
    """(row, column) of the grid a point lies in, None outside it."""
    for index, (top, bottom, columns) in enumerate(grid.rows):
        if top <= y < bottom:
            for column, (left, right) in enumerate(zip(columns, columns[1:], strict=False)):
                if left <= x < right:
                    return index, column
    return None


def grid_of(grids: list[Grid], words: list[tuple]) -> Grid | None:
    """The grid holding most of a row's (left, width, height, text, top) words."""
    for grid in grids:
        inside = [w for w in words if cell_of(grid, w[0] + w[1] / 2, w[4] + w[2] / 2) is not None]
        if len(inside) * 2 > len(words):
            return grid
    return None


def table_lines(grid: Grid, words: list[tuple], join: Callable[[list], str]) -> list[Line]:
    """The grid's rows as ROW lines, each cell's words in reading order (`join` makes them a
    text, as a line's words are); a first row naming the columns is the header row."""
    cells: dict[tuple[int, int], list[tuple]] = {}
    for word in words:
        found = cell_of(grid, word[0] + word[1] / 2, word[4] + word[2] / 2)
        if found is not None:
            cells.setdefault(found, []).append(word)
    lines = []
    for index, (_, _, columns) in enumerate(grid.rows):
        texts = tuple(_cell_text(cells.get((index, column), []), join) for column in range(len(columns) - 1))
        if not any(texts):
            continue
        line = make_line("\t".join(text for text in texts if text))
        header = not lines and names_columns(texts)
        line.kind, line.cells, line.header_row, line.evidence = ROW, texts, header, "ocr:table"
        lines.append(line)
    return lines


def _cell_text(words: list[tuple], join: Callable[[list], str]) -> str:
    """A cell's words line by line, its wrapped lines joined as a wrapped line is."""
    text = ""
    for line in _cell_rows(words):
        part = join([w[:4] for w in sorted(line)])
        text = join_wrapped(text, part) if text else part
    return text


def _cell_rows(words: list[tuple]) -> list[list[tuple]]:
    rows: list[list[tuple]] = []
    for word in sorted(words, key=lambda w: w[4] + w[2] / 2):
        if rows and word[4] + word[2] / 2 <= max(w[4] + w[2] for w in rows[-1]):
            rows[-1].append(word)
        else:
            rows.append([word])
    return rows
