"""What a heading's neighbours say about it, before the outline is read (sections.py).

- A document title that is a work word ("Career", "경력기술서") set as the page's first heading,
  over the person's name and then a real work heading, or over the name and a contact line
  (a cover, as a 경력기술서 set as slides has): the title opens no section, else the name and
  the introduction become a job and the real employers its projects.
- A heading that carries a period, in its own row or in the row right below it: an entry of the
  work section it stands in, however large it is set. Designed templates (Canva, Notion, resume
  builders) set section labels small and coloured and entry titles big and bold.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from resumes.parsing.dates import find_periods
from resumes.parsing.document_titles import is_document_title
from resumes.parsing.lines import HEADING, Line
from resumes.parsing.section_names import WORK
from resumes.parsing.urls import EMAIL, find_urls


def title_headings(lines: list[Line], heading_of: Callable[[Line], str | None]) -> set[int]:
    """The id of the page's first heading when it titles the document rather than opening the work
    section: the headings after it on its level are not section words (the name) until a work
    heading opens the section again, and no period stands before that one. Or a cover: a
    document title ("경력기술서") over the person's name and contact line (an e-mail or a link),
    then the projects' pages with no work heading; the dated lines are found as a career
    without a heading (timeline.py), not read under the title with the name as an employer."""
    first = next((i for i, line in enumerate(lines) if line.kind == HEADING or heading_of(line)), None)
    if first is None or lines[first].kind != HEADING or heading_of(lines[first]) != WORK:
        return set()
    level = lines[first].level
    reached = False  # a contact line under a document title: the page is a cover
    for line in lines[first + 1 :]:
        if line.text and find_periods(line.text):
            return {id(lines[first])} if reached and is_document_title(lines[first].text) else set()
        reached = reached or bool(EMAIL.search(line.text) or find_urls(line.text))
        section = heading_of(line)
        if section == WORK and line.kind == HEADING:
            return {id(lines[first])}
        if section is not None or (line.kind == HEADING and line.level < level):
            return set()
    return set()


def dated_headings(lines: list[Line]) -> set[int]:
    """Ids of headings with a period in their row or in the line right below it."""
    dated = set()
    for i, line in enumerate(lines):
        if line.kind != HEADING:
            continue
        below = next((other for other in lines[i + 1 : i + 2] if other.text and other.kind != HEADING), None)
        if find_periods(line.text) or (below is not None and find_periods(below.text)):
            dated.add(id(line))
    return dated


# "가나다 - 개발팀(대리 / 2015-01 ~ 2017-03)": a company, its department, then a grade or role and
# a period in one bracket; the heading names an employer whatever section it stands in.
_EMPLOYER_HEADING = re.compile(r"^\S.*?\s[-–—]\s.+?\(\s*([^()/]{1,20}?)\s*/\s*([^()]+)\)\s*$")


def employer_heading(line: Line) -> bool:
    """A heading of the shape "company - department(grade / period)"."""
    match = _EMPLOYER_HEADING.match(line.flat) if line.kind == HEADING else None
    return bool(match and find_periods(match[2]))
