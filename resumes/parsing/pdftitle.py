"""A name set in the title size on two lines ("JANE" above "DOE", right-aligned in a label
column with the contact lines set between or beside them): one name, joined on the first
line, so the name is read whole and the second half is no heading of its own.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][\w.'’-]*")


def join_stacked_name(columns: list[list]) -> None:
    """`columns` are the first page's columns of rows (with text, size, top, bottom), changed
    in place: the first two rows in the page's largest size, each one or two words of
    letters and a few lines apart at most, become one row."""
    rows = [row for column in columns for row in column]
    if not rows:
        return
    title = max(row.size for row in rows)
    if sum(1 for row in rows if abs(row.size - title) < 0.5) != 2:
        return
    first, second = sorted((row for row in rows if abs(row.size - title) < 0.5), key=lambda row: row.top)
    if not (_name_part(first.text) and _name_part(second.text)):
        return
    if not 0 <= second.top - first.bottom < 4 * title:
        return
    first.text = f"{first.text} {second.text}"
    for column in columns:
        column[:] = [row for row in column if row is not second]


def _name_part(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 2 and all(_WORD.fullmatch(word) for word in words)
