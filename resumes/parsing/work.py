"""Work entries: one per project, each carrying its company, position and period.

Two layouts are common and both are read. One block per role ("Company | Position  period", then
"Project: ...", description, bullets, "Tech: ..."), and a company line with its tenure followed by
dated project lines, each with its own description and bullets. A dated line is a new employer
when it names a position or carries a company marker ("(주)", "Inc."), else a project of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from resumes.parsing import labels
from resumes.parsing.blocks import BULLET, LABEL, TEXT, Item
from resumes.parsing.dates import Period
from resumes.parsing.places import is_place
from resumes.parsing.project_names import bare_name
from resumes.parsing.role_lines import role_line
from resumes.parsing.roles import (
    company_and_position,
    lead_split,
    looks_like_company_header,
    looks_like_location,
)
from resumes.parsing.work_entries import Employer, WorkEntry
from resumes.parsing.work_labels import apply_label as _apply_label
from resumes.parsing.work_lines import (
    another_employer,
    bare_period,
    before_entries,
    heading_titles,
    heads_role_stack,
    marked_company_under_title,
    names_employer,
    names_role,
    new_role,
    opens_employer,
    place_after_period,
    role_and_org,
    role_below,
    role_then_project,
    team_role,
    titles_tenure,
    whole_role,
    without_urls,
)
from resumes.parsing.work_projects import (
    client_heading,
    file_client_projects,
    file_project_employers,
    inside_tenure,
    keeps_tenure,
    listed_employer,
    titles_among_titles,
    titles_employer,
)

_TENURE_NOTE = re.compile(r"^\s*(?:총\s*(?:경력|근무\s*기간|재직\s*기간)|total\s+experience)\b", re.I)


@dataclass
class WorkSection:
    entries: list[dict]
    periods: list[Period]


def parse_work(items: list[Item]) -> WorkSection:
    reader = _WorkReader()
    for index, item in enumerate(items):
        if not (_TENURE_NOTE.match(item.text) or (reader.current is None and before_entries(item))):
            reader.read(item, *(items[index + 1 : index + 3] + [None, None])[:2])
    works = reader.finish()
    kept = [
        w
        for i, w in enumerate(works)
        if (w.has_content or w.tenure or not any(o.employer is w.employer for o in works[i + 1 :]))
    ]
    return WorkSection([w.as_dict() for w in kept], reader.periods)


class _WorkReader:
    """Entries as the items come: each rule one method, tried in order."""

    def __init__(self):
        self.works: list[WorkEntry] = []
        self.periods: list[Period] = []
        self.employer: Employer | None = None
        self.current: WorkEntry | None = None
        self.bullet_level: int | None = None  # the list depth whose dated items open employers
        self.last_kind = ""
        self.period_first = False  # the first employer opened with its period on a line of its own

    def start(self, employer: Employer, *, awaiting: bool) -> WorkEntry:
        self.employer = employer
        self.current = WorkEntry(employer=employer, awaiting_project=awaiting)
        self.works.append(self.current)
        return self.current

    def read(self, item: Item, following: Item | None, after: Item | None = None) -> None:
        if item.kind == TEXT and self.current is not None and heads_role_stack(item, following, after):
            self.start(Employer(company_and_position(item.text)[0]), awaiting=True)  # "**BBC**" over its roles
        else:
            self._read(item, following)
        self.last_kind = item.kind

    def _read(self, item: Item, following: Item | None) -> None:
        if item.period is not None and item.kind != LABEL:
            self.periods.append(item.period)
        if item.heading:
            self._heading(item, following)
        elif item.titles and (item.kind == BULLET or self.current is not None) and not labels.is_part_label(item.text):
            self._project_title(item.text)
        elif item.kind == BULLET and item.period is not None and self._bullet_employer(item, following):
            # "- 2023.06-2023.08: 바다물류 인턴", "- 누리전자 (2019-2022): 사내 시스템 개발"
            self.bullet_level = item.level
            self.start(Employer(*company_and_position(item.title)), awaiting=True)
            self.current.duration = item.period.text
            if item.rest:
                self.current.description.append(item.rest)
        elif item.period is not None and (item.kind == TEXT or titles_tenure(item.title, self.current)):
            self._dated_line(item, following)  # "- 2020.01 - 현재 기획 / PM" under the employer: its title
        elif item.kind == BULLET and item.period is not None and self.current is not None:
            # "• 멍냥예약 - 예약 플랫폼 (2024.05 ~ 2025.06)" under a company line
            self._project_title(item.title or None, duration=item.period.text)
        elif (
            item.kind == TEXT and self.current is not None and not self.period_first and opens_employer(item, following)
        ):
            self.start(Employer(*company_and_position(item.text)), awaiting=True)
        elif item.kind == TEXT and new_role(item, self.current, self.last_kind):
            self.start(Employer(self._stacked_company(following), item.text), awaiting=True)
        else:
            self._body(item)

    def _heading(self, item: Item, following: Item | None) -> None:
        """A heading opens an employer; one deeper than its employer's heading names that
        employer's position ("#### Software Engineer") or one of its projects."""
        title = (item.title if item.period is not None else item.text) or item.text
        employer, current = self.employer, self.current
        if employer is not None and current is not None and employer.level and item.level > employer.level:
            if item.period is None and labels.is_part_label(title):
                return  # "#### 문제", "#### [개발]": a part of the entry above
            if titles_employer(item, employer, current, title):  # "#### Engineer" or "#### Engineer · 2021 – now"
                employer.position, current.duration = title, current.duration or (item.period and item.period.text)
                return
            self._project_title(title, duration=item.period.text if item.period else None)
            return
        if item.period is None and (listed := listed_employer(title, item.level, self.works)) is not None:
            self.employer, self.current = listed.employer, listed  # "### 토끼상점" under a career table's row
            return
        client = client_heading(title, self.works) if item.period is None else None
        if client is not None:  # "### 2. 푸른은행 | 모바일 뱅킹 개편" in a career description
            work = self.start(client[0] or Employer(level=item.level), awaiting=False)
            work.project_name, work.client = client[1], client[0] is None
            return
        company, position = (item.company, item.position) if item.company else company_and_position(title)
        if company is None and position and self._stacked_company(following, item.period is not None):
            if employer.position is None and not current.has_content and current.duration is None:
                employer.position, current.duration = position, item.period and item.period.text  # "Acme", "Lead Dev"
                return
            company = employer.company
        self.start(Employer(company, position, level=item.level), awaiting=True)
        if item.period is not None:
            self.current.duration = item.period.text

    def _project_title(self, title: str | None, *, duration: str | None = None) -> None:
        if self.current is None:
            self.start(Employer(*company_and_position(title or "")), awaiting=True)
            return
        current = self.current
        if duration and keeps_tenure(current, duration):
            current.tenure = True
            current = self.start(self.employer, awaiting=False)
        elif not (
            current.awaiting_project
            and not current.project_name
            and not current.achievements
            and not current.tech_stack
        ):
            current = self.start(self.employer, awaiting=False)
        current.project_name = bare_name(labels.unlabelled_name(title))  # "프로젝트: 물류 정산 자동화", "[…]"
        current.awaiting_project = False
        if duration:
            current.duration = duration
        elif current.duration is None:
            current.duration = next(
                (w.duration for w in self.works if w.employer is self.employer and w.duration), None
            )

    def _bullet_employer(self, item: Item, following: Item | None) -> bool:
        """A dated list item is an employer line when it says what was done after its period,
        heads its own nested details, or sits beside earlier employer items."""
        if self.current is not None and inside_tenure(item, self.employer, self.works):
            return False  # "■ 쇼핑몰 리뉴얼 (2021.01 ~ 2021.06)" under its employer: a project
        if item.rest or self.current is None:
            return True
        if item.level == self.bullet_level:
            return True
        return (
            item.level <= 1
            and following is not None
            and (following.level > item.level or (following.kind == LABEL and following.field == labels.POSITION))
        )

    def _dated_line(self, item: Item, following: Item | None) -> None:
        company, position = lead_split(item.lead, item.title) or company_and_position(item.title)
        current = self.current
        fresh = current is not None and current.awaiting_project and not current.has_content
        if not item.title and current is not None and current.duration is None:
            current.duration = item.period.text  # "Apr 2020 - Present" on a line of its own
        elif fresh and not current.duration and current.employer.company and place_after_period(item.title, current):
            current.duration = item.period.text  # "### Engineer at Acme" then "*2019 - 2021* | Remote"
        elif fresh and current.duration is None and (company is None or looks_like_location(item.title)):
            # "(주)펫케어링크" on one line, "백엔드 개발자 | 2024.05 ~ 2025.06" on the next
            current.employer.position = current.employer.position or position
            current.duration = item.period.text
        elif fresh and not current.duration and current.employer.company and titles_tenure(item.title, current):
            # "Orbit Co." then "Embedded System Engineer  2019/04-2021/08": all of it is the title
            current.employer.position = current.employer.position or item.title
            current.duration = item.period.text
        elif fresh and current.duration is None and current.employer.company and role_then_project(item.title):
            # "Acme: Space Systems" then "ENGINEER - APOLLO: A LUNAR PROGRAM  2014 - 2017"
            (current.employer.position, note), current.duration = role_then_project(item.title), item.period.text
            current.description.append(note)
        elif fresh and current.duration is None and (not current.employer.company or heading_titles(current, company)):
            # "Software Engineer" then "Northwind Analytics – Jan 2022 to Present"; "### 현장감독" then "㈜ 가나건설 ⇥ …"
            current.employer.position = current.employer.position or current.employer.company
            current.employer.company, current.duration = company, item.period.text
        elif current is not None and self.employer.level and self.employer.company and (role := team_role(item.title)):
            # "2021.02 ~ 현재 | 검색팀 서버 개발": one stretch of the job under the company heading
            current = (
                current if fresh and current.duration is None else self.start(replace(self.employer), awaiting=True)
            )
            current.employer.position, current.duration = role, item.period.text
        elif (
            self.employer is None
            or looks_like_company_header(item.title)
            or names_role(following)
            or another_employer(item.title, item.period, current, self.works)
            or (self.period_first and not item.title)
        ):
            self.period_first = self.period_first or (self.employer is None and not item.title)
            if company is None and whole_role(item.title) and following is not None and following.kind == BULLET:
                company = self.employer.company if self.employer else None  # the next title at the same company
            self.start(Employer(company, position), awaiting=True)
            self.current.duration = item.period.text
        else:
            self._project_title(item.title or None, duration=item.period.text)

    def _stacked_company(self, following: Item | None, dated: bool = False) -> str | None:
        """A title over a bare period, or a dated title over bullets, is another role at the company above."""
        stacked = (following is not None and following.kind == BULLET) if dated else bare_period(following)
        return self.employer.company if stacked and self.employer is not None else None

    def _body(self, item: Item) -> None:
        if self.current is None:
            if item.kind == TEXT:
                self.start(
                    Employer(*(lead_split(item.lead, item.text) or company_and_position(item.text))), awaiting=True
                )
                return
            self.start(Employer(), awaiting=False)
        current = self.current
        if item.kind == LABEL:
            self.current = _apply_label(item, current, self.employer, self.start, self.periods)
        elif item.kind == BULLET:
            current.achievements.append(item.text)
            current.awaiting_project = False
        elif (
            current.awaiting_project
            and not current.has_content
            and current.employer == Employer()
            and (split := lead_split(item.lead, item.text) or role_and_org(item.text))
        ):
            # "* (May 2020 - Jun 2023)" then "***Lecturer***, Northvale College"
            current.employer.company, current.employer.position = split
        elif current.awaiting_project and not current.has_content and (bar := role_line(item.text)):
            current.employer.position = bar  # "백엔드 개발자 · 결제플랫폼팀", "정규직 | 파트장 | 백엔드"
        elif current.awaiting_project and not current.has_content and (title := role_below(current, item.text)):
            # "Lead Data Engineer", "Lead Data Engineer, Oslo", "Data Engineer · 결제 플랫폼" under the company;
            # a team read as the header's position ("Acme, Data Platform ⇥ 2021 –") gives way to it
            current.description += [p for p in [current.employer.position] if p and not is_place(p)]
            current.employer.position, current.employer.guessed = title, True
        elif (
            current.awaiting_project
            and not current.has_content
            and (marked := marked_company_under_title(item.text, current.employer.company, current.employer.position))
        ):
            current.employer.company, current.employer.position = marked  # "(주)하늘데이터 사원"
        elif (
            current.awaiting_project
            and not current.has_content
            and current.employer.company is None
            and (current.employer.position is not None or (current.duration and names_employer(item.text)))
            and len(item.text) <= 80
        ):
            # "DevOps Engineer" then "Cobalt Robotics https://… | Boston, MA"; "2019.03 ~ 2021.12" then "가나다소프트"
            current.employer.company = company_and_position(without_urls(item.text))[0]
        else:
            current.description.append(item.text)

    def finish(self) -> list[WorkEntry]:
        """The entries, with projects, client projects and title rows filed (work_projects.py)."""
        file_project_employers(self.works)
        file_client_projects(self.works)
        titles_among_titles(self.works)
        return self.works
