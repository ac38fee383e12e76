"""Which line of a work section is what, for the work reader (work.py): a line to skip before
the first entry, a line naming a position, an employer line over its dated role line."""

from __future__ import annotations

import re

from resumes.parsing.blocks import BULLET, TEXT, Item
from resumes.parsing.contact import is_personal_field
from resumes.parsing.dates import find_periods
from resumes.parsing.places import WORK_MODES, is_employment_phrase, is_place, without_mode_note
from resumes.parsing.positions import role_with_note
from resumes.parsing.role_lines import role_line, role_list
from resumes.parsing.roles import (
    DASH_SEPARATOR,
    company_and_position,
    has_company_marker,
    is_field_word,
    is_role,
    role_without_location,
    split_trailing_role,
    title_parts,
    top_level_split,
)
from resumes.parsing.technologies import skill_key
from resumes.parsing.urls import find_urls

_HEADER_PARTS = re.compile(rf"{DASH_SEPARATOR}|\s*\|\s*")
_BRACKETED = re.compile(r"[\[【<][^\]】>]+[\]】>]")
# A sentence ends in a verb ending ("…작성되었습니다."); no company name does.
_VERB_ENDING = re.compile(r"(?:니다|었다|았다|였다|했다|한다|된다|이다|어요|아요|해요|에요|예요)[.!]?$")


def before_entries(item: Item) -> bool:
    """Lines above the first employer that are no entry: personal details ("연 락 처: …") under a
    title such as "경력기술서" read as the work heading, bracketed subheadings ("[경력 요약]") and an
    introducing sentence ("경력 사항은 날짜 내림차순으로 작성되었습니다.")."""
    return is_personal_field(item.text) or (
        item.kind == TEXT
        and item.period is None
        and (
            _BRACKETED.fullmatch(item.text) is not None
            or (not item.heading and _VERB_ENDING.search(item.text.strip()) is not None)
        )
    )


def names_role(item: Item | None) -> bool:
    """The line under a dated employer line that gives the position ("Staff Software Engineer",
    "Staff Software Engineer, Oslo", "백엔드 개발자 · 결제플랫폼팀")."""
    return (
        item is not None
        and item.kind == TEXT
        and item.period is None
        and len(item.text) <= 50
        and bool(is_role(item.text) or role_without_location(item.text) or role_line(item.text))
    )


def holds_role(position: str | None) -> bool:
    """A position that names a job ("Data Engineer", "Data Engineer, Oslo", "Engineer · 결제
    플랫폼", "서버 개발자 | 플랫폼개발팀"), not a team or a note read in its place."""
    return bool(position) and bool(
        is_role(position) or role_without_location(position) or role_with_note(position) or role_line(position)
    )


def role_below(work, text: str) -> str | None:
    """The job title a short line under an employer header gives ("Senior Data Engineer",
    "Lead Data Engineer, Oslo", "Data Engineer · 결제 플랫폼"), when the header named no job:
    the position, never the entry's description. None otherwise."""
    if holds_role(work.employer.position) or not (
        is_role(text) or role_without_location(text) or role_with_note(text) or role_list(text)
    ):
        return None
    return text if is_role(text) or role_list(text) else role_without_location(text) or text


def opens_employer(item: Item, following: Item | None) -> bool:
    """An undated line naming the employer, followed by its dated "position | period" line."""
    if following is None or following.kind != TEXT or following.period is None or following.heading:
        return False  # a dated heading names its own employer
    company, _ = company_and_position(following.title)
    named = company is None or whole_role(following.title) or bool(role_then_project(following.title))
    # "Alder Co." again over "Abuse Desk Team ⇥ 2011/03-2013/04": the legal form names an employer
    marked = has_company_marker(item.text) and not has_company_marker(following.title) and len(item.text.split()) <= 6
    # "Part-time, Summer 2009": a dated line saying only how the job was held is the new employer's
    return (named or marked or is_employment_phrase(following.title)) and len(item.text) <= 60


_ROLE_DASH = re.compile(r"\s+[-–—]\s+")


def role_then_project(title: str) -> tuple[str, str] | None:
    """ "ENGINEER - APOLLO: A LUNAR PROGRAM" under the company's line: the role, then what the
    work was on (a name with its subtitle, or a line in capitals), which names no employer."""
    parts = _ROLE_DASH.split(title, maxsplit=1)
    if len(parts) != 2 or not is_role(parts[0]) or has_company_marker(title):
        return None
    rest = parts[1].strip()
    return (parts[0].strip(), rest) if re.search(r"\w: \w", rest) or rest.isupper() and not is_role(rest) else None


