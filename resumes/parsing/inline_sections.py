"""A section named as the label of its own line: "Skills: Python, Go", "Languages: English, Korean",
"보유기술: Java, Spring Boot", "수상: 2022 사내 해커톤 대상".

Many resumes, PDFs and DOCX files most of all, end with one-line sections or fit them into the
header: the section's name as a label and its items after a colon, or in a PDF a bold label and a
column gap with no colon. Read inside the section before it, "Skills: Python, Go" under the
certifications was a certificate "Skills: Python" issued by "Go". A paragraph or a top-level line
whose label is a section name (the lexicon of section_names.py, matched as sections.py matches
headings) opens that section for its own value and the rest of it below (a wrapped line, the next
row of a gutter, "Backend: Node.js" after "Skills: Frontend: React"); the section it interrupted
goes on after it, and such lines in a row each open their own. In a section the draft ignores,
"자기소개 : …" / "Self-introduction: …" opens the summary, which takes the lines after it too, up
to a label of another section (a heading would have opened it the same way).

Whether a label names a section or a field of what it stands in is decided by the section and the
label, as data (OPENS): in a job or a project "Tech:", "Skills:", "기술 스택:" are its stack
(labels.TECH) and "수상:" its award; in a skills section "Frontend: React" and "Languages: Python,
Go" are categories of skills, while "Languages: English, Korean" names spoken languages, no skill.
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing.blocks import section_items
from resumes.parsing.certifications import ISSUER_WORDS
from resumes.parsing.dates import find_dates
from resumes.parsing.education import parse_education
from resumes.parsing.field_words import field_key
from resumes.parsing.lines import HEADING, ROW, Line
from resumes.parsing.listing import split_list
from resumes.parsing.sections import (
    ACTIVITIES,
    CERTIFICATIONS,
    CONTACT,
    EDUCATION,
    HEADER,
    IGNORED,
    PROJECTS,
    SKILLS,
    SUMMARY,
    WORK,
    lexicon_section,
)
from resumes.parsing.skill_items import spoken_language
from resumes.parsing.skills import LABEL_WORDS, category_key
from resumes.parsing.technologies import mentioned_technologies, skill_key

_LISTS = (SKILLS, EDUCATION, CERTIFICATIONS, ACTIVITIES, IGNORED)
# The sections a label may open, by the section it stands in; a label naming another section is a
# field of what it stands in: a job's or a degree's "수상:"/"Awards:" is its own award, a skills
# section's "Tools:" one of its categories, an activity's "교육:" its kind. A certificate line opens
# a one-line certifications section inside its own section too, for its items ("자격증: 정보처리기사, SQLD").
OPENS = {
    HEADER: _LISTS,
    SUMMARY: _LISTS,
    CONTACT: _LISTS,
    IGNORED: (*_LISTS, SUMMARY),  # "자기소개 : …" under "## 기타" opens the summary it names
    CERTIFICATIONS: _LISTS,
    ACTIVITIES: (SKILLS, EDUCATION, CERTIFICATIONS, IGNORED),
    SKILLS: (EDUCATION, CERTIFICATIONS, ACTIVITIES, IGNORED),
    EDUCATION: (SKILLS, CERTIFICATIONS, IGNORED),
    WORK: (SKILLS, EDUCATION, CERTIFICATIONS, IGNORED),
    PROJECTS: (SKILLS, EDUCATION, CERTIFICATIONS, IGNORED),
}
_ENTRIES = (WORK, PROJECTS)
# Section names that label a field or a line of prose as often as a section: "기타: 사내 스터디 운영"
# in a job, "기타: Git" in skills, "기타: 운전면허 1종" among certificates, "Leadership: led five
# engineers" in a summary.
_NEVER = frozenset({"기타", "etc", "other", "others", "leadership", "community"})
# Inside a job or a project a skills or an ignored label is the entry's own ("Frameworks: React",
# "Publications: …") unless it names what only a person has: their skills list, their spoken
# languages, interests, military service.
_ABOUT_PERSON = frozenset(
    {"보유기술", "보유역량", "technicalskills", "coreskills", "keyskills", "topskills", "additionalskills"}
    | {"skillset", "technicalexpertise", "technicalskills&tools", "skills&technologies"}
    | {"외국어", "어학", "어학능력", "spokenlanguages", "languageskills", "languages", "language", "언어"}
    | {"interests", "hobbies", "취미", "관심사", "특기", "병역", "병역사항", "militaryservice", "references"}
)
# Labels of languages, programming or spoken as the values say.
_LANGUAGES = frozenset({"languages", "language", "언어"})
# Where a section's items are one line each (a header, certificates, "## Additional"), a top-level
# list item may name a section; elsewhere a list item belongs to the entry above it.
_ITEM_SECTIONS = (HEADER, SUMMARY, CONTACT, IGNORED, CERTIFICATIONS, SKILLS)
_COLON_LABEL = re.compile(r"^([^:：\t]{1,30}?)\s*[:：]\s*(\S.*)$")
_GAP_LABEL = re.compile(r"^([^:：\t]{1,30})\t+(\S.*)$")  # a bold label, a column gap and no colon
_LIST_ENDS = (",", "，", "·", "/", "|", "、")
GUTTER_INDENT = 40  # a row starting this much right of a gutter label continues its value
MAX_LIST_ITEM_WORDS = 8
# What names a credential rather than its issuer: "AWS Certified Developer", "정보처리기사", "SQLD".
_CREDENTIAL = re.compile(r"certifi|associate|professional|specialist|administrator|기사|자격|능력|검정|\d\s*급", re.I)


def with_inline_sections(found: list[tuple[str, list[Line]]]) -> list[tuple[str, list[Line]]]:
    """The sections with each line that names a section moved into a section of its own."""
    result: list[tuple[str, list[Line]]] = []
    for section, part in found:
        result.extend(_split_part(section, part))
    return result


def _split_part(section: str, part: list[Line]) -> list[tuple[str, list[Line]]]:
    pieces: list[tuple[str, list[Line]]] = [(section, [])]
    index = 0
    while index < len(part):
        line = part[index]
        found = inline_label(line, section)
        index += 1
        if found is None:
            pieces[-1][1].append(line)
            continue
        target, label, value = found
        taken = [line]
        while index < len(part) and _continues(part[index], taken, target, section):
            taken.append(part[index])
            index += 1
        pieces.append((target, _section_lines(target, label, value, taken)))
        pieces.append((section, []))
    return [piece for position, piece in enumerate(pieces) if piece[1] or position == 0]


def inline_label(line: Line, current: str) -> tuple[str, str, str] | None:
    """(section, label, value) when the line's label names a section that may open where it stands."""
    if not _top_level(line, current):
        return None
    match = _COLON_LABEL.match(line.text) or _GAP_LABEL.match(line.text)
    if match is None:
        return None
    label, value = match.group(1).strip().strip("*_").strip(), match.group(2).strip()
    section = label_section(label, value, current)
    return (section, label, value) if section is not None else None


