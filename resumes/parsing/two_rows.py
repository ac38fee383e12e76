"""Entry headers set on two rows with a right-aligned cell each, as LaTeX CV classes and
two-column HTML templates print them:

    Brindle Labs                    Mar 2024 – Present
    Manager, Data Engineer          서초구, 서울

Row one is the employer and its period, row two the title (with the team after a comma) and
where the job was; some templates swap the two names ("Title, Team ⇥ period" over "Company ⇥
place"), and the role words tell which is which. Word templates swap the two right cells instead
("Company ⇥ City, ST" over "Title ⇥ period"): the same pair, read the same way. A dated row next
to a row that ends in a place (or a work arrangement) is an employer header, whatever the
company's shape: without the rule a company with no marker ("(주)", "Inc.") reads as a project of
the employer above it, and a title row with a comma reads as a description. The pair is rewritten to labelled lines (company, period, position) that the
work reader applies as it applies "회사명: …" lines.
"""

from __future__ import annotations

import re

from resumes.parsing import labels
from resumes.parsing.dates import find_periods
from resumes.parsing.lines import Line
from resumes.parsing.places import is_employment_type, is_place
from resumes.parsing.roles import is_role, without_division

MAX_CELL_CHARS = 60
# A dash, a bar or a colon inside a title cell: a note on the title follows (work_lines.py).
_NOTED = re.compile(r"\s[-–—|]\s|:\s")
# A period cell may carry a little more than the period ("Mar 2024 – Present (2 yrs)").
MAX_PERIOD_EXTRA_CHARS = 12


def _cells(line: Line) -> list[str]:
    if line.bullet or "\t" not in line.text:
        return []
    return [cell.strip() for cell in line.text.split("\t") if cell.strip()]


def _dated_row(line: Line) -> tuple[str, str] | None:
    """(company, period) for "Company ⇥ Mon YYYY – Mon YYYY"."""
    cells = _cells(line)
    if len(cells) != 2 or len(cells[0]) > MAX_CELL_CHARS or find_periods(cells[0]):
        return None
    found = find_periods(cells[1])
    if len(found) != 1 or len(cells[1]) > len(found[0].text) + MAX_PERIOD_EXTRA_CHARS:
        return None
    return cells[0], found[0].text


def _placed_row(line: Line) -> str | None:
    """The title cell of "Title, Team ⇥ City, District", when the right cell is a place."""
    cells = _cells(line)
    if len(cells) != 2 or len(cells[0]) > MAX_CELL_CHARS or find_periods(line.text):
        return None
    place = cells[1]
    return cells[0] if is_place(place) or is_employment_type(place) else None


def title_part(cell: str) -> str:
    """ "Team Lead, AI Labs" -> "Team Lead": the part a role word names; the team after the comma
    is off. When every part names a role ("Manager, Data Engineer": a grade and a title) or none
    does, the cell stays whole."""
    parts = [part.strip() for part in cell.split(",") if part.strip()]
    if len(parts) < 2:
        return cell.strip()
    roles = [part for part in parts if is_role(part)]
    return roles[0] if len(roles) == 1 else cell.strip()


def _by_role(first: str, second: str) -> tuple[str, str]:
    """(company, position) of the two rows' left cells: the row whose leading part is a role is
    the title row, whatever the order ("Staff Engineer, Data Platform ⇥ 2021 – Present" over
    "Brightleaf ⇥ Lisbon, PT" as well as "Brightleaf ⇥ 2021 – Present" over "Staff Engineer,
    Data Platform ⇥ Lisbon, PT")."""
    lead, title = title_part(first), title_part(second)
    if is_role(lead) and not is_role(title):
        return second, lead
    return first, title


def _labelled(text: str, field: str, like: Line) -> Line:
    return Line(text=text, field=field, indent=like.indent, evidence=like.evidence)


def _pair(first: Line, second: Line) -> tuple[str, str, str] | None:
    """(company, period, position) of two rows that are one header: the dated row over the placed
    row, or the placed row over the dated row ("Company ⇥ City, ST" over "Title ⇥ period", as
    Word templates set it)."""
    dated, placed = _dated_row(first), _placed_row(second)
    if dated is None or placed is None:
        placed, dated = _placed_row(first), _dated_row(second)
        if dated is None or placed is None or _NOTED.search(dated[0]):
            return None  # "ENGINEER - APOLLO: A LUNAR PROGRAM ⇥ period": the work reader splits its note off
        return (*_by_role(placed, dated[0]), dated[1])
    return (*_by_role(dated[0], placed), dated[1])


def two_row_headers(lines: list[Line]) -> list[Line]:
    """The lines with each two-row entry header as company, period and position labels."""
    result: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        found = _pair(line, lines[index + 1]) if index + 1 < len(lines) else None
        if found is None:
            result.append(line)
            index += 1
            continue
        company, position, period = found
        result += [
            _labelled(without_division(company), labels.COMPANY, line),  # "Quarry Tools: Platform"
            _labelled(period, labels.PERIOD, line),
            _labelled(position, labels.POSITION, lines[index + 1]),
        ]
        index += 2
    return result
