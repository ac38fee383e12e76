"""Telling a company from a job title, and splitting "Company | Position" header lines."""

from __future__ import annotations

import re

from resumes.parsing import labels
from resumes.parsing.labels import label_of
from resumes.parsing.lines import Line
from resumes.parsing.places import is_place, without_notes, without_place_parts
from resumes.parsing.role_words import FIELD_WORDS as _FIELD_WORDS
from resumes.parsing.role_words import ROLE_ENDINGS_EN as _ROLE_ENDINGS_EN
from resumes.parsing.role_words import ROLE_PREFIXES_EN as _ROLE_PREFIXES_EN
from resumes.parsing.role_words import ROLE_WORDS_EN as _ROLE_WORDS_EN
from resumes.parsing.role_words import ROLE_WORDS_KO as _ROLE_WORDS_KO
from resumes.parsing.technologies import skill_key

_COMPANY_MARKER = re.compile(
    r"\(주\)|㈜|주식회사|\(유\)|유한회사|\(재\)|재단법인|"
    r"\b(?:inc|corp|corporation|ltd|llc|gmbh|co(?!-)|company|plc|limited|labs?)\b\.?",
    re.IGNORECASE,
)
_PARENTHETICAL = re.compile(r"\s*[(（][^)）]*[)）]\s*")
# ", " splits, except before a corporate suffix: "Harbor, Inc." is one name.
_SUFFIX_AFTER_COMMA = r"(?i:inc|llc|l\.l\.c|ltd|co(?!-)|corp|gmbh|plc|limited|s\.?a|ag|b\.?v|pte)\b"
# A dash spaced on one side only still separates ("Ridge Motors —Sales Associate", "Pine LLC -Yard
# Driver"): an em or en dash either way, a hyphen before a word (never "Full-Stack" nor "-5%").
DASH_SEPARATOR = r"\s+[–—-]\s+|\s+[–—](?=\S)|(?<=\S)[–—]\s+|\s+-(?=[^\W\d_])"
_SPLIT = re.compile(rf"\s+(?:[|·@]|//)\s+|\t|{DASH_SEPARATOR}|\s*\|\s*|,\s+(?!{_SUFFIX_AFTER_COMMA})")
_AT = re.compile(r"\s+(?:at|@)\s+", re.IGNORECASE)
_DOUBLE_SLASH = re.compile(r"\s+//\s+")  # "Title // Company": the other side, whole, is the company


# A grade after a title: "Software Engineer II", "Engineer 2", "Senior SE3".
_LEVEL = re.compile(r"(?<=[a-z])\d$|\s+(?:[1-5]|i{1,3}|iv|v)$", re.IGNORECASE)


def is_role(text: str) -> bool:
    plain = _LEVEL.sub("", _PARENTHETICAL.sub(" ", text).strip(" .,"))
    if not plain or len(plain) > 60:
        return False
    lowered = plain.lower()
    if lowered.startswith(_ROLE_PREFIXES_EN) or lowered.endswith(_ROLE_ENDINGS_EN):
        return True
    words = re.findall(r"[a-z][a-z\-]*", lowered)
    if (
        words
        and lowered.endswith(words[-1])
        and (
            words[-1] in _ROLE_WORDS_EN or words[-1].rpartition("-")[2] in _ROLE_WORDS_EN  # "web-programmer"
        )
    ):
        return True
    compact = plain.replace(" ", "")
    return compact.endswith(_ROLE_WORDS_KO) or "인턴" in compact


_LOCATION = re.compile(
    r"^(?:remote|원격|재택|(?:서울|경기|판교|성수|강남|부산|대구|인천|광주|대전|울산|세종|제주|분당|수원)"
    r"(?:\s*\S{1,6})?|[A-Z][a-zA-Z .]+,\s*(?:[A-Z]{2}|[A-Z][a-z]+)(?:,\s*[A-Z][a-zA-Z]+)?)$"
)


def is_field_word(word: str) -> bool:
    return word.lower() in _FIELD_WORDS


def looks_like_location(text: str) -> bool:
    """ "서울 성수", "Remote", "Austin, TX": where, not who."""
    return bool(_LOCATION.match(text.strip(" |·,")))


