"""Labelled lines inside a work entry ("Project: …", "기간: …", "회사명: …", "사용기술: …").

Kept apart from work.py, which reads the entries line by line; here one labelled line is
applied to the entry being read.
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing import labels
from resumes.parsing.blocks import Item, trim
from resumes.parsing.dates import find_periods
from resumes.parsing.places import without_notes
from resumes.parsing.skill_items import line_items, skill_names

_NUMBER = re.compile(r"\d+")
_COLUMN = re.compile(r"\s*\|\s*|\t")
_LISTED = re.compile(r"^\s*[-–•·▪◦*○●■□▶➢✓✔]\s+")


def apply_label(item: Item, current, employer, start, periods):
    """The entry after a labelled line ("Project: …", "기간: …", "회사명: …"): the current one, or
    a new one when the label starts the next project or employer."""
    value = item.text
    if item.field == labels.PROJECT and value:
        described = current.description and not current.awaiting_project  # "담당업무: …" above
        if current.project_name or current.achievements or current.tech_stack or described:
            current = start(employer, awaiting=False)
        elif current.duration and current.employer.company:
            current = _under_tenure(current, employer, start)
        found = find_periods(value)
        if found:
            periods.append(found[-1])
            _own_period(current, found[-1].text)
            value = trim(value.replace(found[-1].text, ""))
        current.project_name = value or None
        current.awaiting_project = False
    elif item.field == labels.TECH and value:
        current.tech_stack.extend(t for t in skill_names(line_items(value)) if t not in current.tech_stack)
    elif item.field == labels.TEAM:
        number = _NUMBER.search(value)
        if number:
            current.team_size = int(number.group())
    elif labels.states_work(item.field, value):  # "나의 역할 : URL을 암호화하는 SDK 개발"
        current.achievements.append(value)
    elif item.field == labels.POSITION and value and (not current.employer.position or current.employer.guessed):
        # "Frontend Developer (freelance)"; "포지션: 웹 개발 인턴" under a note line taken for the title
        current.description += [current.employer.position] if current.employer.position else []
        current.employer.position, current.employer.guessed = without_notes(value), False
    elif item.field == labels.COMPANY and value and not current.employer.company:
        value = _with_period(value, current, periods)
        current.employer.company = _company(value)
    elif item.field == labels.COMPANY and value:
        # "회사명: …" again: the next employer's block ("1. 회사명: A … 2. 회사명: B")
        current = start(dataclasses.replace(employer, company=_company(value), position=None, level=0), awaiting=True)
    elif item.field == labels.PERIOD and value:
        found = find_periods(value)
        if found:
            periods.append(found[0])
        _own_period(current, found[0].text if found else value)
    elif item.field in (labels.START, labels.END) and value:
        _stint_date(item.field, value, current, periods)
    elif item.field == labels.DEPARTMENT:
        pass  # "부서: 결제플랫폼팀": where the job sat, which the draft does not keep
    elif item.field in (labels.ACHIEVEMENTS, labels.ARCHITECTURE):
        if value:
            current.achievements.append(value)
    elif item.field == labels.DUTIES and value:
        # "담당업무: 주문 API 개발" describes the entry (the bullets under the label stay
        # achievements, as does a form's duty cell of one listed line, "- 지연을 10분으로 단축");
        # a project line after it opens an entry of its own, as after a bullet
        listed = _LISTED.match(value)
        (current.achievements if listed else current.description).append(_LISTED.sub("", value))
        current.awaiting_project = False
    elif item.field == labels.DESCRIPTION and value:
        current.description.append(value)
    elif value and item.field not in (labels.POSITION, labels.COMPANY):
        current.description.append(item.raw)
    return current


def _under_tenure(current, employer, start):
    """ "프로젝트명: …" under an employer read with its tenure ("회사명: …", "재직기간: 2019.01 ~
    2021.06"): the project is an entry of its own, dated with the tenure until a "기간:" line of
    its own says otherwise, so that line no longer overwrites the employment's period."""
    project = start(employer, awaiting=False)
    project.duration, project.tenure_of = current.duration, current
    return project


def _own_period(current, duration: str) -> None:
    """The entry's period; a project's own period beside the tenure it took keeps the tenure an
    entry too."""
    current.duration = duration
    if current.tenure_of is not None and current.tenure_of.duration != duration:
        current.tenure_of.tenure = True


def _stint_date(field: str, value: str, current, periods) -> None:
    """ "입사일: 2021.04" then "퇴사일: 2023.03" (or "재직중"): one period, written as the two
    dates were. A date after a whole period, or a start after any date, changes nothing."""
    if not current.duration:
        current.duration = value
        return
    if field == labels.START or find_periods(current.duration):
        return
    found = find_periods(f"{current.duration} ~ {value}")
    if found:
        periods.append(found[0])
        current.duration = found[0].text


def _with_period(value: str, current, periods) -> str:
    """ "별빛랩 (2017.09 ~ 현재, 8년차)": a period written beside the labelled employer is the
    entry's period (when it has none yet); the company is what stands before it."""
    found = find_periods(value)
    if not found or current.duration:
        return value
    periods.append(found[0])
    current.duration = found[0].text
    head = value[: value.find(found[0].text)]
    return trim(head.rstrip(" (（[")) or value


def _company(value: str) -> str:
    """ "Cobalt Robotics | Boston, MA" -> "Cobalt Robotics": a labelled employer is its first
    column; what a bar or a tab sets beside it is where, or what, not who."""
    return _COLUMN.split(value.strip(), maxsplit=1)[0].strip() or value
