"""Banner rows that head each employer in Korean forms: "[ 누리페이 ] 3년 2개월", "■ 주식회사
가나다 (2019.03 ~ 2021.05)", "【 별무리시스템 】 3년 4개월".

A 경력기술서 laid out as Word tables sets each employer's name in brackets, or after a square
mark, with the length of the stay or its period on the same line, over the label rows of that
job (근무기간 | …, 담당업무 | …); the line stands as a paragraph or as a table row across both
columns. Read as text, the brackets and the tenure stayed in the company ("[ 누리페이 ] 3년
2개월"); as a row of the table, it ran into the duties of the employer above. Here such a line
becomes the employer's entry heading ("누리페이 | 2019.03 ~ 2021.05"), which the rows under
it fill. A bracketed name is taken with a tenure ("3년 2개월": the stay of a job, which a
project's line rarely gives alone) or, with a period, only when it carries a company marker
("주식회사"), since "[결제 시스템 개편] 2020.03 ~ 2020.09" heads a project of the job above.
"""

from __future__ import annotations

import re

from resumes.parsing import labels
from resumes.parsing.dates import find_periods
from resumes.parsing.lines import HEADING, ROW, Line
from resumes.parsing.roles import has_company_marker, is_role
from resumes.parsing.sections import lexicon_section
from resumes.parsing.tables import ENTRY_LEVEL  # a banner heads its employer as a career table's row does

MAX_NAME_WORDS = 6
_BRACKETED = re.compile(r"^[\[【〔「『《<［]\s*([^\]】〕」』》>］]{1,40}?)\s*[\]】〕」』》>］]\s*(.*)$")
_MARKS = "■□▣◆◇◈"  # square marks; a round bullet opens list items
# "3년 2개월", "(총 3년)", "2년차": how long the job lasted
_TENURE = re.compile(r"[(（]?\s*(?:총\s*)?(?:\d+\s*년(?:\s*\d+\s*개월)?|\d+\s*개월)\s*(?:차\s*)?[)）]?")
_SEPARATORS = re.compile(r"^[\s|/,·:()（）\-–—]*$")


def banner(text: str, *, marked: bool = False, over_project: bool = False) -> tuple[str, str | None] | None:
    """(the employer, its period or None) when the line is a banner over an employer's rows;
    `marked` when a reader took the square mark off already, `over_project` when the line
    stands over a project's own label ("프로젝트명 | …"), which no project heads: the dated
    name is the employer then, with or without a company marker."""
    text = " ".join(text.split())
    marked = marked or text.startswith(tuple(_MARKS))
    text = text.lstrip(_MARKS).strip()
    bracketed = _BRACKETED.match(text)
    if bracketed:
        name, rest = bracketed.group(1).strip(), bracketed.group(2)
    elif marked:
        cut = _first_date(text)
        name, rest = text[:cut].rstrip(" (（|·,-–—"), text[cut:]
    else:
        return None
    periods = find_periods(rest)
    period = periods[0].text if periods else None
    left = rest.replace(period, " ") if period else rest
    tenure = _TENURE.search(left)
    if tenure:
        left = left[: tenure.start()] + left[tenure.end() :]
    if not _SEPARATORS.match(left) or not (tenure or period) or not _names_employer(name):
        return None
    if tenure is None and not (has_company_marker(name) or over_project):
        return None  # a dated name in brackets may head a project; a company marker says employer
    return name, period


def _first_date(text: str) -> int:
    """Where the period or tenure after a marked name starts (the whole text when neither does)."""
    starts = [text.find(period.text) for period in find_periods(text)]
    tenure = _TENURE.search(text)
    if tenure:
        starts.append(tenure.start())
    return min(starts, default=len(text))


def _names_employer(name: str) -> bool:
    return (
        0 < len(name.split()) <= MAX_NAME_WORDS
        and not re.search(r"[:：]", name)
        and not find_periods(name)
        and labels.field_of(name) is None
        and lexicon_section(name) is None
        and not is_role(name)
    )