def split_trailing_role(text: str) -> tuple[str, str] | None:
    """ "바다물류 인턴" -> ("바다물류", "인턴"): a name followed by a job title. An English title
    is not split without a company marker: "Firmware Engineer", "Embedded System Engineer" are
    one title (English puts "at", "@", "|" or a comma between an employer and a role)."""
    plain = _PARENTHETICAL.sub(" ", text).strip()
    words = plain.split()
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if plain.isascii() and not has_company_marker(head) and not _case_changes(words[:cut], words[cut:]):
            continue
        if is_role(tail) and not is_role(head) and not all(w.lower() in _FIELD_WORDS for w in words[:cut]):
            return head.rstrip(" /"), tail.lstrip("/ ")  # "가나다소프트 / 백엔드 개발자"
    return None


def _case_changes(head: list[str], tail: list[str]) -> bool:
    """ "CROWDSTRIKE Senior SE", "Bar Inc. DATA ANALYST": a name in capitals beside a title in
    mixed case, or the other way round, is two fields even without a separator."""

    def capitals(words: list[str]) -> bool:
        return all(w.isupper() for w in words if any(c.isalpha() for c in w))

    def mixed(words: list[str]) -> bool:
        return any(any(c.islower() for c in w) for w in words)

    if capitals(head) and mixed(tail[:1]) and len(head[-1]) > 1:
        # "AWS Cloud Engineer" is one title; "CSM Alumni Association DEVELOPER" splits further on
        return skill_key(" ".join(head)) is None and not (len(tail) > 2 and capitals(tail[-1:]))
    return mixed(head[-1:]) and capitals(tail)


def has_company_marker(text: str) -> bool:
    return bool(_COMPANY_MARKER.search(text))


def top_level_split(pattern: re.Pattern, text: str) -> list[str]:
    """Split outside parentheses only: "백엔드 개발자 (사원, 정규직)" stays whole."""
    parts, start, depth = [], 0, 0
    positions = {m.start(): m.end() for m in pattern.finditer(text)}
    index = 0
    while index < len(text):
        char = text[index]
        if char in "([（":
            depth += 1
        elif char in ")]）":
            depth = max(depth - 1, 0)
        if depth == 0 and index in positions and positions[index] > index:
            parts.append(text[start:index])
            start = index = positions[index]
            continue
        index += 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def title_parts(title: str) -> list[str]:
    return top_level_split(_SPLIT, title)


_TRAILING_BRACKET = re.compile(r"^(?P<name>.*\S)\s*[(（](?P<inner>[^()（）]+)[)）]$")
_PLACE_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$")


def without_location(company: str | None) -> str | None:
    """ "Acme GmbH (Munich)", "Acme (Remote)", "누리랩 (재택)" -> the name: a trailing bracket
    holding a place is where the job was, not part of the employer's name."""
    match = _TRAILING_BRACKET.match(company or "")
    if match is None:
        return company
    inner = match.group("inner").strip()
    if has_company_marker(inner) or is_role(inner):
        return company
    if looks_like_location(inner) or _PLACE_NAME.match(inner):
        return match.group("name").strip()
    return company


_ROLE_PLACE = re.compile(r"^(?P<role>.+?)\s*(?:,|\s[|·—–-])\s*(?P<place>[^,|·—–]+)$")


def role_without_location(text: str) -> str | None:
    """ "Lead Data Engineer, Oslo", "백엔드 개발자 · 서울" -> the job title; None when the text
    is not a job title followed by a place ("Data Engineer, Austin, TX" too)."""
    parts = title_parts(text)
    if len(parts) > 2 and is_role(parts[0]) and len(without_place_parts(parts, text)) == 1:
        return parts[0]
    match = _ROLE_PLACE.match(text.strip())
    if match is None or not is_role(match.group("role")):
        return None
    place = match.group("place").strip()
    if is_role(place) or has_company_marker(place):
        return None
    return match.group("role") if looks_like_location(place) or _PLACE_NAME.match(place) else None


def company_and_position(title: str) -> tuple[str | None, str | None]:
    if bracketed := _role_in_bracket(title):
        return bracketed
    company, position = _company_and_position(title)
    company = without_division(_without_comma_place(without_location(company)))
    return company, without_notes(position) if position else position


_BRACKET_PARTS = re.compile(r"\s*[,/·|]\s*")


