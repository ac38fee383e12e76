"""Projects written as entries under the work heading, for the work reader (work.py): a project
heading with its own period beside an employer's tenure, and a career description's client
headings ("### 2. 푸른은행 | 모바일 뱅킹 개편") filed under the employer they were done for."""

from __future__ import annotations

from resumes.parsing.company_names import company_key
from resumes.parsing.roles import has_company_marker, is_role, title_parts
from resumes.parsing.work_lines import covering


def titles_employer(item, employer, work, title: str) -> bool:
    """A heading under an employer's heading that names the job ("#### Software Engineer"),
    undated or carrying the tenure the employer heading lacks ("<h4>Engineer</h4>
    <h5>Mar 2021 - Present</h5>"): the employer's position, not one of its projects."""
    if employer.position is not None or work.has_content or not is_role(title):
        return False
    return item.period is None or work.duration is None


def keeps_tenure(work, duration: str) -> bool:
    """An employer written with its period (a heading "### 회사 `2021.04 ~ 2023.10`", or a line
    "회사 ⇥ 2024.02 ~ 재직 중") meets a project title with a period of its own: the tenure stays
    an entry instead of being overwritten, so the employment itself is not lost."""
    return (
        (work.employer.level > 0 or bool(work.employer.company))
        and work.awaiting_project
        and not work.has_content
        and work.duration is not None
        and work.duration != duration
    )


def _first_word(company: str | None) -> str:
    words = (company or "").replace("(주)", " ").replace("㈜", " ").replace("주식회사", " ").split()
    return words[0].lower() if words else ""


def client_heading(title: str, works: list) -> tuple[object | None, str] | None:
    """ "2. 푸른은행 | 모바일 뱅킹 개편" after the employers were listed with their roles and
    periods: a project ("모바일 뱅킹 개편") done for a client or for one of those employers. (the
    employer entry it names, or None when the heading names a client; the project) or None."""
    parts = title_parts(title)
    employers = [w for w in works if w.employer.company and w.employer.position and w.duration]
    if len(parts) != 2 or not employers or any(is_role(part) for part in parts):
        return None
    if has_company_marker(parts[1]):
        return None
    owner = next((w for w in employers if _first_word(w.employer.company) == _first_word(parts[0])), None)
    return (owner.employer if owner else None), parts[1]


def file_client_projects(works: list) -> None:
    """Client projects find their employer: the one the "소속: 별빛상사" line names (its first
    word), else the one whose period holds the project's."""
    employers = [w for w in works if w.employer.position and w.employer.company]
    for work in works:
        if not getattr(work, "client", False) or work.employer.position:
            continue
        named = _first_word(work.employer.company)
        owner = next((w for w in employers if named and _first_word(w.employer.company) == named), None)
        owner = owner or covering(work, employers)
        if owner is not None:
            work.employer = owner.employer


def file_project_employers(works: list) -> None:
    """Entries under the work heading that are projects, not employers ("경력 기술서" listing
    projects after the companies): no position, no company marker, a period inside an
    employer's, are filed under that employer."""
    employers = [w for w in works if w.employer.position]
    for work in works:
        employer = work.employer
        if (
            employer.position is None
            and employer.level
            and employers
            and work.project_name is None
            and employer.company
            and not has_company_marker(employer.company)
            and (work.tech_stack or work.achievements)
        ):
            owner = covering(work, employers) or (None if work.duration else employers[0])
            if owner is not None:  # dated outside every employer's period: an employer of its own
                work.project_name, work.employer = employer.company, owner.employer


def listed_employer(title: str, level: int, works: list):
    """The entry an undated heading details when it names an employer already read with its
    title and period and nothing else (a career table's row, then "### 토끼상점" with the duties
    there): the heading's lines belong to that entry instead of opening a bare one. Only an entry
    read at a deeper level (a table row), so a heading repeated on its own level stays a new entry."""
    key = company_key(title)
    return next(
        (
            w
            for w in works
            if key
            and company_key(w.employer.company) == key
            and w.employer.level > level
            and w.duration
            and not (w.achievements or w.description or w.project_name)
        ),
        None,
    )


def inside_tenure(item, employer, works: list) -> bool:
    """A dated list item under an employer ("■ 쇼핑몰 리뉴얼 (2021.01 ~ 2021.06)", "1. 정산 자동화
    (2022.01 ~ 2022.09)" under "가나소프트 2020.01 ~ 2023.06") whose period lies inside that
    employer's tenure, and that names no role and no company: one of its projects, however
    its details are nested. The tenure may come from an earlier line naming the same employer
    (a career summary, then the 경력기술서 heading "### 가나소프트")."""
    title = item.title or ""
    if employer is None or not employer.company or not title or is_role(title) or has_company_marker(title):
        return False
    key = company_key(employer.company)
    tenures = [w for w in works if w.duration and company_key(w.employer.company) == key]
    return covering(_Dated(item.period.text), tenures) is not None


class _Dated:
    """The one attribute `covering` reads of an entry."""

    def __init__(self, duration: str):
        self.duration = duration


def titles_among_titles(works: list) -> None:
    """ "Abuse Desk Team ⇥ 2011/03-2013/04" under an undated "Alder Co.", then "Fraud Analyst
    ⇥ 2009/08-2011/02" at the same employer: a dated row read as a project (no role word in it) whose
    next sibling is a dated title row of the same employer is a title row too, the stint's position."""
    for work, following in zip(works, works[1:], strict=False):
        employer, other = work.employer, following.employer
        if (
            work.project_name
            and employer.position is None
            and employer.company
            and company_key(other.company) == company_key(employer.company)
            and other.position
            and following.project_name is None
            and work.duration
            and following.duration
            and len(title_parts(work.project_name)) == 1
            and sum(w.employer is employer for w in works) == 1
        ):
            employer.position, work.project_name = work.project_name, None
