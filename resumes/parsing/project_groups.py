"""Rows in a projects section that group its projects by job, not projects of their own.

Some CVs list their projects under the same headers as the career: "Acme ⇥ Jan 2019 – Sep 2024"
for the employer, "Data Engineer, AI Lab ⇥ Jun 2022 – Sep 2024" over "Seoul" for the role, or
just the job title held with its period ("Software Engineer ⇥ May 2019 - Present" over "Team
Feedback Portal"). Read as project titles they turn every employer and every role into a false
project, and the first real project under a role row becomes that row's description.

`without_group_rows` takes such rows out of the section's lines by their structure: a dated row
naming an employer of the work section, a dated row whose next line is a place, or a "Title ⇥
place" row. A job title row that stays (no place under it) is told by `is_title_row`: its first
comma part is a job title, also when the title lost its space ("DataEngineer, AI Labs"), with a
team or field beside it; the project reader (projects.py) then names the project by the line
under it, and the employer grouping (employer_projects.py) files the projects under that job.
"""

from __future__ import annotations

import re

from resumes.parsing.company_names import name_key
from resumes.parsing.lines import Line
from resumes.parsing.places import is_place
from resumes.parsing.roles import is_role
from resumes.parsing.two_rows import _dated_row, _placed_row


def without_group_rows(lines: list[Line], works: list[dict]) -> list[Line]:
    """The projects section's lines with its employer and role rows (and a role's place line) left out."""
    employers = {name_key(work["company"]) for work in works if work.get("company")}
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
        if (dated is not None and name_key(dated[0]) in employers) or _placed_row(line) is not None:
            index += 1
            continue
        result.append(line)
        index += 1
    return result


MAX_ROW_CHARS = 60
MAX_PARTS = 3
_PARTS = re.compile(r",|\s[·|/–—-]\s")
# A lower-case letter then a capitalised word: two words written together ("DataEngineer").
_JOINED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def is_title_row(text: str) -> bool:
    """ "Software Engineer", "DataEngineer, AI Labs", "iOS Developer, iOS Team": a job title
    first, with at most a team or field beside it; "Chatbot · Big Project · 팀장" names a
    project and the role in it."""
    text = text.strip()
    if not text or len(text) > MAX_ROW_CHARS:
        return False
    parts = [part.strip() for part in _PARTS.split(text) if part.strip()]
    return 0 < len(parts) <= MAX_PARTS and is_role(_JOINED.sub(" ", parts[0]))
