"""Rows in a projects section that group its projects by job, not projects of their own.

Some CVs list their projects under the same headers as the career: "Acme ⇥ Jan 2019 – Sep 2024"
for the employer, "Data Engineer, AI Lab ⇥ Jun 2022 – Sep 2024" over "Seoul" for the role. Read
as project titles they turn every employer and every role into a false project, and the first
real project under a role row becomes that row's description. A row is a group row by its
structure: a dated row naming an employer of the work section, a dated row whose next line is
a place, or a "Title ⇥ place" row.
"""

from __future__ import annotations

import re

from resumes.parsing.lines import Line
from resumes.parsing.places import is_place
from resumes.parsing.two_rows import _dated_row, _placed_row

_SPACE = re.compile(r"\s+")


def _key(name: str) -> str:
    return _SPACE.sub("", name).lower()


def without_group_rows(lines: list[Line], works: list[dict]) -> list[Line]:
    """The projects section's lines with its employer and role rows (and a role's place line) left out."""
    employers = {_key(work["company"]) for work in works if work.get("company")}
    result: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        dated = _dated_row(line)
        placed_next = following is not None and not following.bullet and is_place(following.text)
        if dated is not None and placed_next:
            index += 2  # "Title, Team ⇥ period" over "Seoul"
            continue
        if (dated is not None and _key(dated[0]) in employers) or _placed_row(line) is not None:
            index += 1
            continue
        result.append(line)
        index += 1
    return result