def banner_headings(lines: list[Line]) -> list[Line]:
    """The work section's lines with every banner, a paragraph or a table row of one cell,
    turned into the entry heading of its employer, and so every employer of a listed career
    (listed_employer)."""
    listed = _listed_employers(lines)
    filled = [index for index, line in enumerate(lines) if line.text.strip()]
    following = {index: lines[after] for index, after in zip(filled, filled[1:], strict=False)}
    return [listed.get(index) or _heading(line, following.get(index)) or line for index, line in enumerate(lines)]


def _opens_project(line: Line | None) -> bool:
    """A project's label opening the line: a row "프로젝트명 | …" or a line "프로젝트: …"."""
    if line is None:
        return False
    if line.kind == ROW:
        first = next((cell for cell in line.cells if cell.strip()), "")
        return (labels.form_label(" ".join(first.split())) or ("", ""))[1] == labels.PROJECT
    return (labels.label_of(line) or ("", ""))[0] == labels.PROJECT


# "하늘소프트(2년 3개월)", "별빛아카데미 강사 (1년)": a list item ending in the stay in brackets
_TENURE_ITEM = re.compile(r"^(?P<name>.+?)\s*[(（]\s*(?:총\s*)?(?:\d+\s*년(?:\s*\d+\s*개월)?|\d+\s*개월)\s*[)）]$")
_NUMBERED = re.compile(r"^\(?\d{1,2}[.)]$")


def _listed_employers(lines: list[Line]) -> dict[int, Line]:
    """A career listed as items: "1. 하늘소프트(2년 3개월)" over its nested duties. An item ending
    in its tenure in brackets, with items nested under it (deeper, or a dash under a number),
    is an employer when the section lists at least two of them, or it names a company marker;
    a trailing role word is its position ("별빛아카데미 국비 강사(1년)")."""
    found = {}
    for index, (line, below) in enumerate(zip(lines, lines[1:], strict=False)):
        match = _TENURE_ITEM.match(line.flat) if line.bullet else None
        named = _name_and_role(match.group("name")) if match else None
        if named and below.bullet and _nested(below, line) and _names_employer(named[0]):
            found[index] = named
    if len(found) < 2 and not any(has_company_marker(name) for name, _ in found.values()):
        return {}
    return {index: _entry_heading(*named) for index, named in found.items()}


def _nested(below: Line, line: Line) -> bool:
    if below.level != line.level:
        return below.level > line.level
    if (below.indent or 0) != (line.indent or 0):
        return (below.indent or 0) > (line.indent or 0)
    return bool(_NUMBERED.match(line.marker)) and not _NUMBERED.match(below.marker)


def _name_and_role(text: str) -> tuple[str, str | None]:
    """ "별빛아카데미 국비 강사" -> ("별빛아카데미", "국비 강사"): a role word last, with a short
    word before it that qualifies it (a grade, "국비"), the company keeping at least one word."""
    words = text.split()
    if len(words) < 2 or not is_role(words[-1]):
        return text, None
    size = 2 if len(words) > 2 and len(words[-2]) <= 2 and not is_role(" ".join(words[:-2])) else 1
    return " ".join(words[:-size]), " ".join(words[-size:])


def _entry_heading(name: str, role: str | None) -> Line:
    """Level 0: an employer read by a rule, as project_over_employer.py sets it, which the work
    reader never files as a project of another employer (work_projects.file_project_employers)."""
    return Line(text=f"{name} | {role}" if role else name, strong=True, kind=HEADING, level=0, evidence="banner")


def _heading(line: Line, following: Line | None) -> Line | None:
    """A banner, whatever it is set as: a paragraph, a row of one cell, or a heading (a Word
    경력기술서 sets it 12pt bold, a heading to the PDF reader; a section name is never a banner)."""
    if line.kind == ROW:
        filled = [cell for cell in line.cells if cell.strip()]
        if len(filled) != 1:
            return None
        text = filled[0]
    elif line.bullet and line.marker and line.marker not in _MARKS:
        return None
    else:
        text = line.text
    found = banner(text, marked=bool(line.marker), over_project=_opens_project(following))
    if found is None:
        return None
    name, period = found
    return Line(
        text=f"{name} | {period}" if period else name,
        strong=True,
        kind=HEADING,
        level=ENTRY_LEVEL,
        evidence="banner",
    )
