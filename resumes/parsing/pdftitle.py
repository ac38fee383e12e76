"""The title of a PDF's first page, read first and whole. A name set in the title size on two
lines ("JANE" above "DOE", right-aligned in a label column with the contact lines set between
or beside them) is one name, joined on the first line, so the second half is no heading of its
own. A name centred above two columns that a gutter put in a later column is read first.
"""

from __future__ import annotations

import re

from resumes.parsing.document_titles import is_document_title

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
    if not (_name_part(first.text) and _name_part(second.text)) or _titles_page(second.text):
        return
    if not 0 <= second.top - first.bottom < 4 * title:
        return
    first.text = f"{first.text} {second.text}"
    for column in columns:
        column[:] = [row for row in column if row is not second]


def _name_part(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 2 and all(_WORD.fullmatch(word) for word in words)


def _titles_page(text: str) -> bool:
    """ "경력기술서", "Resume", "Experience" under the name: a section or the document's title, not
    the name's second half."""
    from resumes.parsing.sections import lexicon_section  # sections.py reads the lines this module shapes

    return is_document_title(text) or lexicon_section(text) is not None


_NOT_NAME = re.compile(r"\d|@|https?:|www\.|\.(?:com|net|org|io|dev|me|site|kr)\b", re.I)


def read_title_first(columns: list[list]) -> None:
    """The first page's title read first: a stacked name joined (join_stacked_name), and a name
    centred above two columns ("Deedy" LaTeX headers: a large light name, the website and
    e-mail under it) that a column gutter put in a later column is moved, with the rows under
    it that sit above the other columns, to the front of the page. The name row is the page's
    largest size, first in its column, above every row of the columns before it, and two or
    three words with no digit, "@" or address."""
    join_stacked_name(columns)
    rows = [row for column in columns for row in column]
    if len(columns) < 2 or not rows:
        return
    title = max(row.size for row in rows)
    for index, column in enumerate(columns[1:], start=1):
        if not column or abs(column[0].size - title) >= 0.5 or not _title_name(column[0].text):
            continue
        earlier = [row.top for other in columns[:index] for row in other]
        if not earlier or column[0].bottom > min(earlier):
            return
        moved = [row for row in column if row.bottom <= min(earlier)]
        column[:] = [row for row in column if all(row is not other for other in moved)]
        columns[0][:0] = moved
        return


def _title_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 3 and not _NOT_NAME.search(text) and all(_WORD.fullmatch(word) for word in words)
