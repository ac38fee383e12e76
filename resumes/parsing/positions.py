"""A position written in parts joined by "·": which parts are the job and which are not.

"Software Engineer · DevOps" is two roles, one position; "iOS · 대리" is a role and its grade,
which together say what the job was; "메이플 R&D실 · iOS (G2)" is a team, then the role: the team
says where the job was, not what it was, so it is off ("iOS (G2)"), as on the line under a
company heading (role_lines.py) and per the gold convention of the corpus README; "Backend Engineer
· 결제 플랫폼 (MAU 10만)" is a role and the product it worked on, whose position is the role.
The word classes are data: TEAM_SUFFIXES, GRADES, and the role words of role_words.py.
"""

from __future__ import annotations

import re

from resumes.parsing.entry_roles import without_status
from resumes.parsing.places import without_notes
from resumes.parsing.role_words import FIELD_WORDS

ROLE, TEAM, GRADE, OTHER = "role", "team", "grade", "other"
MAX_POSITION_CHARS = 100
# How the name of a team, a department or a lab ends ("플랫폼실", "결제팀", "AI Lab", "Core Team").
TEAM_SUFFIXES_KO = ("실", "팀", "본부", "파트", "그룹", "센터", "스쿼드", "사업부", "부문", "연구소", "챕터")
TEAM_WORDS_EN = frozenset(
    {"lab", "labs", "team", "squad", "group", "division", "department", "dept", "chapter", "tribe"}
)
# The team words that also end companies' own names ("Nuri Labs", "Hanbit Group"): after a
# company they are part of its name, not a department of it.
COMPANY_NAME_ENDINGS_EN = frozenset({"lab", "labs", "group", "chapter"})
DEPARTMENT_WORDS_EN = TEAM_WORDS_EN - COMPANY_NAME_ENDINGS_EN
# Korean job grades and the letter-number grade codes of large companies ("G2", "L4", "P3").
GRADES = frozenset({"사원", "주임", "대리", "과장", "차장", "부장", "선임", "책임", "수석", "전임", "정규직", "계약직"})
_GRADE_CODE = re.compile(r"^[A-Z]{1,2}\d{1,2}$")
_DOT = re.compile(r"\s+·\s+")
_SLASH = re.compile(r"\s+/\s+")
_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]")
_WORD = re.compile(r"[\w&+#.\-]+")


def part_kind(part: str) -> str:
    from resumes.parsing.roles import is_role  # roles.py reads this module for its splits

    plain = _NOTE.sub(" ", part).strip()
    words = _WORD.findall(plain)
    if not words:
        return GRADE if _grade_note(part) else OTHER
    compact = plain.replace(" ", "")
    if compact in GRADES or all(_GRADE_CODE.match(w) for w in words):
        return GRADE
    if words[-1].lower() in TEAM_WORDS_EN or (len(compact) > 1 and compact.endswith(TEAM_SUFFIXES_KO)):
        return TEAM
    if is_role(plain) or all(w.lower() in FIELD_WORDS for w in words):
        return ROLE
    return OTHER


def _grade_note(part: str) -> bool:
    inner = part.strip(" ()（）")
    return inner in GRADES or bool(_GRADE_CODE.match(inner))


def _is_job(kinds: list[str]) -> bool:
    return ROLE in kinds and all(kind != OTHER for kind in kinds)


def split_position(position: str | None) -> tuple[str | None, str]:
    """(the position, a note) for a position in "·" parts: the product beside a role is a note
    about the job ("Backend Engineer · 결제 플랫폼" -> "Backend Engineer", "결제 플랫폼"); roles, teams
    and grades stay together. Trailing brackets saying how or where the job was held come off
    whichever line gave the position."""
    if position:
        position = without_status(without_notes(position))  # "(Full-time) (Remote)", "재직": not what
    parts = _DOT.split(position or "")
    if len(parts) < 2:
        return _split_slashes(without_team(_without_slash_teams(position)))
    kinds = [part_kind(part) for part in parts]
    if ROLE in kinds and TEAM in kinds:  # "FE 개발팀 · Frontend Engineer": the team is off
        parts, kinds = _without_teams(parts, kinds)
        position = " · ".join(parts)
    if ROLE not in kinds or OTHER not in kinds:
        return position, ""
    kept = [part for part, kind in zip(parts, kinds, strict=True) if kind != OTHER]
    notes = [part for part, kind in zip(parts, kinds, strict=True) if kind == OTHER]
    return " · ".join(kept), " · ".join(notes)


def _without_teams(parts: list[str], kinds: list[str]) -> tuple[list[str], list[str]]:
    kept = [(part, kind) for part, kind in zip(parts, kinds, strict=True) if kind != TEAM]
    return [part for part, _ in kept], [kind for _, kind in kept]


