"""The line under a company heading that writes the job title with where and how it was held.

"**백엔드 개발자** · 결제플랫폼팀", "서버 개발자 | 플랫폼개발팀", "Payments Team | Senior Backend
Engineer", "Software Engineer | Full-time", "정규직 | 파트장 | 백엔드": parts joined by "·", "|",
"/", ",", "-", "–" or "—", one of them a role and every other one a team or department, a grade, an
employment type, a status or a lead title. The position is the role part as written (a grade in
its own brackets stays: "백엔드 개발자 (사원)"); the other parts say where or how the job was held,
which the resume format has no field for (the gold conventions of the corpus README). A line with
any other part (a product, a sentence, a stack) names no position, so it stays a description.
The word classes are data: the unit words here, TEAM_SUFFIXES_KO, GRADES and LEAD_TITLES of
positions.py, STATUS_WORDS of entry_roles.py, EMPLOYMENT_TYPES of places.py.
"""

from __future__ import annotations

import re

from resumes.parsing.entry_roles import STATUS_WORDS
from resumes.parsing.places import is_employment_type
from resumes.parsing.positions import (
    GRADE,
    LEAD_TITLES,
    OTHER,
    ROLE,
    TEAM,
    TEAM_SUFFIXES_KO,
    TEAM_WORDS_EN,
    part_kind,
)
from resumes.parsing.roles import has_company_marker, is_role, top_level_split

# Separators between the parts of the line; "/" and dashes only with spaces ("iOS/Android 개발자",
# "Full-Stack Developer" are one part), "·" only with spaces ("UI·UX 디자이너").
_SEPARATORS = re.compile(r"\s+[·/\-–—]\s+|\s*\|\s*|,\s+")
# Units written after a name that the team words of positions.py leave out ("AI랩", "검색셀",
# "Payments Platform", "Finance Office").
UNIT_SUFFIXES_KO = (*TEAM_SUFFIXES_KO, "셀", "랩")
UNIT_WORDS_EN = TEAM_WORDS_EN | {"platform", "office", "unit", "org", "organization", "engineering"}
# A trainee's post, an employment type when a role stands beside it ("백엔드 개발자 · 인턴").
TRAINEE_WORDS = frozenset({"인턴", "intern", "internship", "인턴십"})
HOW, LEAD, TRAINEE = "how", "lead", "trainee"
# How a Korean word inside a clause ends (a particle or a verb ending): a role part with one before
# its last word is a sentence about the job ("정산을 개발한 개발자"), not a title.
CLAUSE_ENDINGS_KO = ("을", "를", "에서", "으로", "하여", "하는", "했던", "한", "된")
MAX_LINE_CHARS = 60
MAX_ROLE_WORDS = 5


def role_line(text: str) -> str | None:
    """The role part of a line of a role and the team, grade, employment type, status or lead
    title it was held with; None for any other line."""
    text = text.strip(" |")
    parts = top_level_split(_SEPARATORS, text)
    if len(parts) < 2 or len(text) > MAX_LINE_CHARS:
        return None
    kinds = [_kind(part) for part in parts]
    if OTHER in kinds:
        return None
    for wanted in (ROLE, LEAD, TRAINEE):  # "정규직 | 파트장 | 백엔드": the role over the lead title
        found = [part for part, kind in zip(parts, kinds, strict=True) if kind == wanted]
        if found:
            return found[0] if len(found) == 1 and _plain_title(found[0]) else None
    return None


def _kind(part: str) -> str:
    lowered = part.strip(" ()（）").lower()
    if lowered in TRAINEE_WORDS:
        return TRAINEE
    if is_employment_type(part) or lowered in STATUS_WORDS:
        return HOW
    if lowered in LEAD_TITLES:
        return LEAD
    kind = part_kind(part)  # a role, a team or a grade
    # "Platform" alone is a field word to part_kind, beside a role the unit the job was in
    return TEAM if kind in (ROLE, OTHER) and _unit(part) and not is_role(part) else kind


def _unit(part: str) -> bool:
    """ "AI랩", "검색셀", "Payments Platform": the name of a unit inside the employer."""
    words = part.split()
    if not words or len(words) > 4 or has_company_marker(part):
        return False
    if part.isascii():
        return words[-1].lower() in UNIT_WORDS_EN and all(w[0].isupper() or w[0].isdigit() for w in words)
    return len(words[-1]) > 2 and words[-1].endswith(UNIT_SUFFIXES_KO)


def _plain_title(part: str) -> bool:
    """A title, not a sentence or a name with a legal form."""
    words = part.split()
    if len(words) > MAX_ROLE_WORDS or has_company_marker(part) or part.endswith(("다", ".")):
        return False
    return not any(not w.isascii() and w.endswith(CLAUSE_ENDINGS_KO) for w in words[:-1])


_SLASH = re.compile(r"\s+/\s+")
MAX_LIST_PARTS = 4
MAX_LIST_PART_CHARS = 20


def role_list(text: str) -> str | None:
    """ "차장 / 파트장 / 정산 설계", "기획 / 정산 개선 / PM": the grades, titles and duties of one
    job listed with spaced slashes, under its employer. One part naming a role or a grade makes
    the whole line the position, as written (which part is "the" title is the writer's to say);
    a line with a sentence, a legal form or a long part is None."""
    text = text.strip()
    parts = top_level_split(_SLASH, text)
    if not 2 <= len(parts) <= MAX_LIST_PARTS or len(text) > MAX_LINE_CHARS or has_company_marker(text):
        return None
    if any(len(part) > MAX_LIST_PART_CHARS or not _plain_title(part) for part in parts):
        return None
    return text if any(is_role(part) or _kind(part) in (GRADE, LEAD) for part in parts) else None
