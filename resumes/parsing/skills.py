"""The skills section, sorted into the technical_skills keys of the resume format.

A line's own category label decides where its items go ("Languages: Go, Python",
"데이터베이스: MySQL"); that is reading, not guessing. Items without a label that says where
they belong are sorted by the technology catalog, which is a guess and reported as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from resumes.parsing.blocks import BULLET, Item
from resumes.parsing.lines import Line
from resumes.parsing.skill_items import (
    contact_row,
    family_member,
    group_label,
    line_items,
    named_label,
    not_skills_label,
    skill_names,
)
from resumes.parsing.technologies import OTHER_SKILLS, mentioned_technologies, skill_key

SKILL_KEYS = (
    "programming_languages",
    "frameworks",
    "databases",
    "message_queue_caching",
    "cloud_platforms",
    "devops_tools",
    "monitoring_tools",
    "others",
)

# Checked in order; a category label matches the first rule one of whose words it contains.
_CATEGORY_RULES = (
    ("monitoring_tools", ("monitoring", "observability", "모니터링", "apm", "logging", "로깅")),
    (
        "message_queue_caching",
        (
            "messaging",
            "message",
            "queue",
            "queues",
            "mq",
            "cache",
            "caching",
            "메시지",
            "메시지큐",
            "캐시",
            "메시징",
            "streaming",
        ),
    ),
    (
        "databases",
        ("database", "databases", "db", "dbs", "dbms", "데이터베이스", "datastore", "datastores", "storage", "디비"),
    ),
    ("cloud_platforms", ("cloud", "클라우드", "cloudplatform", "cloudplatforms")),
    (
        "devops_tools",
        (
            "devops",
            "ci",
            "cd",
            "cicd",
            "infra",
            "infrastructure",
            "인프라",
            "배포",
            "deployment",
            "container",
            "containers",
            "데브옵스",
        ),
    ),
    ("programming_languages", ("language", "languages", "언어", "프로그래밍언어", "lang", "langs")),
    ("frameworks", ("framework", "frameworks", "library", "libraries", "프레임워크", "라이브러리")),
    (
        "others",
        (
            "other",
            "others",
            "etc",
            "기타",
            "tool",
            "tools",
            "도구",
            "협업",
            "collaboration",
            "collab",
            "testing",
            "테스트",
            "misc",
        ),
    ),
)
_CATEGORY_LINE = re.compile(r"^([^:：\t]{1,60}?)\s*[:：\t]\s*(.*)$")
# A comment or a prompt from a code block a PDF or DOCX kept as text ("# my dotfiles: …").
_CODE_LINE = re.compile(r"^(?:#|//|\$)\s")


@dataclass
class SkillsSection:
    skills: dict[str, list[str]]
    guessed: bool


def empty_skills() -> dict[str, list[str]]:
    return {key: [] for key in SKILL_KEYS}


def category_key(label: str) -> str | None:
    words = set(re.findall(r"[a-z]+|[가-힣]+", label.lower()))
    words.add(re.sub(r"[\s/&_\-]+", "", label.lower()))
    for key, names in _CATEGORY_RULES:
        if words & set(names):
            return key
    return None


LABEL_WORDS = frozenset(word for _, names in _CATEGORY_RULES for word in names) | {
    "programming",
    "development",
    "version",
    "control",
    "build",
    "frontend",
    "backend",
    "mobile",
    "web",
    "os",
    "interests",
    "hobbies",
    "skills",
    "기술",
    "관심",
    "분야",
}
MAX_LABEL_WORDS = 2


def split_joined_labels(items: list[Item]) -> list[Item]:
    """Label lines a PDF or DOCX joined into one ("Languages: Java, C++ Tools: Docker, Git"),
    one item per label again; the label is the category words before each later colon."""
    result = []
    for item in items:
        pieces = re.split(r"[:：]\s", item.text)
        if len(pieces) < 3 or "://" in item.text:
            result.append(item)
            continue
        labels, values = [pieces[0]], []
        for piece in pieces[1:-1]:
            words = piece.split()
            count = 0
            while count < min(MAX_LABEL_WORDS, len(words) - 1) and words[-1 - count].strip("*").lower() in LABEL_WORDS:
                count += 1
            if not count:
                break
            values.append(" ".join(words[:-count]))
            labels.append(" ".join(words[-count:]))
        if len(labels) < len(pieces) - 1:
            result.append(item)
            continue
        values.append(pieces[-1])
        result += [replace(item, text=f"{label}: {value}") for label, value in zip(labels, values, strict=True)]
    return result


_BOLD = re.compile(r"\*\*([^*]{1,40}?)\*\*|__([^_]{1,40}?)__")
_LIST_MARKS = ",，;·|/"


def split_bold_labels(items: list[Item]) -> list[Item]:
    """ "**Backend** Java, Spring Boot": a bold span opening a skills line is its label, as a
    colon would be; where a reader joined such lines into one ("**Frontend** React **Backend**
    Java"), each later bold span between an item and more text starts the next label. A bold
    span among the items ("Java, **Kotlin**, Go") is an item."""
    result = []
    for item in items:
        text = item.text.strip()
        spans = [m for m in _BOLD.finditer(text) if m.start() == 0 or _joins_label(text, m)]
        if not spans or spans[0].start() != 0 or not _value_after(text, spans[0]):
            result.append(item)
            continue
        for index, span in enumerate(spans):
            end = spans[index + 1].start() if index + 1 < len(spans) else len(text)
            label = (span.group(1) or span.group(2)).strip().rstrip(":：")
            result.append(replace(item, text=f"{label}: {text[span.end() : end].strip()}"))
    return result


def _value_after(text: str, span) -> bool:
    after = text[span.end() :].lstrip()
    return bool(after) and after[0] not in _LIST_MARKS + ":："


def _joins_label(text: str, span) -> bool:
    before = text[: span.start()].rstrip()
    return bool(before) and before[-1] not in _LIST_MARKS and _value_after(text, span)


def parse_skills(items: list[Item]) -> SkillsSection:
    items = split_joined_labels(split_bold_labels(items))
    skills = empty_skills()
    guessed = False
    group: str | None = None  # set by a category line of its own ("Languages" / "언어:")
    family: str | None = None  # a technology heading over its parts ("Spring Cloud" over "- Config")
    depth = 0
    skipping = False  # under an "Interests" label, whose items are not skills
    for index, item in enumerate(items):
        text, category, names = item.text, group, []
        if item.kind != BULLET:
            family = _family(item, items[index + 1 : index + 2])
            depth = items[index + 1].level if family else 0  # its parts' list depth
            group = None if family else group
            category = None if family else category
            skipping = not_skills_label(text)  # "Interests" over its own list
        elif family and item.level < depth:
            family = None  # the <details> closed: "- Electron" after it is no Spring Cloud part
        match = _CATEGORY_LINE.match(text)
        if skipping or (match and not_skills_label(match.group(1))) or _code_comment(text) or contact_row(text):
            continue
        if _titles_list(item, items[index + 1 : index + 2]):
            group = category_key(text)
            continue
        if match and group_label(match.group(1)):
            label, text = match.group(1).strip(), match.group(2)
            category = category_key(label)
            if not text.strip():
                group = category
                continue
            if category is None or skill_key(label) is not None:
                names += named_label(label)  # "Python: Django, FastAPI", "Bull Queue: 워커 구축"
        elif not family and item.kind != BULLET and "," not in text and len(text) <= 30 and category_key(text):
            group = category_key(text)
            continue
        for name in skill_names(names + line_items(text)):
            name = family_member(family, name) if family and item.kind == BULLET else name
            key = category
            if key is None:
                key = skill_key(name) or OTHER_SKILLS
                guessed = True
            if name not in skills[key]:
                skills[key].append(name)
    return SkillsSection(skills, guessed)


def _code_comment(text: str) -> bool:
    """A comment or a prompt on a line of its own; joined to a list that follows (a PDF's
    wrapping) the line is still read, for the list."""
    return bool(_CODE_LINE.match(text)) and "," not in text


def _family(item: Item, following: list[Item]) -> str | None:
    """A heading or a <summary> that names a technology over a list of its parts ("Spring
    Cloud" over "- Config", "- Gateway"): the parts are read as that technology's."""
    text = item.text.strip()
    if not following or following[0].kind != BULLET or "," in text or ":" in text or len(text) > 30:
        return None
    return text if skill_key(text) is not None else None


def _titles_list(item: Item, following: list[Item]) -> bool:
    """ "Machine learning" above ": PyTorch, TensorFlow" (a definition list) or above "- PyTorch":
    a short plain term over a list is that list's heading, not a skill, even when no category rule
    knows its words. A technology name over a list ("Python" over "- Django") stays a skill."""
    return bool(
        following
        and following[0].kind == BULLET
        and item.kind != BULLET
        and "," not in item.text
        and ":" not in item.text
        and len(item.text) <= 30
        and skill_key(item.text) is None
    )


_LABELLED_CELL = re.compile(r"^[^,:：]{1,40}[:：]")
MAX_LABEL_CELL_CHARS = 25


def split_skill_cells(lines: list[Line]) -> list[Line]:
    """Each labelled cell of a skills table on a line of its own.

    A two-column table ("Languages: Go, SQL | Tools: Docker") or a label cell beside its value
    cell ("언어 | Go, SQL | 도구 | Docker") reaches here as one line with its cells apart; read as
    one text, the next label would be glued onto the last item ("SQL Tools: Docker").
    """
    result: list[Line] = []
    for line in map(_bold_label, lines):
        cells = [cell.strip() for cell in line.text.split("\t") if cell.strip()]
        if len(cells) < 2:
            result.append(line)
            continue
        segments = _cell_segments(cells)
        for index, segment in enumerate(segments):
            result.append(replace(line, text=segment, cells=(), full=line.full and index == len(segments) - 1))
    return result


def _bold_label(line: Line) -> Line:
    """ "**Backend** Java, Spring Boot" as the reader saw it (a bold span, then plain text): the
    span is the line's label, written as a colon would write it."""
    rest = line.text[len(line.span) :].lstrip() if line.span else ""
    if not rest or rest[0] in _LIST_MARKS + ":：" or line.span.endswith((":", "：")):
        return line
    return replace(line, text=f"{line.span}: {rest}", span="")


def _cell_segments(cells: list[str]) -> list[str]:
    """Cells grouped from one label to the next: a label cell takes the cells after it as its
    value; cells with no label before them stay items of a list."""
    groups: list[list[str]] = []
    for index, cell in enumerate(cells):
        following = cells[index + 1] if index + 1 < len(cells) else None
        if _LABELLED_CELL.match(cell) or _is_label_cell(cell, following) or not groups:
            groups.append([cell])
        else:
            groups[-1].append(cell)
    segments = []
    for group in groups:
        head, values = group[0], group[1:]
        if values and _is_label_cell(head, values[0]):
            segments.append(f"{head.rstrip(':：').strip()}: {', '.join(values)}")
        else:
            segments.append(", ".join(group))
    return segments


def _is_label_cell(cell: str, following: str | None) -> bool:
    """A short cell naming a category ("Languages", "도구", "Processing") before its values."""
    if following is None or "," in cell or len(cell) > MAX_LABEL_CELL_CHARS or _LABELLED_CELL.match(following):
        return False
    if cell.endswith((":", "：")) or category_key(cell) is not None:
        return True
    return skill_key(cell) is None and ("," in following or bool(mentioned_technologies(following)))


def skills_from_stacks(stacks: list[list[str]]) -> dict[str, list[str]]:
    """technical_skills assembled from the tech stacks of the entries, sorted by the catalog."""
    skills = empty_skills()
    for stack in stacks:
        for name in stack:
            key = skill_key(name) or OTHER_SKILLS
            if name not in skills[key]:
                skills[key].append(name)
    return skills