def label_section(label: str, value: str, current: str) -> str | None:
    """The section "label: value" opens inside the `current` section, or None for a field of it."""
    key = field_key(label)
    if not key or key in _NEVER:
        return None
    section = lexicon_section(label)
    if section == IGNORED and key in _LANGUAGES and not _spoken(value):
        section = SKILLS  # "Languages: Python, Go": programming languages
    if current in _ENTRIES and _entry_field(key, section):
        return None
    if section == SKILLS and not mentioned_technologies(value):
        section = IGNORED  # "Skills: Leadership, Communication": no technology, no skill of the draft's
    if section == EDUCATION and not _names_school(value):
        return None  # "학력: 대졸": a level, no degree to list
    return section if section in OPENS.get(current, ()) else None


def _entry_field(key: str, section: str | None) -> bool:
    """Inside a job or a project, "Tech: Go", "Frameworks: React", "Languages: Python" and
    "Publications: …" are the entry's own; "보유기술: …" and "Languages: English" are the person's."""
    if section not in (SKILLS, IGNORED):
        return False
    return key not in _ABOUT_PERSON or (section == SKILLS and key in _LANGUAGES)


def _top_level(line: Line, current: str) -> bool:
    """A paragraph, or where items are no entry's details a top-level list item or a line inside one
    (Markdown runs "Skills: …" typed under "- AWS Developer" into that item)."""
    if not line.text or line.kind in (HEADING, ROW) or line.field or line.cells:
        return False
    if line.bullet or line.level:
        return current in _ITEM_SECTIONS and line.level <= 1
    return True