def whole_role(title: str) -> bool:
    """A title of one part that is a job title as a whole ("Embedded System Engineer"): under a
    company line it is the position, not a company "Embedded" followed by "System Engineer"."""
    parts = title_parts(title)
    if len(parts) != 1 or not is_role(parts[0]) or has_company_marker(parts[0]):
        return False
    # "GAMMA WORKS Senior SE" names its employer in capitals before the title
    return not (parts[0].isascii() and split_trailing_role(parts[0]))


def titles_tenure(title: str, current) -> bool:
    """A dated line right under an employer line that named no title, before anything else of the
    entry ("Orbit Co." over "Firmware Engineer  2019/04-2021/08", "가나상사" over "2020.01 -
    현재 ⇥ 기획 / 운영 / PM"): its text is the job title, its period the tenure, not a project."""
    return (
        current is not None
        and current.awaiting_project
        and not current.has_content
        and current.duration is None
        and bool(current.employer.company)
        and (whole_role(title) or role_list(title) is not None)
    )


def without_urls(text: str) -> str:
    for url in find_urls(text):
        text = text.replace(url, " ")
    return " ".join(text.split())


def role_then_org(text: str) -> tuple[str, str] | None:
    """ "Lecturer, Dept. of Physics, Northvale College" under a bare dated item (an academic CV
    printed without its emphasis): a job title first, the organisation last, a place dropped."""
    parts = [part.strip() for part in text.split(", ") if part.strip()]
    for size in (2, 1):  # "…, Leeds, UK", "…, Remote"
        if len(parts) >= size + 2 and is_place(", ".join(parts[-size:])):
            parts = parts[:-size]
            break
    if len(parts) < 2 or len(text) > 80 or not is_role(parts[0]) or has_company_marker(parts[0]):
        return None
    if is_role(parts[-1]) or is_place(parts[-1]):
        return None
    return parts[-1], ", ".join(parts[:-1])


def org_then_role(text: str) -> tuple[str, str] | None:
    """ "노을정보기술 개발팀 주임" under a bare dated item (a portfolio's career list, the team and
    grade in a <span> after the company): the company first, then the job; the team comes off
    the position later. None when the first part is itself a team ("플랫폼팀 백엔드 개발자")."""
    from resumes.parsing.positions import TEAM, part_kind

    company, position = company_and_position(text)
    if not company or not position or len(text) > 60 or not is_role(position) or part_kind(company) == TEAM:
        return None
    return company, position


def role_and_org(text: str) -> tuple[str, str] | None:
    """(the organisation, the role) of a line under a bare dated item, in either order."""
    return role_then_org(text) or org_then_role(text)


# A city's name written out ("Nizhniy Novgorod", "Saint-Petersburg"): one to three capitalised words.
_CITY_SHAPE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){0,2}$")
# Words that name what was built, never where ("Payments Platform", "Billing Service").
THING_WORDS = frozenset(
    {"platform", "system", "service", "services", "app", "application", "project", "api", "tool", "tools"}
    | {"engine", "bot", "site", "website", "portal", "pipeline", "migration", "redesign", "launch", "team"}
)


def place_after_period(title: str, work=None) -> bool:
    """ "*03.2015 - present* | Remote job", "… | Nizhniy Novgorod" under a heading that named the
    employer and the position: what follows the period is where the job was, not a project.
    A work mode in brackets after a city ("Springfield (remote);") says so as well."""
    title = without_mode_note(title)
    words = title.lower().replace("-", " ").split()
    if not words or len(title) > 30 or (work is not None and not work.employer.position):
        return False
    if is_place(title) or (words[0] in WORK_MODES and len(words) <= 2):
        return True
    return (
        bool(_CITY_SHAPE.match(title))
        and not THING_WORDS & set(words)
        and not is_role(title)
        and not has_company_marker(title)
        and skill_key(title) is None
    )


def marked_company_under_title(text: str, company: str | None, position: str | None) -> tuple[str, str] | None:
    """ "**PG 서버 개발자**", its period, then "(주)하늘데이터 사원": the line with a company marker
    names the employer, and the title line above it (read as best it could be, perhaps split into
    a "company" and a role) is the position as a whole. (company, position) or None."""
    if not has_company_marker(text) or (company and has_company_marker(company)) or len(text) > 60:
        return None
    title = " ".join(part for part in (company, position) if part)
    found, _ = company_and_position(text)
    if not found or not title or not is_role(title):
        return None
    return found, title


