"""Skills rows whose label lost its column: "Programming Languages   Java, Python, C, Go".

A two-column skills table (a right-aligned label in a narrow left column, the list beside it)
often reaches the parser as one line with a plain space where the column gap was, and read
as a list its first item would be "Programming Languages Java". The label is known by its
words: a run of category and grouping words (skills.category_key's words, "programming",
"and") that ends on a category word ("languages", "frameworks", "tools", "databases"), with a
comma list after it. It is written back as "Label: list", as a colon would have written it.
A catalog name at the start ("Cloud Firestore, Cloud Functions") is never cut.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resumes.parsing.lines import Line
from resumes.parsing.skills import LABEL_WORDS, category_key
from resumes.parsing.technologies import skill_key

_CONNECTORS = frozenset({"and", "&", "/", "및", "프로그래밍"})
MAX_LABEL_WORDS = 4


def split_gap_labels(lines: list[Line]) -> list[Line]:
    return [_with_label(line) for line in lines]


def _with_label(line: Line) -> Line:
    text = line.text.strip()
    if not text or line.cells or line.span or re.search(r"[:：\t]|\*\*|__", text) or "," not in text:
        return line  # a colon, a cell or a bold label already says where the label ends
    words = text.split(" ")
    count = 0
    for index, word in enumerate(words[:MAX_LABEL_WORDS]):
        folded = word.strip("*").lower()
        if folded not in LABEL_WORDS and folded not in _CONNECTORS:
            break
        if category_key(folded) is not None and folded not in _CONNECTORS:
            count = index + 1
    if not count or count == len(words):
        return line
    label, rest = " ".join(words[:count]), " ".join(words[count:])
    first = rest.split(",")[0].strip()
    if not first or skill_key(f"{label} {first}") is not None or category_key(first.split()[0]) is not None:
        return line
    return replace(line, text=f"{label}: {rest}")
