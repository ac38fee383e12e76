"""Work entries: one per project, each carrying its company, position and period.

Two layouts are common and both are read. One block per role ("Company | Position  period",
then "Project: ...", description, bullets, "Tech: ..."), and a company line with its tenure
followed by dated project lines, each with its own description and bullets. A dated line is
a new employer when it names a position or carries a company marker ("(주)", "Inc."), and a
project of the current employer otherwise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from resumes.parsing import labels
from resumes.parsing.blocks import BULLET, LABEL, TEXT, Item, trim
from resumes.parsing.dates import Period, find_periods
from resumes.parsing.listing import split_list
from resumes.parsing.roles import company_and_position, is_role, looks_like_company_header

_NUMBER = re.compile(r"\d+")


@dataclass
class _Employer:
    company: str | None = None
    position: str | None = None
    level: int = 0  # the level of the heading that named it, 0 when not a heading


@dataclass
class _Work:
    employer: _Employer
    duration: str | None = None
    project_name: str | None = None
    description: list[str] = field(default_factory=list)
    tech_stack: list[str] = field(default_factory=list)
    achievements: list[str] = field(default_factory=list)
    team_size: int | None = None
    # A block opened by an employer line that has not yet met a project line.
    awaiting_project: bool = True

    @property
    def has_content(self) -> bool:
        return bool(self.project_name or self.description or self.achievements or self.tech_stack)

    def as_dict(self) -> dict:
        return {
            "company": self.employer.company,
            "position": self.employer.position,
            "duration": self.duration,
            "project_name": self.project_name,
            "project_description": "\n".join(self.description) or None,
            "tech_stack": self.tech_stack,
            "achievements": self.achievements,
            "team_size": self.team_size,
        }


@dataclass
class WorkSection:
    entries: list[dict]
    periods: list[Period]


def parse_work(items: list[Item]) -> WorkSection:
    works: list[_Work] = []
    periods: list[Period] = []
    employer: _Employer | None = None
    current: _Work | None = None

    def start(new_employer: _Employer, *, awaiting: bool) -> _Work:
        work = _Work(employer=new_employer, awaiting_project=awaiting)
        works.append(work)
        return work

    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if item.heading:
            if item.period is not None:
                periods.append(item.period)
            employer, current = _heading_entry(item, employer, current, start, works)
            continue
        if item.kind == BULLET and item.period is not None and _bullet_opens_employer(item, following, current):
            # "- 2023.06-2023.08: 바다물류 인턴", "- 누리전자 (2019-2022): 사내 시스템 개발"
            periods.append(item.period)
            employer = _Employer(*company_and_position(item.title))
            current = start(employer, awaiting=True)
            current.duration = item.period.text
            if item.rest:
                current.description.append(item.rest)
            continue
        if item.kind == TEXT and item.period is not None:
            periods.append(item.period)
            company, position = company_and_position(item.title)
            if (company is None and current is not None and current.awaiting_project
                    and not current.has_content and current.duration is None):
                # "(주)펫케어링크" on one line, "백엔드 개발자 | 2024.05 ~ 2025.06" on the next
                current.employer.position = current.employer.position or position
                current.duration = item.period.text
            elif (employer is None or looks_like_company_header(item.title)
                  or _names_role(following)):
                employer = _Employer(company, position)
                current = start(employer, awaiting=True)
                current.duration = item.period.text
            elif current is not None and current.awaiting_project and not current.has_content:
                current.project_name = item.title or None
                current.duration = item.period.text
                current.awaiting_project = False
            else:
                current = start(employer, awaiting=False)
                current.project_name = item.title or None
                current.duration = item.period.text
            continue

        if item.kind == BULLET and item.period is not None and current is not None:
            # "• 멍냥예약 - 예약 플랫폼 (2024.05 ~ 2025.06)" under a company line
            periods.append(item.period)
            if not (current.awaiting_project and not current.has_content):
                current = start(current.employer, awaiting=False)
            current.project_name = item.title or None
            current.duration = item.period.text
            current.awaiting_project = False
            continue

        if item.kind == TEXT and current is not None and _opens_employer(item, following):
            employer = _Employer(*company_and_position(item.text))
            current = start(employer, awaiting=True)
            continue

        if current is None:
            if item.kind == TEXT:
                employer = _Employer(*company_and_position(item.text))
                current = start(employer, awaiting=True)
                continue
            employer = _Employer()
            current = start(employer, awaiting=False)

        if item.kind == LABEL:
            current = _apply_label(item, current, employer, start, periods)
        elif item.kind == BULLET:
            current.achievements.append(item.text)
            current.awaiting_project = False
        elif (current.awaiting_project and not current.has_content
              and current.employer.position is None and is_role(item.text)):
            current.employer.position = item.text
        else:
            current.description.append(item.text)

    kept = [w for i, w in enumerate(works)
            if w.has_content or not any(o.employer is w.employer for o in works[i + 1:])]
    return WorkSection([w.as_dict() for w in kept], periods)


def _heading_entry(item: Item, employer: _Employer | None, current: _Work | None, start, works):
    """A heading opens an employer; one deeper than its employer's heading names that
    employer's position ("#### Software Engineer") or one of its projects."""
    title = (item.title if item.period is not None else item.text) or item.text
    if employer is not None and current is not None and employer.level and item.level > employer.level:
        if (item.period is None and employer.position is None and not current.has_content
                and is_role(title)):
            employer.position = title
            return employer, current
        if not (current.awaiting_project and not current.project_name and not current.achievements):
            current = start(employer, awaiting=False)
        current.project_name = title
        current.awaiting_project = False
        if item.period is not None:
            current.duration = item.period.text
        elif current.duration is None:
            current.duration = next((w.duration for w in works if w.employer is employer and w.duration), None)
        return employer, current
    company, position = company_and_position(title)
    employer = _Employer(company, position, level=item.level)
    current = start(employer, awaiting=True)
    if item.period is not None:
        current.duration = item.period.text
    return employer, current