def team_role(title: str | None) -> str | None:
    """ "2021.02 ~ 현재 | 검색팀 서버 개발" under a company heading: a team and a role (or the role
    alone) after the period is the position of that stretch of the job, not a project; the team
    is the department and drops. "글램 서비스 개발" (a product being built) is None."""
    from resumes.parsing.positions import TEAM, part_kind  # positions.py reads roles.py

    words = (title or "").split()
    if words and part_kind(words[0]) == TEAM:
        words = words[1:]
    role = " ".join(words)
    if not role or len(role) > 40 or has_company_marker(role):
        return None
    return role if is_role(role) or all(is_field_word(word) for word in words) else None


def bare_period(item: Item | None) -> bool:
    """A line that is only a period ("July 2023 – Present")."""
    return item is not None and item.period is not None and not item.title


def heads_role_stack(item: Item, following: Item | None, after: Item | None) -> bool:
    """ "**BBC**" over "Web Developer" over "Feb 2016 – Jan 2017": a bold line naming no role, over
    a title line over a bare period, names the employer of the roles stacked under it."""
    return (
        item.strong
        and item.period is None
        and len(item.text) <= 60
        and not is_role(item.text)
        and following is not None
        and (following.heading or following.strong)
        and is_role(following.title or following.text)
        and (bare_period(after) if following.period is None else after is not None and after.kind == BULLET)
    )


def another_employer(title: str, period, current, works: list) -> bool:
    """ "Cobalt Lawn Care — Field Rep — Apr 2019 - Sep. 2019" under "Bluefin LLC — Route Driver —
    Oct 2022 - Present": a dated line of two or more parts joined as a header's are (dashes or
    bars; commas list what a project covered), under an employer whose header named its title and
    tenure, with a period outside that tenure, is the next employer; a project is dated within it.
    A bare name ("Blue Harbor ⇥ 2019.03 – 2021.02": no sentence, role or place) is too when its
    period lies wholly before or after that tenure; one overlapping it stays a project."""
    header = next((w for w in works if current is not None and w.employer is current.employer), None)
    if header is None or not (header.employer.company and header.employer.position and header.duration):
        return False
    tenure = find_periods(header.duration)
    if not tenure:
        return False
    if len(top_level_split(_HEADER_PARTS, title)) < 2:
        return names_employer(title) and _apart(period, tenure[0])
    return not _within(period, tenure[0])


def _apart(one, other) -> bool:
    """Two periods that share no month."""
    return (one.end is not None and one.end.index < other.start.index) or (
        other.end is not None and other.end.index < one.start.index
    )


def _within(inner, outer) -> bool:
    return outer.start.index <= inner.start.index and (
        outer.end is None or (inner.end is not None and inner.end.index <= outer.end.index)
    )


def covering(work, employers: list):
    """The employer entry whose period holds the work's period, or None."""
    inner = find_periods(work.duration or "")
    for other in employers:
        outer = find_periods(other.duration or "")
        if inner and outer and _within(inner[0], outer[0]):
            return other
    return None


MAX_EMPLOYER_WORDS = 6


def names_employer(text: str) -> bool:
    """A short line that is no sentence, role or place: under an entry opened by its period alone
    ("2019.03 ~ 2021.12 (2년 10개월)" over "가나다소프트" over "개발팀 | 대리"), it names the employer."""
    words = text.split()
    return (
        0 < len(words) <= MAX_EMPLOYER_WORDS
        and len(text) <= 50
        and not text.rstrip().endswith((".", ":", "：", "다"))
        and not _VERB_ENDING.search(text)
        and not is_role(text)
        and not is_place(text)
        and not find_urls(text)
    )


def new_role(item: Item, current, last_kind: str) -> bool:
    """A bold job title after an entry's content opens the next entry ("**Web Developer**")."""
    return (
        (item.strong or last_kind == BULLET)
        and current is not None
        and current.has_content
        and len(item.text) <= 60
        and is_role(item.text)
    )


def heading_titles(work, company: str | None) -> bool:
    """ "### 현장감독" (an undated heading) over "㈜ 가나건설 ⇥ 2022.10 - 2022.11": a heading with no
    legal form over a dated row whose name has one is the job's title, the row its employer."""
    employer = work.employer
    return (
        employer.level > 0
        and employer.position is None
        and bool(company)
        and has_company_marker(company or "")
        and not has_company_marker(employer.company or "")
        and len((employer.company or "").split()) <= MAX_EMPLOYER_WORDS
    )
