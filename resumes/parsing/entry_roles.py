"""The role on a dated line under a company heading, as Korean resumes write it.

"**배송 관리 서비스 / 백엔드 개발자** (2021.01 ~ 2022.02)" names the service worked on and the
role held: the side with role words is the position, the other side the project. A bracket
after the role ("창업자 (풀스택 개발)") is a note about it; a line that only says what kind of
work it was ("데이터 엔지니어링", "프리랜서 웹 개발") is the position, never a project name.
A status word after a title ("백엔드 엔지니어 재직") says the job is running, not what it is.
The word classes are data: WORK_NOUNS here, the role and field words of role_words.py.
"""

from __future__ import annotations

import re

from resumes.parsing.role_words import FIELD_WORDS, ROLE_WORDS_KO

# Nouns naming a kind of work, which end a position written as the work done ("풀스택 개발").
WORK_NOUNS = frozenset({"개발", "엔지니어링", "운영", "기획", "디자인", "연구", "분석", "퍼블리싱", "설계"})
# Words after a title that say whether the job is still held, not what it is.
STATUS_WORDS = ("재직 중", "재직중", "재직", "근무 중", "근무중", "근무", "퇴사", "현재")
_SLASH = re.compile(r"\s+/\s+")
# A bracketed note ending a line ("창업자 (풀스택 개발)", "누리랩 (스타트업)"); entry_headings reads it too.
TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_STATUS = re.compile(rf"\s+(?:{'|'.join(STATUS_WORDS)})$")


def without_status(position: str | None) -> str | None:
    """ "백엔드 엔지니어 재직" -> "백엔드 엔지니어"; a status word alone stays what it is."""
    from resumes.parsing.roles import is_role

    if not position:
        return position
    head = _STATUS.sub("", position)
    return head if head != position and is_role(head) else position


def work_phrase(text: str) -> bool:
    """ "데이터 엔지니어링", "프리랜서 풀스택 개발": a kind of work and the field it was in, every
    word a field or role word, the last one a noun of work."""
    words = text.split()
    if not words or len(words) > 4 or words[-1] not in WORK_NOUNS:
        return False
    return all(w.lower() in FIELD_WORDS or w in WORK_NOUNS or w in ROLE_WORDS_KO for w in words[:-1])


def _role_side(part: str) -> str | None:
    from resumes.parsing.roles import has_company_marker, is_role

    plain = TRAILING_NOTE.sub("", part).strip()
    if not plain or has_company_marker(plain) or not (is_role(plain) or work_phrase(plain)):
        return None
    return plain


def service_and_role(title: str) -> tuple[str | None, str] | None:
    """(the project, the position) of "서비스 / 직무" or of a role alone, None when the line
    names no role: the side with role words is the position whichever side it is on."""
    parts = _SLASH.split(title.strip())
    if len(parts) == 1:
        role = _role_side(parts[0])
        return (None, role) if role and not re.search(r"[A-Za-z]", parts[0]) else None
    if len(parts) != 2:
        return None
    first, second = _role_side(parts[0]), _role_side(parts[1])
    if second and _joined_roles(parts[0]):
        return None  # "개발팀 · Frontend / Full-stack Engineer": two roles, one position
    if second and not first:
        return _unless_team(parts[0].strip()), second
    if first and not second:
        return _unless_team(parts[1].strip()), first
    return None


def _unless_team(side: str) -> str | None:
    """ "결제플랫폼팀 / 선임 연구원": a team beside the role is where the job was, not a project."""
    from resumes.parsing.positions import TEAM, part_kind

    return None if part_kind(side) == TEAM else side


_DOT = re.compile(r"\s+·\s+")


def _joined_roles(left: str) -> bool:
    """ "Frontend" before "/ Full-stack Engineer" (perhaps after a team: "개발팀 · Frontend"): the
    slash joins two roles of one position, not a service and a role."""
    from resumes.parsing.positions import ROLE, part_kind

    return part_kind(_DOT.split(left.strip())[-1]) == ROLE