def _bullet_opens_employer(item: Item, following: Item | None, current: _Work | None) -> bool:
    """A dated top-level list item with its details nested under it, or with "): what was
    done" after its period, is an employer line rather than a project of the current one."""
    if item.rest:
        return True
    if current is None:
        return True
    return (item.level == 1 and following is not None and following.kind in (BULLET, LABEL)
            and following.level > 1)


def _names_role(item: Item | None) -> bool:
    """The line under a dated employer line that gives the position ("Staff Software Engineer")."""
    return (item is not None and item.kind == TEXT and item.period is None
            and len(item.text) <= 50 and is_role(item.text))


def _opens_employer(item: Item, following: Item | None) -> bool:
    """An undated line naming the employer, followed by its dated "position | period" line."""
    if following is None or following.kind != TEXT or following.period is None:
        return False
    company, _ = company_and_position(following.title)
    return company is None and len(item.text) <= 60


def _apply_label(item: Item, current: _Work, employer: _Employer, start, periods) -> _Work:
    value = item.text
    if item.field == labels.PROJECT and value:
        if current.project_name or current.achievements or current.tech_stack:
            current = start(employer, awaiting=False)
        found = find_periods(value)
        if found:
            periods.append(found[-1])
            current.duration = found[-1].text
            value = trim(value.replace(found[-1].text, ""))
        current.project_name = value or None
        current.awaiting_project = False
    elif item.field == labels.TECH and value:
        current.tech_stack.extend(t for t in split_list(value) if t not in current.tech_stack)
    elif item.field == labels.TEAM:
        number = _NUMBER.search(value)
        if number:
            current.team_size = int(number.group())
    elif item.field == labels.POSITION and value and not current.employer.position:
        current.employer.position = value
    elif item.field == labels.COMPANY and value and not current.employer.company:
        current.employer.company = value
    elif item.field == labels.PERIOD and value:
        found = find_periods(value)
        if found:
            periods.append(found[0])
        current.duration = found[0].text if found else value
    elif item.field in (labels.ACHIEVEMENTS, labels.ARCHITECTURE):
        if value:
            current.achievements.append(value)
    elif item.field == labels.DESCRIPTION and value:
        current.description.append(value)
    elif value and item.field not in (labels.POSITION, labels.COMPANY):
        current.description.append(item.raw)
    return current
