"""A list of projects each named by its bold span: "- **물류 대시보드 구축** (2024.03~05, 단독) — 설명".

In a projects section that opens with such items (or goes on with them), every item is its
own project: the bold span is the name, a period in the bracket after it is the project's
period, and what follows the dash describes it. Read as plain list items they were bullets of
one unnamed project. Where the bold is lost (PDF), a bracket right before the dash closes
the name. An item whose bold span is followed by a colon is a label ("**역할**: …"),
and items under a project already named by a heading stay that project's bullets.
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing.blocks import BULLET, Item
from resumes.parsing.dates import find_periods
from resumes.parsing.lines import HEADING, Line, make_line

NAME_LEVEL = 8  # deeper than any section heading, as for table rows
MAX_NAME_CHARS = 60
_BRACKET_DASH = re.compile(r"^(?P<name>[^()（）]{2,60}?)\s*[(（][^()（）]{1,40}[)）]\s*[—–]\s+\S")
_AFTER_NAME = re.compile(r"^\s*(?P<bracket>[(（][^()（）]*[)）])?\s*(?:[—–]|-\s|$)\s*(?P<rest>.*)$", re.S)


def named_projects(lines: list[Line]) -> list[Line]:
    """The lines with each bold-named list item split into a name heading and its description."""
    result: list[Line] = []
    listing = True  # no project named another way (a heading, a bold paragraph) so far
    top = min((line.level for line in lines if line.bullet and line.text), default=0)
    for line in lines:
        named = _named(line) if listing and line.bullet and line.level == top else None
        if named is not None:
            result.extend(named)
            continue
        if line.text and (line.kind == HEADING or (line.strong and not line.bullet)):
            listing = False
        result.append(line)
    return result


def _named(line: Line) -> list[Line] | None:
    name = line.span
    if not name:
        # Where the bold is lost (PDF, pasted text): "NAME (2024.03~05, 단독) — 설명", the
        # bracket right before the dash closing the name.
        plain = _BRACKET_DASH.match(line.text)
        name = plain.group("name").strip() if plain else ""
    if not name or len(name) > MAX_NAME_CHARS or name.endswith((":", "：")):
        return None
    match = _AFTER_NAME.match(line.text[len(name) :])
    if match is None:
        return None
    bracket = match.group("bracket") or ""
    title = f"{name} {bracket}" if bracket and find_periods(bracket) else name
    heading = make_line(title, strong=True)
    heading.kind, heading.level, heading.evidence = HEADING, NAME_LEVEL, "md:bold-name"
    named = [heading]
    if match.group("rest").strip():
        named.append(dataclasses.replace(line, text=match.group("rest").strip(), bullet=False, span="", marker=""))
    return named


def sibling_titles(items: list[Item]) -> list[Item]:
    """A projects list whose items name projects with details nested under some of them
    ("- Mediciary" over "  - 처방전 분석"): the other short items on that level, with nothing
    nested, name projects too ("- 유튜브 댓글 분석기"), and a nested item is a detail of its
    project ("  - 기술" over the tools used), never a project of its own."""
    top = [item for item in items if item.kind == BULLET and not item.heading]
    if not top:
        return items
    level = min(item.level for item in top)
    if not any(item.titles and item.level == level for item in top):
        return items
    for item in top:
        if item.level > level:
            item.titles = False
        elif not item.titles and item.period is None and _short_name(item.text):
            item.titles = True
    return items


def _short_name(text: str) -> bool:
    name = re.sub(r"https?://\S+", "", text).strip()
    return 0 < len(name) <= MAX_NAME_CHARS and not name.endswith((".", "다", ":", "："))
