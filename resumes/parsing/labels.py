"""Field labels inside an entry: "Tech: ...", "기술 스택: ...", "팀 규모: 5명", "GitHub: ...".

A label is recognised only from the field lexicon (field_words.yaml, the words every reader
shares), so prose with a colon ("Talk: Backpressure patterns") stays prose.
"""

from __future__ import annotations

import re

from resumes.parsing.field_words import field_key, header_text, reader_fields, words
from resumes.parsing.lines import Line

PROJECT = "project"
TECH = "tech"
TEAM = "team"
POSITION = "position"
COMPANY = "company"
DESCRIPTION = "description"
ACHIEVEMENTS = "achievements"
# "담당업무: 주문 API 개발": the duty the entry describes, where "성과:" lists what came of it
DUTIES = "duties"
ARCHITECTURE = "architecture"
PERIOD = "period"
GITHUB = "github"
DEMO = "demo"
LINK = "link"
ISSUER = "issuer"
DEPARTMENT = "department"  # "부서: 결제플랫폼팀": where the job sat, which the draft does not keep
START, END = "start", "end"  # "입사일: 2021.04", "퇴사일: 2023.03": a period in two labels

_key = field_key
_FIELDS = reader_fields("labels")
_COLON_LABEL = re.compile(r"^([^:：\t]{1,30}?)\s*[:：]\s*(.*)$")
_BRACKET_LABEL = re.compile(r"^[\[【<]([^\]】>]{1,20})[\]】>]\s*(.*)$")
# "사용기술-Delphi, MySQL", "Tech stack – React": a stack label may end in a dash, not a colon.
_DASH_LABEL = re.compile(r"^([^\-–—:：\t]{1,30}?)\s*[-–—]\s*(\S.*)$")


_JOINER = re.compile(r"\s+(?:및|과|와|&|and|/)\s+|\s*[&/]\s*", re.IGNORECASE)


# Where in the company the job was: beside a field in a joined label ("부서/직급: 개발팀 / 과장")
# the department is a note on that field's value, which the position reader trims.
# Beside a title word in one label ("부서/직급", "소속/직책") these name where the job sat, not the employer.
_DEPARTMENT_WORDS = frozenset({field_key(w) for w in (*words(DEPARTMENT), "소속", "팀", "team")})


def _joined_field(label: str) -> str | None:
    """ "주요 업무 및 성과", "Responsibilities & Achievements": labels joined into one label; what
    it lists is the achievements when one of them names them, else the first one's field."""
    parts = [part for part in _JOINER.split(label) if _key(part) not in _DEPARTMENT_WORDS] or [label]
    if len(parts) == 1 and parts[0] != label and _FIELDS.get(_key(parts[0])) == POSITION:
        return POSITION  # "부서/직급", "Team / Title"
    fields = [_FIELDS.get(_key(part)) for part in parts]
    if len(parts) < 2 or None in fields:
        return None
    return ACHIEVEMENTS if ACHIEVEMENTS in fields else fields[0]


def field_of(text: str) -> str | None:
    """The field a bare label names ("기간", "Tech Stack"), or None."""
    return _FIELDS.get(_key(text))


_NOTED = re.compile(r"^([^()（）]+?)\s*[(（]([^()（）]+)[)）]$")


def form_label(text: str) -> tuple[str, str] | None:
    """(the label as the label reader takes it, its field) for a form's label cell: a bare label,
    labels joined into one ("주요업무/성과"), a second label in brackets ("부서(직책)", read as
    "부서/직책": the position, its team coming off) or a note in brackets ("기간(년.월)")."""
    noted = _NOTED.match(text.strip())
    joined = f"{noted.group(1)}/{noted.group(2)}" if noted else text
    for written in (text, joined, header_text(text)):
        field = field_of(written) or _joined_field(written)
        if field is not None:
            return written, field
    return None


def unlabelled_name(title: str | None) -> str | None:
    """A project title without the "프로젝트:" / "Project:" label a heading may carry."""
    match = _COLON_LABEL.match(title or "")
    if match and match.group(2).strip() and _FIELDS.get(_key(match.group(1))) == PROJECT:
        return match.group(2).strip()
    return title


