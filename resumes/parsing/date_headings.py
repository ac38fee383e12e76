"""A date set as a heading of its own before the heading it dates, as Notion pages export a
timeline: "## 2020.07", "~현재", "`1년 10개월`", then "## 회사" (or a project's name).

The date heading and the short lines under it (the period's end, the tenure, a context such as
the employer of a project) are the period of the next heading's entry, never an entry named
"2020.07"; the next heading takes that period as if it had been written on its own line.
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing.blocks import TEXT, Item
from resumes.parsing.dates import find_periods

MAX_NOTE_LINES = 3  # the period's end, the tenure, a context line
MAX_NOTE_CHARS = 40
_ONLY_DATE = re.compile(r"^(?:19|20)\d{2}\s*[.\-/년]\s*\d{1,2}\s*[.월]?$")
_OPEN_END = re.compile(r"^[~–—-]\s*\S")


def _is_date_heading(item: Item) -> bool:
    text = item.text.strip()
    return item.heading and (bool(_ONLY_DATE.match(text)) or (item.period is not None and not item.title.strip()))


def _dated_heading(items: list[Item], index: int) -> tuple[int, Item] | None:
    """(the index of the heading the date heading at `index` dates, that heading with its period)."""
    item = items[index]
    if not _is_date_heading(item):
        return None
    written = [item.text.strip()]
    for at in range(index + 1, min(index + 2 + MAX_NOTE_LINES, len(items))):
        line = items[at]
        if line.heading:
            if line.level != item.level or line.period is not None or _is_date_heading(line):
                return None
            periods = find_periods(" ".join(written))
            period = periods[0] if periods else None
            return at, dataclasses.replace(line, period=period, title=line.text if period else line.title)
        if line.kind != TEXT or line.period is not None or len(line.text) > MAX_NOTE_CHARS:
            return None
        if _OPEN_END.match(line.text.strip()):
            written.append(line.text.strip())  # "~현재", "~ 2020.06": the period's end
    return None


def with_date_headings(items: list[Item]) -> list[Item]:
    """The items with each date heading (and its notes) folded into the heading it dates."""
    result: list[Item] = []
    index = 0
    while index < len(items):
        dated = _dated_heading(items, index)
        if dated is None:
            result.append(items[index])
            index += 1
            continue
        at, heading = dated
        result.append(heading)
        index = at + 1
    return result