def _names_school(value: str) -> bool:
    schools = parse_education(section_items([Line(value)], wrapped=False, labels=False))
    return any(school["institution"] for school in schools)


def _spoken(value: str) -> bool:
    items = split_list(value)
    return any(spoken_language(item) for item in items) and not any(skill_key(item) for item in items)


def _continues(line: Line, taken: list[Line], target: str, current: str) -> bool:
    """Whether the line goes on with the value that the label opening `taken` (in the `current`
    section) started: its wrapped rest, its gutter's next row, a group of the skills it lists."""
    if line.kind in (HEADING, ROW) or line.field:
        return False
    previous, labelled = taken[-1], _COLON_LABEL.match(line.text) or _GAP_LABEL.match(line.text)
    if target == SUMMARY:  # the rest of the part is the introduction, up to a label of another section
        return labelled is None or label_section(labelled.group(1).strip(), labelled.group(2), current) is None
    if not line.text:
        return False
    if labelled is None and not line.bullet and (previous.full or previous.text.rstrip().endswith(_LIST_ENDS)):
        return True  # wrapped at the margin, or a list broken after its separator
    if labelled is None and "\t" in taken[0].text and _gutter_row(line, taken[0]):
        return True
    if labelled is not None:
        label, value = labelled.group(1).strip(), labelled.group(2)
        # "Backend: Node.js" after "Skills: Frontend: React"; "Tools: Git" opens a section of its own
        return target == SKILLS and label_section(label, value, current) is None and _skills_label(label, value)
    items = split_list(line.text)
    return target == IGNORED and bool(items) and all(spoken_language(item) for item in items)


def _gutter_row(line: Line, opener: Line) -> bool:
    return line.indent is not None and opener.indent is not None and line.indent >= opener.indent + GUTTER_INDENT


def _skills_label(label: str, value: str) -> bool:
    """ "Backend: Node.js, NestJS", "Cloud & DevOps: AWS", "AI/ML: PyTorch, TensorFlow": a group of
    skills by its label's words or by what it lists."""
    words = re.findall(r"[a-z]+|[가-힣]+", label.lower())
    if category_key(label) is not None or (words and all(word in LABEL_WORDS for word in words)):
        return True
    items = split_list(value)
    return bool(items) and sum(skill_key(item) is not None for item in items) * 2 >= len(items)


def _section_lines(target: str, label: str, value: str, taken: list[Line]) -> list[Line]:
    """The lines the opened section reads: a skills or an ignored line as written (label and all),
    a degree without its label, certificates and activities one an item ("[수상] …": the label is
    the activity's kind)."""
    if target in (SKILLS, IGNORED):
        return taken
    if target == SUMMARY:
        return [_line(taken[0], value), *taken[1:]]
    values = [value]
    for previous, line in zip(taken, taken[1:], strict=False):
        if previous.full or previous.text.rstrip().endswith(_LIST_ENDS):
            values[-1] = f"{values[-1]} {line.flat}"
        else:
            values.append(line.flat)
    if target == EDUCATION:
        return [_line(taken[0], text) for text in values]
    items = [item for text in values for item in _items(text)]
    if target == CERTIFICATIONS:
        return [_line(taken[0], item, bullet=True) for item in items]
    return [_line(taken[0], f"[{label}] {item}") for item in items]


def _line(opener: Line, text: str, *, bullet: bool = False) -> Line:
    return dataclasses.replace(
        opener,
        text=text,
        bullet=bullet,
        level=0,
        marker="",
        lead="",
        span="",
        full=False,
        ended=True,
        evidence="inline label",
    )


def _items(value: str) -> list[str]:
    """A value's items when it lists names ("정보처리기사, SQLD", "Dean's List (2019), Hackathon
    winner (2020)"); the value whole when a part is its date or its issuer ("AWS Developer,
    Amazon Web Services, 2021") or runs on like a sentence."""
    items = split_list(value)
    if len(items) < 2 or not all(_listed(item) for item in items[1:]):
        return [value]
    return items


def _listed(item: str) -> bool:
    rest = item
    for _, written, _span in find_dates(item):
        rest = rest.replace(written, " ")
    if not re.search(r"[A-Za-z가-힣]{2}", rest) or len(item.split()) > MAX_LIST_ITEM_WORDS:
        return False
    return not (ISSUER_WORDS.search(item) and not _CREDENTIAL.search(item))
