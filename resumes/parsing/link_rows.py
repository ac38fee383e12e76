"""Rows of link text in a resume's header ("경력 기술서 | 기술블로그 | 깃허브 | 포트폴리오",
"Email GitHub LinkedIn Portfolio"), which are no section headings.

A web page or a rendered profile puts its links in a row of bare words; read as lines, a link
called "Portfolio" or "경력 기술서" is a section name, and it would pull what follows (the intro,
the whole career) into a section it does not head. The evidence is the row: the line stands among
bare link words (alone, or followed only by the address the reader kept from the hyperlink), and
it is a link word itself or the first of such a row. A labelled contact line ("GitHub: github.com/x")
is a field, not a bare link, so a real "Portfolio" heading after a contact block still opens its
section.
"""

from __future__ import annotations

import re

from resumes.parsing.lines import HEADING, Line

# Words people give links in a header (rules as data), compared without spaces and case.
LINK_WORDS = frozenset(
    {
        "github",
        "깃허브",
        "깃헙",
        "gitlab",
        "blog",
        "블로그",
        "기술블로그",
        "techblog",
        "devblog",
        "velog",
        "tistory",
        "notion",
        "노션",
        "linkedin",
        "링크드인",
        "portfolio",
        "포트폴리오",
        "email",
        "e-mail",
        "mail",
        "이메일",
        "homepage",
        "홈페이지",
        "website",
        "web",
        "twitter",
        "resume",
        "이력서",
        "cv",
        "stackoverflow",
    }
)
_ADDRESS = re.compile(r"\s+(?:https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$", re.IGNORECASE)
MAX_ROW_LINE = 80  # a longer line (a paragraph) ends the row
MIN_OTHER_LINKS = 2


def is_link_label(line: Line) -> bool:
    """A bare link word, or one followed only by its address ("GitHub https://github.com/x")."""
    if line.kind == HEADING:
        return False
    word = _ADDRESS.sub("", line.text.strip())
    return re.sub(r"\s+", "", word).lower() in LINK_WORDS


def link_row_lines(lines: list[Line]) -> set[int]:
    """Ids of the lines that stand in a row of link text and so head no section."""
    found: set[int] = set()
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.kind != HEADING and line.text and len(line.text) <= MAX_ROW_LINE:
            run.append(line)
            continue
        found |= _row_items(run)
        run = []
    return found


def _row_items(run: list[Line]) -> set[int]:
    labels = [is_link_label(line) for line in run]
    found = set()
    for index, line in enumerate(run):
        if sum(labels) - labels[index] < MIN_OTHER_LINKS:
            continue
        before = index > 0 and labels[index - 1]
        after = index + 1 < len(run) and labels[index + 1]
        # A link word beside link words; any other line only as the first of the row, since a
        # heading is followed by its content and never by a bare link word.
        if (labels[index] and (before or after)) or after:
            found.add(id(line))
    return found