def _role_in_bracket(title: str) -> tuple[str, str] | None:
    """ "가나다소프트 (플랫폼팀, 팀장)", "Acme (Platform team, Staff Engineer)": a bracket after the
    employer holding its team, grade or title says the position; the team part comes off."""
    from resumes.parsing.positions import GRADE, OTHER, ROLE, TEAM, part_kind  # positions.py reads this module

    match = _TRAILING_BRACKET.match(title.strip())
    if (
        match is None
        or is_role(match["name"])
        or has_company_marker(match["inner"])
        or len(title_parts(match["name"])) > 1
    ):
        return None  # "바람상사 | 물류혁신팀 · Android (G3)": the bracket is the last part's
    parts = [part for part in _BRACKET_PARTS.split(match["inner"].strip()) if part]
    kinds = [part_kind(part) for part in parts]
    if OTHER in kinds or not {ROLE, GRADE} & set(kinds):
        return None
    return match["name"], ", ".join(part for part, kind in zip(parts, kinds, strict=True) if kind != TEAM)


_DIVISION = re.compile(r"^(?P<name>[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,3}): [A-Z][\w&.'’ -]{1,40}$")


def without_division(company: str | None) -> str | None:
    """ "Foo Labs: Robotics" -> "Foo Labs": the part after the colon is the employer's division."""
    match = _DIVISION.match(company or "")
    return match.group("name") if match else company


_TECH_SUFFIX = re.compile(r"^(?P<title>.*\S)\s*[(（](?P<tech>[^()（）]+)[)）]$")


def tech_bracket(text: str) -> tuple[str, list[str]]:
    """ "Widget(Rust)" -> ("Widget", ["Rust"]): a trailing bracket listing only known
    technologies is a stack; any other bracket stays part of the text."""
    match = _TECH_SUFFIX.match(text)
    if match is None:
        return text, []
    names = [n.strip() for n in re.split(r"\s*[/,·|]\s*", match.group("tech")) if n.strip()]
    if not names or any(skill_key(name) is None for name in names):
        return text, []
    return match.group("title"), names


def position_and_tech(position: str | None) -> tuple[str | None, list[str]]:
    """ "Platform Engineer(Go/Rust)" -> ("Platform Engineer", ["Go", "Rust"]): the stack after a
    job title is the entry's tech, not part of the title."""
    title, names = tech_bracket(position or "")
    if not names or not is_role(title):
        return position, []
    return title, names


def _without_comma_place(company: str | None, *, pair: bool = False) -> str | None:
    """ "Brightleaf, Lisbon" -> "Brightleaf"; "Harbor, Inc." stays whole; with `pair`, a place
    of two parts too ("Foo, Inc., Mountain View, CA" -> "Foo, Inc.")."""
    if pair:
        parts = (company or "").rsplit(", ", 2)
        if len(parts) == 3 and not has_company_marker(parts[2]) and is_place(f"{parts[1]}, {parts[2]}"):
            return parts[0]
        return company
    head, _, tail = (company or "").rpartition(", ")
    if head and not has_company_marker(tail) and is_place(tail):
        return head
    return company


def _has_role_word(text: str) -> bool:
    """ "Intern, Data Platform" before "at": a role word anywhere on the left of "at" makes it the title."""
    return any(word.lower().strip(".,()") in _ROLE_WORDS_EN for word in text.split())


