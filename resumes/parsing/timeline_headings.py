"""A career written as headings with no work heading above it: a portfolio page whose jobs are
"<h3>Company</h3> <h4>Title</h4> <h5>Oct 2020 - Present</h5>" blocks, each with its duties as a
list, and only a later section ("Technologies and Skills") named. Without a work heading nothing
would read them; several runs of sub-headings that carry a period are the work entries, read
with the lines under each (timeline.py does the same for a dated list)."""

from __future__ import annotations

from resumes.parsing.dates import find_periods
from resumes.parsing.education import is_institution
from resumes.parsing.lines import HEADING, Line

MIN_ENTRIES = 2  # one dated heading alone could be anything; several of them are a career


def heading_timeline(lines: list[Line]) -> list[Line]:
    """The dated heading runs (below the page title's level) and the lines under each, a
    school's run (an education entry) left out; empty unless MIN_ENTRIES runs are found."""
    kept: list[Line] = []
    count, index = 0, 0
    while index < len(lines):
        end = index
        while end < len(lines) and _sub_heading(lines[end]):
            end += 1
        if end == index:
            index += 1
            continue
        run = lines[index:end]
        body_end = end
        while body_end < len(lines) and lines[body_end].kind != HEADING:
            body_end += 1
        if _employer_run(run):
            kept.extend(lines[index:body_end])
            count += 1
        index = body_end
    return kept if count >= MIN_ENTRIES else []


def _sub_heading(line: Line) -> bool:
    return line.kind == HEADING and line.level >= 2


def _employer_run(run: list[Line]) -> bool:
    dated = any(find_periods(line.text) for line in run)
    return dated and len(run) >= 2 and not any(is_institution(line.text) for line in run)
