"""A timeline with no section heading: an "about" page that opens with a paragraph and then
lists "- **2019.05 ~ now** 누리텍 (검색본부)" items, duties nested under each. Without a work
heading nothing would read them; several such items in one list are the work entries."""

from __future__ import annotations

from resumes.parsing.education import is_institution
from resumes.parsing.headers import header_parts
from resumes.parsing.lines import Line
from resumes.parsing.roles import company_and_position, is_role

MIN_ITEMS = 2  # one dated item alone could be anything; a list of them is a career


def timeline_lines(lines: list[Line]) -> list[Line]:
    """The lines of the dated top-level items that name an organisation after their period, with
    the items nested under them; a school's item (an education entry) and its children are left
    out. Empty unless MIN_ITEMS such items are found."""
    kept: list[Line] = []
    keep, count = False, 0
    for line in lines:
        if line.bullet and line.level <= 1:
            keep = _employer_item(line.text)
            count += keep
        elif not line.bullet:
            keep = False
        if keep:
            kept.append(line)
    return kept if count >= MIN_ITEMS else _entry_lines(lines)


def _entry_lines(lines: list[Line]) -> list[Line]:
    """ "**Senior Engineer** at **Granite Cloud** (Jul 2021 - Present), Singapore" lines with the
    bullets under each: header lines naming a title, an employer and a period are the career."""
    kept: list[Line] = []
    keep, count = False, 0
    for line in lines:
        if not line.bullet:
            keep = _title_and_employer(line.text)
            count += keep
        if keep:
            kept.append(line)
    return kept if count >= MIN_ITEMS else []


def _title_and_employer(text: str) -> bool:
    title, period = header_parts(text)
    if period is None or not title or len(title) > 80:
        return False
    company, position = company_and_position(title)
    return bool(company and position) and not is_institution(company)


def _employer_item(text: str) -> bool:
    title, period = header_parts(text)
    if period is None or not title or not text.lstrip().startswith(period.text):
        return False
    return len(title) <= 60 and not is_role(title) and not is_institution(title)