def _company_and_position(title: str) -> tuple[str | None, str | None]:
    dashed_parts = _DASH.split(title)
    if len(dashed_parts) > 1 and "," in dashed_parts[-1] and is_place(dashed_parts[-1]):
        title = " - ".join(dashed_parts[:-1])  # "ACME CORP — San Francisco, CA": where, after the dash
    if slashed := _role_slashes_org(title):  # before "@", which may be in the company's name
        return slashed
    at_parts = top_level_split(_AT, title)
    if len(at_parts) == 2 and (is_role(at_parts[0]) or _has_role_word(at_parts[0])):
        # "Data Engineer @ Brightleaf, Faro": after "@ Org," comes where, by convention
        org, _, tail = at_parts[1].partition(", ")
        place = tail and not has_company_marker(tail) and (_PLACE_NAME.match(without_location(tail)) or is_place(tail))
        return (org if place else at_parts[1]), at_parts[0]
    if dashed := _roles_dash_org(title):
        return dashed
    from resumes.parsing.positions import merge_job_parts  # positions.py reads is_role from here

    parts = merge_job_parts(title, title_parts(title))
    kept = without_place_parts(parts, title, title_first=bool(parts) and is_role(parts[0]))  # "… — Remote"
    parts = parts[:1] + [_unlabelled(part) for part in kept[1:]]
    if not parts:
        return None, None
    if len(parts) == 1:
        split = split_trailing_role(parts[0]) if is_role(parts[0]) else None
        if split is None and is_role(parts[0]) and not has_company_marker(parts[0]):
            return None, parts[0]
        return split if split else (parts[0], None)
    first_role, second_role = is_role(parts[0]), is_role(parts[1])
    split = split_trailing_role(parts[0]) if first_role and parts[0].isascii() else None
    if split is not None and not second_role:
        return split  # "Lumen Association SOFTWARE DEVELOPER - WEBSITE, NEWSLETTER": a note follows
    if first_role and not second_role and not has_company_marker(parts[0]):
        return parts[1], parts[0]
    if len(parts) == 2 and _agent_noun(parts[0]) and not (second_role or _agent_noun(parts[1])) and ", " in title:
        return parts[1], parts[0]  # "Tinkerer, Brightlab": an agent noun first is the title
    position = parts[1]
    if not second_role:
        position = next((part for part in parts[2:] if is_role(part)), parts[1])
    elif title.count(", ") >= 2 and all(is_role(part) for part in parts[1:]):
        position = ", ".join(parts[1:])  # "Acme Corp, Lead SE, Staff SE": two titles held there
    return parts[0], position


_AGENT_NOUN = re.compile(r"^[A-Z][a-z]{3,}(?:er|or|ist|ant)$")


def _agent_noun(part: str) -> bool:
    """ "Tinkerer", "Curator", "Consultant": one capitalised word naming who does something reads
    as a title beside an employer that does not (the role words cannot list every such title)."""
    return bool(_AGENT_NOUN.match(part)) and not has_company_marker(part)


_DASH = re.compile(DASH_SEPARATOR)


def _roles_dash_org(title: str) -> tuple[str, str] | None:
    """ "Lead Engineer, Tech Officer - Quarry, LLC": a dash splits before any comma does, so
    titles listed with commas stay one position and the company keeps its comma suffix."""
    parts = top_level_split(_DASH, title)
    if len(parts) != 2 or "," not in parts[0]:
        return None
    roles, org = parts
    if all(is_role(part) for part in roles.split(", ")) and not is_role(org) and not has_company_marker(roles):
        return org.strip(), roles.strip()
    return None


def _role_slashes_org(title: str) -> tuple[str, str] | None:
    """ "Android Developer // Vision Lab @ Northvale U.": the job title side is the position."""
    parts = top_level_split(_DOUBLE_SLASH, title)
    if len(parts) != 2 or is_role(parts[0]) == is_role(parts[1]):
        return None
    return (parts[1], parts[0]) if is_role(parts[0]) else (parts[0], parts[1])


def lead_split(lead: str, text: str) -> tuple[str, str] | None:
    """ "***Lecturer, Dept. of Physics***, Northvale College" -> ("Northvale College", "Lecturer,
    Dept. of Physics"): the emphasised span is one field whatever commas it holds, the rest the
    other; the span is the role unless only the rest reads as one ("**Northvale College**, Lecturer")."""
    rest = text[len(lead) :].strip(" ,—–-") if lead and text.startswith(lead) else ""
    if not rest or len(rest) > 80 or (is_place(rest) and not is_role(lead)):
        return None  # "**ACME CORP** — San Francisco, CA": the rest says where, read as a whole line
    if is_role(rest) and not is_role(lead):
        return _without_comma_place(without_location(lead)), rest
    return _without_comma_place(_without_comma_place(without_location(rest), pair=True)), lead


def _unlabelled(part: str) -> str:
    """ "Position: 풀스택 개발자" joined onto the company line by a PDF reader -> the position."""
    label = label_of(Line(part))
    return label[1] if label is not None and label[0] == labels.POSITION and label[1] else part


def looks_like_company_header(title: str) -> bool:
    """A dated line that names an employer rather than a project within one."""
    if has_company_marker(title):
        return True
    if len(top_level_split(_AT, title)) == 2:
        return True
    parts = title_parts(title)  # "Redwater Logistics, Dallas, TX": where says an employer
    return any(is_role(part) for part in parts) or len(without_place_parts(parts, title)) < len(parts)
