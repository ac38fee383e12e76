"""Rows of a PDF column joined back into the lines the layout wrapped, by geometry: a row continues
the one above when it starts where that one's text starts (or under a paragraph's indented first
line), carries no marker, sits directly below it, and the row above ran to the column's right
edge or its next word would not have fitted there. A row followed by a paragraph gap, or one that
ends a sentence before a row opening a new one, is marked `ended`, so the text joiner for wrapped
sources (blocks.mark_full_lines) leaves it alone too. A row that is a bare field label ("기간",
"Tech Stack", set over its value) opens a line of its own. The words themselves are joined by
pdfwrap.py.
"""

from __future__ import annotations

import re

from resumes.parsing.hangul_wrap import next_syllable_fitted
from resumes.parsing.labels import field_of
from resumes.parsing.pdfcolumns import first_word_width
from resumes.parsing.pdfwrap import join_wrapped, sentence_break

_LEADING_LABEL = re.compile(r"^[^,:：\t]{1,25}[:：]\s")  # "Etc: Nginx" opens a line of its own
# A list item typed as text ("- …", "2. …") opens a row of its own
_TYPED_BULLET = re.compile(r"^(?:[-•*▪◦]|\d{1,2}[.)])\s")
_NUMBER = re.compile(r"^\d{1,2}[.)]\s")
_TYPED_TAB = re.compile(r"^[-•*▪◦]\t")  # a list glyph typed before a tab stop
PARAGRAPH_GAP = 0.9  # of the font size: a wider gap between rows is a blank line, never a wrap


def join_wrapped_rows(rows: list, vocabulary: set[str], right: float = 0.0) -> list:
    """Rows that continue the one above (same left edge as its text, or the one above a
    paragraph's indented first line; no marker, directly below, the one above running to the
    column's right edge) become one row. The right edge is the farthest any row runs, or
    `right` when the caller knows the box the text is set in (a table cell)."""
    if not rows:
        return []
    known = right > 0  # a box's edge: a row ended short of it unless its next word would not fit
    right = max(right, *(r.x1 for r in rows))
    # Justified text: rows flush with the right edge end a sentence there only by chance
    flush = right - 2 if sum(1 for r in rows if r.x1 >= right - 2 and "\t" not in r.text) >= 3 else right + 1
    joined: list = [rows[0]]
    for row in rows[1:]:
        above = joined[-1]
        # A paragraph's first line indented (LaTeX's \parindent), running to the right edge
        indented = above.marker is None and 0.5 < (above.x0 - row.x0) / row.size <= 2.5 and above.x1 >= right - row.size
        typed = _under_typed_item(above, row)
        if (
            row.marker is None
            and (abs(row.x0 - above.x0) < 2 or indented or _hanging(above, row) or typed)
            and abs(row.size - above.size) < 0.5
            and row.bold == above.bold
            and 0 < row.top - above.bottom < PARAGRAPH_GAP * row.size
            and (
                above.x1 >= right - (0.5 if known else 3.5) * row.size
                # a box's edge is known to within its padding: a word that nearly fitted wrapped
                or _next_word_overflows(above, row, right - (0.5 * row.size if known else 0.0))
                or _same_list(above.text, row.text)
            )
            and "\t" not in (above.text[2:] if typed else above.text)
            and not _ends(above, row, indented or above.x1 >= flush)
            and not _LEADING_LABEL.match(row.text)
            and not field_of(row.text)  # "기간" alone over its value: a stacked label opens a line
            and not _TYPED_BULLET.match(row.text)
            and not (row.pills or above.pills)
        ):
            fitted = next_syllable_fitted(above.x1, row.chars, right)  # a Hangul wrap at a word gap
            above.text = join_wrapped(above.text, row.text, vocabulary, fitted=fitted)
            above.bottom, above.x1, above.x0 = row.bottom, row.x1, min(above.x0, row.x0)
            continue
        above.ended = above.ended or row.top - above.bottom >= PARAGRAPH_GAP * row.size
        joined.append(row)
    return joined


def _hanging(above, row) -> bool:
    """ "• Rebuilt the billing pipeline and" over "cut the batch time": an item whose bullet is a
    typed glyph may wrap back under the glyph; one numbered as text ("1. Rebuilt …") wraps under
    the text after its number."""
    if above.marker is not None:  # a glyph typed at the marker, not a shape drawn there
        typed = any(abs(c["x0"] - above.marker) < 0.5 and c["text"].strip() for c in above.chars)
        return typed and above.marker < above.x0 - 2 and abs(row.x0 - above.marker) < 2
    number = _NUMBER.match(above.text)
    if number is None:
        return False
    visible = sorted((c for c in above.chars if c["text"].strip()), key=lambda c: c["x0"])
    count = len(number.group().strip())
    return len(visible) > count and abs(row.x0 - visible[count]["x0"]) < 2


def _under_typed_item(above, row) -> bool:
    """ "-⇥결제 모듈을 정리해 속도를 개" over "선했습니다": a word processor's list item typed as a
    dash and a tab wraps at its hanging indent, between the dash and the text after the tab (an
    em at most before that text), not under either."""
    if not _TYPED_TAB.match(above.text):
        return False
    visible = sorted((c for c in above.chars if c["text"].strip()), key=lambda c: c["x0"])
    if len(visible) < 2:
        return False
    dash, text = visible[0]["x0"], visible[1]["x0"]
    return dash + 2 < row.x0 < text - 2 and text - row.x0 <= row.size


def _ends(above, row, paragraph: bool) -> bool:
    """The row is set in columns (a title with its dates), or, outside a list item and a
    paragraph (opened by an indented line, or justified), the row above ends a sentence and
    the row opens a new one (one achievement a line, unbulleted): the row above ended there."""
    above.ended = "\t" in row.text or (above.marker is None and not paragraph and sentence_break(above.text, row.text))
    return above.ended


def _next_word_overflows(above, row, right: float) -> bool:
    """The row's first word would not have fitted after the row above: the layout wrapped it."""
    visible = sorted(
        (c for c in row.chars if c["text"].strip() and c["text"] >= " " and c["x0"] >= row.x0 - 0.5),
        key=lambda c: c["x0"],
    )
    return bool(visible) and above.x1 + 0.3 * row.size + first_word_width(visible) > right + 1


def _same_list(above: str, row: str) -> bool:
    """ "Stack: Docker · … · Amazon RDS" wrapped before "(PostgreSQL) · Terraform"."""
    return " · " in above and " · " in row and bool(_LEADING_LABEL.match(above))
