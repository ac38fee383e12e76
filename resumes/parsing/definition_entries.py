"""Entries written as a definition list (Pandoc, Jekyll, kramdown): a bold title, then
"  : **Company**" and "  : **2026년 1월 - 현재**" as its definitions.

Read as they come, the title is one entry and each definition another, so the entry splits in
two. Printed to PDF or Word, the three are one line, "Title : Company : period", whose whole
head reads as a company. Both are rewritten to the two lines the work reader already knows: the
title, then "Company : period" with the company as the line's bold opening span.
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing.dates import find_periods
from resumes.parsing.lines import HEADING, Line
from resumes.parsing.roles import is_role

_DEFINITION = ":"
_JOINED = re.compile(r"\s+:\s+")
MAX_PART_CHARS = 80


def _definition(line: Line) -> bool:
    return line.bullet and line.marker == _DEFINITION and line.kind != HEADING


def _dated(text: str) -> bool:
    found = find_periods(text)
    return bool(found) and len(text) <= len(found[0].text) + 4


def _entry(title: Line, company: str, period: str) -> list[Line]:
    head = dataclasses.replace(title, text=title.text, strong=True, bullet=False, marker="", lead="", span="")
    body = Line(text=f"{company} : {period}", span=company, evidence=title.evidence)
    return [head, body]


def _joined(line: Line) -> list[Line] | None:
    """ "Backend Engineer : Acme Inc. : 2020.01 - 2022.03" printed on one line: the title, then
    "company : period"; the title is told from the company as the role."""
    parts = _JOINED.split(line.flat)
    if len(parts) != 3 or not _dated(parts[2]) or any(len(part) > MAX_PART_CHARS for part in parts[:2]):
        return None
    first, second, period = parts
    if is_role(first) and not is_role(second):
        return _entry(dataclasses.replace(line, text=first), second, period)
    if is_role(second) and not is_role(first):
        return _entry(dataclasses.replace(line, text=second), first, period)
    return None


def definition_entries(lines: list[Line]) -> list[Line]:
    """The lines with each definition-list entry (title, company, period) as title and "company : period"."""
    result: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = [other for other in lines[index + 1 : index + 3]]
        if (
            line.strong
            and not line.bullet
            and line.kind != HEADING
            and len(following) == 2
            and all(_definition(other) for other in following)
            and not _dated(following[0].flat)
            and _dated(following[1].flat)
        ):
            result.extend(_entry(line, following[0].flat, following[1].flat))
            index += 3
            continue
        joined = _joined(line) if not line.bullet and line.kind != HEADING else None
        result.extend(joined or [line])
        index += 1
    return result
