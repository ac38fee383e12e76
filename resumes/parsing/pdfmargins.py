"""Running headers and footers of a PDF: a line set at the same height near the top or bottom
edge of two or more pages, the same but for its digits ("April 2026 · Jane Doe · Résumé 1",
"Page 2 of 3"), is the page's furniture, not the resume's text, and is dropped on every page.
Left in place it reads as the text around it: a footer glued onto the bullet above it, a
header splitting an entry that runs on from the page before.

One exception keeps a copy: a line the same on every page (the name at the top) set above the
first page's text is kept there, as the document's title, unless the first page says it again
("Resume - Jane Roe" over a "Jane Roe" heading). So is a margin line one of whose cells (parted
by a column-wide gap) is that page's own number ("April 2026 <gap> Jane Doe · Résumé <gap> 1")
dropped, even on a one-page resume.

A slide's title is no furniture: set far larger than the text ("누리페이 | 정산 자동화" over the
pages of one project), it names what the pages under it tell, so it is kept where it first
stands and only its repeats, the pages turning, are dropped. One the first page says too is
the person's name over every page, dropped as before.
"""

from __future__ import annotations

import re

MARGIN = 0.1  # of the page height: where running headers and footers sit
SAME_HEIGHT = 2.0  # points
MIN_SAID = 3  # letters: a shorter line of the first page ("Go") does not say the header again
SLIDE_TITLE = 1.5  # of the body text's size: a running line this large titles slides
_PAGE = re.compile(r"(?:page\s*)?(\d{1,2})(?:\s*(?:/|of)\s*\d{1,2})?", re.I)


def drop_running_rows(pages: list, heights: list[float]) -> None:
    """`pages` holds each page's columns (lists of rows with top, bottom, text), changed in
    place; `heights` each page's height."""
    edges = [
        [(row, _pattern(row.text)) for rows in columns for row in rows if _in_margin(row, height)]
        for (columns, _), height in zip(pages, heights, strict=False)
    ]
    running, titles = set(), _slide_titles(pages, edges)
    for index, page in enumerate(edges):
        for row, pattern in page:
            repeated = any(
                pattern == other_pattern and abs(row.top - other.top) < SAME_HEIGHT
                for other_index, other_page in enumerate(edges)
                if other_index != index
                for other, other_pattern in other_page
            )
            kept = (index == 0 and _title(row, pages[0], heights[0])) or id(row) in titles
            if _numbered(row.text, index + 1) or (repeated and not kept):
                running.add(id(row))
    if running:
        for columns, _ in pages:
            for rows in columns:
                rows[:] = [row for row in rows if id(row) not in running]


def body_size(rows: list) -> float:
    """The font size most of the text is set in (weighted by characters)."""
    weights: dict[float, int] = {}
    for row in rows:
        weights[round(row.size, 1)] = weights.get(round(row.size, 1), 0) + len(row.text)
    return max(weights, key=weights.get) if weights else 10.0


def _slide_titles(pages: list, edges: list) -> set[int]:
    """The first copy, after the first page, of each margin line set as a slide's title: far
    larger than the text, and not said on the first page (the person's name)."""
    body = body_size([row for columns, _ in pages for rows in columns for row in rows])
    first = {_pattern(row.text) for rows in pages[0][0] for row in rows} if pages else set()
    seen, titles = set(first), set()
    for page in edges[1:]:
        for row, pattern in page:
            if row.size >= SLIDE_TITLE * body and pattern not in seen:
                titles.add(id(row))
            seen.add(pattern)
    return titles


def _in_margin(row, height: float) -> bool:
    return row.top < MARGIN * height or row.bottom > (1 - MARGIN) * height


def _title(row, first_page, height: float) -> bool:
    """A running line without digits, above the first page's text, that no other line of the
    first page repeats: the name the document opens with."""
    text = _pattern(row.text)
    if "#" in text or row.top >= MARGIN * height:
        return False
    others = (_pattern(other.text) for rows in first_page[0] for other in rows if other is not row)
    return not any(
        len(other.replace(" ", "")) >= MIN_SAID and re.search(rf"(?<!\w){re.escape(other)}(?!\w)", text)
        for other in others
    )


def _numbered(text: str, number: int) -> bool:
    cells = [cell.strip() for cell in text.split("\t")]
    return len(cells) > 1 and any(_PAGE.fullmatch(cell) and int(_PAGE.fullmatch(cell)[1]) == number for cell in cells)


def _pattern(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split())).lower()