# A sentence, not a job title: "역할: 스트리밍 서버의 로그를 모아 편성표와 맞는지 검사하는 도구 개발".
_SENTENCE_WORDS = 6
_VALUE_PARTS = re.compile(r"\s*[·|/,]\s*")
_NOTE_BRACKET = re.compile(r"\s*[(（][^()（）]*[)）]")


def states_work(field: str | None, value: str) -> bool:
    """A role label ("역할", "나의 역할", "My role") whose value tells what the person did, a
    sentence of six words or more with no part that is a job title ("Backend Engineer · 결제
    플랫폼 (MAU 10만)" is a title with a note): an achievement, as "성과:" is."""
    from resumes.parsing.roles import is_role  # roles.py reads this module

    if field != POSITION or len(value.split()) < _SENTENCE_WORDS:
        return False
    plain = _NOTE_BRACKET.sub(" ", value)  # "개발팀장 (백엔드·QA 5인 팀 조율)": the title, then a note
    return not any(is_role(part) for part in _VALUE_PARTS.split(plain) if part.strip())


def label_of(line: Line) -> tuple[str, str] | None:
    """(field, value) when the line is a known label; the value may be empty."""
    if line.field:
        return line.field, line.flat
    text = line.flat
    for pattern in (_COLON_LABEL, _BRACKET_LABEL):
        match = pattern.match(text)
        if match:
            field = _FIELDS.get(_key(match.group(1))) or _joined_field(match.group(1))
            if field is not None:
                return field, match.group(2).strip()
    match = _DASH_LABEL.match(text)
    if match and _FIELDS.get(_key(match.group(1))) == TECH:
        return TECH, match.group(2).strip()
    return None


# Headings that divide one project's write-up ("#### 문제", "#### 성과", "#### [개발]"): parts of
# the project above them, never projects or employers of their own.
PART_WORDS = frozenset(
    {"배경", "문제", "문제 상황", "원인", "과제", "해결", "해결 방법", "해결 방안", "실행", "주요 실행", "결과"}
    | {"성과", "개선", "회고", "배운 점", "느낀 점", "역할", "기여", "구현", "상세", "상세 내용"}
    | {"background", "problem", "challenge", "challenges", "solution", "approach", "outcome", "result"}
    | {"lessons learned", "what i learned", "context", "situation", "task", "action"}
    | {"키워드", "keywords"}  # over a nested list of what the job used
    | {"개요", "개발 사항", "개발사항", "주요 기능", "퇴사 사유", "이직 사유"}
)
# Kinds of work, not names: "**최적화**" over bullets groups what was done, it is not a project.
WORK_KIND_WORDS = frozenset(
    {"최적화", "성능 최적화", "리팩토링", "리펙토링", "리팩터링", "유지보수", "유지 보수", "운영", "운영 대응"}
    | {"국제화", "다국어", "자동화", "문서화", "테스트", "모니터링", "배포", "보안", "협업", "교육"}
    | {"optimization", "optimisation", "performance", "refactoring", "maintenance", "operations"}
    | {"internationalization", "localization", "automation", "documentation", "testing", "monitoring"}
    | {"overview", "security", "collaboration", "mentoring"}
)
_PART_FIELDS = (ACHIEVEMENTS, DUTIES, DESCRIPTION, ARCHITECTURE)
_BRACKETED = re.compile(r"^[\[【<]([^\]】>]{1,20})[\]】>]$")


def is_part_label(text: str) -> bool:
    """A heading that names a part of the write-up above it: a word of PART_WORDS, a label of
    what an entry did ("주요 업무 및 성과"), or any short name in square brackets ("[개발]")."""
    plain = text.strip().strip("*_#").strip().rstrip(":：").strip()
    if _BRACKETED.match(plain):
        return True
    inner = re.sub(r"\s*\([^()]*\)$", "", plain.lower())  # "국제화(법인 오픈)"
    return (
        inner in PART_WORDS
        or inner in WORK_KIND_WORDS
        or (_FIELDS.get(_key(inner)) or _joined_field(inner)) in _PART_FIELDS
    )
