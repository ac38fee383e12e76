"""A skills word on its own line inside a dated job ("사용기술", "Tech stack", "Stack") followed by
a list of names: the job's own field label, not the next section.

People set a job's stack as a small label over a comma list, between the job's description and
its sub-projects. Read as a heading, the label moves the rest of the career (sub-projects, their
periods and bullets, the next employers) into skills. Only the line after it tells the two apart
before the outline reaches it, so the labels are found here and the outline decides with what it
knows of the section (a dated work section, laid out with entry headings).
"""

from __future__ import annotations

from resumes.parsing.lines import HEADING, Line
from resumes.parsing.listing import split_list

MIN_ITEMS = 3
MAX_ITEM_CHARS = 40


def is_name_list(line: Line) -> bool:
    """ "TypeScript, Next.js, Jest": three or more short items and no sentence."""
    if line.kind == HEADING or line.bullet:
        return False
    items = [item.strip() for item in split_list(line.text) if item.strip()]
    return len(items) >= MIN_ITEMS and all(len(item) <= MAX_ITEM_CHARS for item in items)


def labels_over_lists(lines: list[Line]) -> set[int]:
    """Ids of the short plain lines right above a list of names."""
    return {
        id(line)
        for line, following in zip(lines, lines[1:], strict=False)
        if line.kind != HEADING and not line.bullet and len(line.text) <= MAX_ITEM_CHARS and is_name_list(following)
    }
