"""Columns on a scanned page: a sidebar (contact, skills, education) beside the main column.
Tesseract's single-column mode reads such a page across, so a sidebar line and an experience
line come out as one ("Kotlin, JPA • 회원 서비스를 …"), and its word recognition suffers on the
mixed lines too. The word boxes of that first reading still show the gutter: it is found as
the PDF reader finds a sidebar's (pdfcolumns.page_gutter, on glyphs cut from the word
boxes), and each column is then read again on its own, one after the other.

A header set above both columns (a name, a title line or the contact line across the page)
crosses the gutter; the rows at the top of the page are left out of the search one by one, at
most MAX_HEADER_ROWS of them, and when a gutter is found below them they are read first, across
the page. A page with no such gutter gives no regions and is read as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from resumes.parsing.pdfcolumns import page_gutter

PAGE_POINTS = 595  # the page is measured as the PDF reader measures an A4 page, in points
MAX_HEADER_ROWS = 6
MAX_HEADER_SHARE = 0.3  # of the text's height: a header is at the top of the page
GUTTER_SHARE = 0.5  # of the columns' gutter: a narrower gap across it is a space in a header line
WITHIN = (0.2, 0.8)  # of the width: where a gutter may be (a sidebar on the left or on the right)

Box = tuple[int, int, int, int]  # left, top, right, bottom in pixels


@dataclass(frozen=True)
class Word:
    left: int
    top: int
    width: int
    height: int
    text: str


def column_regions(words: list[Word], width: int, height: int) -> list[Box]:
    """The parts of the page to read one after another (a header across the page, the left
    column, the right column), or none when the page is not two columns."""
    rows = _rows(words)
    if not rows:
        return []
    first, last = min(w.top for w in rows[0]), max(w.top + w.height for w in words)
    points = PAGE_POINTS / width
    for skipped in range(min(MAX_HEADER_ROWS, len(rows) - 1) + 1):
        below = [word for row in rows[skipped:] for word in row]
        if skipped and min(w.top for w in below) - first > MAX_HEADER_SHARE * (last - first):
            return []
        gutter = page_gutter(_glyphs(below, points), PAGE_POINTS, WITHIN)
        if gutter is not None:
            header = max(skipped, _header_rows(rows, gutter / points))
            return _regions(rows[:header], [w for row in rows[header:] for w in row], gutter / points, width, height)
    return []


def _header_rows(rows: list[list[Word]], gutter: float) -> int:
    """How many rows at the top are the header: down to the last of them that is a line
    across the page whose word gap happens to fall on the gutter ("0100 · Portland"), with
    words on both sides and a gap far narrower than the gutter of the rows below it. Two
    columns' lines on one baseline ("Experience" and "Skills") are a gutter apart: the columns
    have started."""
    count = 0
    for index, row in enumerate(rows[:MAX_HEADER_ROWS]):
        left, right = _free_run(row, gutter)
        low, high = _free_run([w for each in rows[index + 1 :] for w in each], gutter)
        if None in (left, right, low, high):
            continue
        if right - left >= GUTTER_SHARE * (high - low):
            break
        count = index + 1
    return count


def _free_run(words: list[Word], gutter: float) -> tuple[int | None, int | None]:
    """The end of the text left of the gutter and the start of the text right of it."""
    left = [w.left + w.width for w in words if w.left + w.width <= gutter + 1]
    right = [w.left for w in words if w.left > gutter]
    return (max(left) if left else None), (min(right) if right else None)


def _rows(words: list[Word]) -> list[list[Word]]:
    """Words in rows down the page: a word whose middle is below every word of the row so far
    opens the next row."""
    rows: list[list[Word]] = []
    bottom = -1
    for word in sorted(words, key=lambda w: w.top + w.height / 2):
        if rows and word.top + word.height / 2 <= bottom:
            rows[-1].append(word)
            bottom = max(bottom, word.top + word.height)
        else:
            rows.append([word])
            bottom = word.top + word.height
    return rows


def _glyphs(words: list[Word], points: float) -> list[dict]:
    """Each word cut into as many equal glyphs as it has letters, in points, as the PDF reader
    sees a page. A glyph's top is the middle of its word, where Hangul, capitals and small
    letters of one line agree (their tops do not)."""
    glyphs = []
    for word in words:
        text = word.text.strip()
        step = word.width / max(len(text), 1)
        middle = (word.top + word.height / 2) * points
        for index, char in enumerate(text):
            x0 = (word.left + index * step) * points
            glyphs.append({"x0": x0, "x1": x0 + step * points, "top": middle, "text": char})
    return glyphs


def _regions(header: list[list[Word]], below: list[Word], gutter: float, width: int, height: int) -> list[Box]:
    """The header's box across the page, then the columns' boxes split in the gutter's middle."""
    left, right = _free_run(below, gutter)
    split = int(((left or gutter) + (right or gutter)) / 2)
    if not header:
        return [(0, 0, split, height), (split, 0, width, height)]
    top = (max(w.top + w.height for row in header for w in row) + min(w.top for w in below)) // 2
    return [(0, 0, width, top), (0, top, split, height), (split, top, width, height)]