_ANY_SLASH = re.compile(r"\s*/\s*")


def _without_slash_teams(position: str | None) -> str | None:
    """ "개발팀/대리", "Backend Engineer / Payments Team": a team beside the title or grade in a
    "팀/직급" cell says where the job was; the rest is the position ("대리/팀장" stays whole)."""
    parts = _ANY_SLASH.split(position or "")
    if len(parts) < 2:
        return position
    kinds = [part_kind(part) for part in parts]
    if TEAM not in kinds or not ({ROLE, GRADE} & set(kinds)):
        return position
    kept = [part for part, kind in zip(parts, kinds, strict=True) if kind != TEAM]
    return " / ".join(kept) if len(kept) > 1 and " / " in (position or "") else "/".join(kept)


_TEAM_HEAD_EN = frozenset({"team", "group", "division", "department", "dept"})


def without_team(position: str | None) -> str | None:
    """ "검색셀 백엔드 개발자" -> "백엔드 개발자", "Platform Team Backend Engineer" -> "Backend
    Engineer": the team written before the role says where the job was, not what it was (the
    format has no field for it). Only when what follows the team is a role; "·"-joined cells
    are split_position's."""
    from resumes.parsing.roles import is_role

    words = (position or "").split()
    cut = next((i + 1 for i, w in enumerate(words[:-1]) if w.lower() in _TEAM_HEAD_EN), 0)
    first = words[0] if words else ""
    korean = len(first) > 2 and first.endswith((*TEAM_SUFFIXES_KO, "셀")) and not first.isascii()
    cut = cut or (1 if korean and len(words) > 1 else 0)
    rest = " ".join(words[cut:]).lstrip("/·|,- ")  # "결제팀 / 백엔드 개발자"
    lead = rest.lower() in LEAD_TITLES or rest.lower() in {"manager", "leader", "head", "supervisor", "장"}
    # "Department Assistant", "Group Coordinator": a head word with one role word after it is the title
    whole = cut == 1 and rest.isascii() and len(rest.split()) == 1
    return rest if cut and not lead and not whole and is_role(rest) else position


def _split_slashes(position: str | None) -> tuple[str | None, str]:
    """ "서버 개발자 / 결제 / 정산": a role first and the domains it worked on after it is the role
    with a note; "Mobile / Android Engineer" (roles only) stays whole, and so does a list that
    does not open with a role, or names a role again after the domains ("기획 / 정산 개선 / PM":
    the duties of one job listed between its titles)."""
    from resumes.parsing.roles import is_role

    parts = _SLASH.split(position or "")
    if len(parts) < 2 or part_kind(parts[0]) != ROLE:
        return position, ""
    kinds = [part_kind(part) for part in parts]
    if OTHER not in kinds:
        return position, ""
    cut = kinds.index(OTHER)
    if any(is_role(part) for part in parts[cut:]):
        return position, ""
    return " / ".join(parts[:cut]), " / ".join(parts[cut:])


def role_with_note(text: str) -> bool:
    """ "Backend Engineer · 결제 플랫폼 (MAU 10만)": a role with a note about the job, a position."""
    from resumes.parsing.roles import is_role

    position, note = split_position(text)
    return bool(note) and len(text) <= MAX_POSITION_CHARS and is_role(position or "")


def merge_job_parts(title: str, parts: list[str]) -> list[str]:
    """The parts of a header line ("넥슨코리아 | 메이플 R&D실 · iOS (G2)") with the "·"-joined run
    of roles, teams and grades made one part again, so it is read as one position; only when
    another part (the employer) stays beside it."""
    groups: list[tuple[list[str], list[str]]] = []  # the parts of each merged part, and their kinds
    cursor = 0
    for part in parts:
        at = title.find(part, cursor)
        kind = part_kind(part)
        joined = at >= 0 and bool(_DOT.fullmatch(title[cursor:at]))
        if groups and joined and _is_job(groups[-1][1] + [kind]):
            groups[-1][0].append(part)
            groups[-1][1].append(kind)
        else:
            groups.append(([part], [kind]))
        cursor = at + len(part) if at >= 0 else cursor
    if len(groups) < 2 or len(groups) == len(parts):
        return parts
    return [" · ".join(group) for group, _ in groups]


# Titles of leading a unit, written beside the role they lead ("파트장 | 백엔드 엔지니어"): the
# role says what the job was, the lead title only how far it reached.
LEAD_TITLES = frozenset(
    {"파트장", "팀장", "셀장", "실장", "그룹장", "챕터장", "리드", "테크리드", "테크 리드", "파트리더", "팀리더"}
    | {"tech lead", "team lead", "lead", "team leader", "part leader", "chapter lead"}
)
