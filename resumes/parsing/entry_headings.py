"""Work items reshaped by what the document's headings say, before work.py reads them line by line.

A heading names an employer, and its role and period often come on the lines under it
("### 누리랩 (스타트업)", "연구 팀장", "2021.03 - 2024.02"), sometimes after a line about the
company ("핀테크 앱 | 20명 | 참고링크: …"). Those lines are one entry: the heading is the company
(a trailing bracket note such as "(스타트업)" is metadata), the role line or the dated line's
title is the position, and the line about the company is its description.

Headings that are no entry are set aside: a group label over employer headings ("### 초기 경력"
over "#### 회사" entries), a job's "Projects" part ("### Projects", "**Key Projects**:", whose
listed names are that job's projects), and topic headings made only of generic words
("#### Infrastructure engineering") that organise one job's bullets.
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing import labels
from resumes.parsing.blocks import BULLET, LABEL, TEXT, Item
from resumes.parsing.entry_roles import TRAILING_NOTE, service_and_role
from resumes.parsing.heading_words import names_word
from resumes.parsing.lines import strip_icons
from resumes.parsing.positions import DEPARTMENT_WORDS_EN, TEAM_SUFFIXES_KO
from resumes.parsing.project_bullets import named_project
from resumes.parsing.roles import company_and_position, has_company_marker, is_role, role_without_location
from resumes.parsing.section_names import PROJECTS, SKILLS
from resumes.parsing.urls import is_bare_address

MAX_COMPANY_LINE_CHARS = 40  # a bold line naming an employer, where headings are not marked up
LOOKAHEAD = 4  # lines between a company heading and its dated line
GROUP_INTRO_LINES = 2  # lines about a group between its label and its first employer
MAX_LISTED_NAME_CHARS = 60
# Words of a heading that groups employers rather than naming one ("초기 경력", "Earlier Career").
GROUP_WORDS = ("경력", "경험", "이력", "커리어", "직장", "career", "experience", "experiences", "employment")
# Words that only say what part of a job the bullets below describe.
TOPIC_WORDS = frozenset(
    "engineering management infrastructure backend back-end frontend front-end fullstack full-stack "
    "development operations devops leadership architecture platform data product people team teams "
    "responsibilities achievements highlights duties impact and & of / · "
    "개발 운영 관리 인프라 백엔드 프론트엔드 풀스택 설계 리딩 리더십 팀 조직 매니지먼트 엔지니어링 "
    "주요 업무 담당 성과 역할 및".split()
)
_SITE = re.compile(
    r"\s+(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.(?:com|net|org|io|ai|app|co|kr|dev|me|so|xyz|tech|jp|us|uk|de|gg|ly|to|site|page)/?$"
)
_TOKEN = re.compile(r"[^\W\d_]+|[&/·]", re.UNICODE)
_HANGUL = re.compile(r"[가-힣]")


def prepare_work_items(items: list[Item], section_of) -> list[Item]:
    """`section_of(text)` is the heading lexicon (sections.lexicon_section), passed in to keep
    this module free of a cycle with sections.py."""
    items = [_without_site(item) for item in items]
    items = _group_headings(items)
    items = _company_headings(items)
    return _job_parts(items, section_of)


def without_notes(entries: list[dict]) -> list[dict]:
    """Work entries whose company ends in a bracket note ("Concentrix Korea (Microsoft M365
    Support)", "누리랩 (스타트업)") keep the note out of the company."""
    for entry in entries:
        if entry["company"]:
            entry["company"] = without_department(without_note(entry["company"]))
    return entries


def without_byline(entries: list[dict], name: str | None) -> list[dict]:
    """Work entries without the person's own name read as an employer with nothing under it: a
    title page ("경력기술서", then the name) opened the work section above the person's name."""
    person = " ".join((name or "").split())
    return [
        entry
        for entry in entries
        if not person
        or " ".join((entry["company"] or "").split()) != person
        or any(entry.get(key) for key in ("position", "duration", "project_name", "achievements", "tech_stack"))
    ]


def without_department(company: str) -> str:
    """ "별빛상사 데이터팀" -> "별빛상사", "Acme Corp Platform Division" -> "Acme Corp": a last word
    naming a team or a department is where in the company, not the company. English "Lab",
    "Group" stay (they end many companies' names), and so does a one-word name ("한빛센터"), and
    a public body's "Department" when no other part of the line is a company ("New York State
    Education Department"; "Harbor Corp. Sales Department" -> "Harbor Corp. Sales")."""
    words = company.split()
    if len(words) < 2:
        return company
    last = words[-1]
    korean = _HANGUL.search(last) and last.endswith(TEAM_SUFFIXES_KO) and last not in TEAM_SUFFIXES_KO
    if last.lower() in PUBLIC_BODY_ENDINGS_EN and not has_company_marker(" ".join(words[:-1])):
        return company  # "New York State Education Department": nothing else names the organisation
    if korean or last.lower() in DEPARTMENT_WORDS_EN:
        return " ".join(words[:-1])
    return company


# Words that end a public body's own name ("… Education Department", "… Transit Agency"): at the
# end of a company line with no company before them, they are the name, not a unit of it.
PUBLIC_BODY_ENDINGS_EN = frozenset({"department", "ministry", "agency", "office", "bureau", "commission"})


def _without_site(item: Item) -> Item:
    """ "(주)누리랩 nurilab.io | 2021.03 — Present": the web address shown after an employer's
    name (a link whose text is its domain) is not part of the name."""
    if item.period is None or not item.title:
        return item
    title = _SITE.sub("", item.title).strip()
    return dataclasses.replace(item, title=title) if title and title != item.title else item


def without_note(company: str) -> str:
    """ "누리랩 주식회사 (스타트업)" -> "누리랩 주식회사"; "누리랩 (주)" keeps its marker, and
    "(주)누리 (Nuri Inc.)" loses the name romanised in the bracket (an alias, not a note)."""
    note = TRAILING_NOTE.search(company)
    if note is None or not company[: note.start()].strip():
        return company
    alias = note.group().strip(" ()（）").isascii() and _HANGUL.search(company[: note.start()])
    if has_company_marker(note.group()) and not alias:
        return company
    return company[: note.start()].strip()


def _names_company(item: Item) -> str | None:
    """The company an undated heading names, or None when it is a role, a topic or a group."""
    line = item.kind == TEXT and item.strong and len(item.text) <= MAX_COMPANY_LINE_CHARS
    if not (item.heading or line) or item.period is not None or is_role(item.text) or _is_topic(item.text):
        return None
    company, position = company_and_position(item.text)
    return without_note(company) if company and position is None else None


def _company_headings(items: list[Item]) -> list[Item]:
    result: list[Item] = []
    index = 0
    while index < len(items):
        item = items[index]
        company = _names_company(item)
        merged = _with_dated_line(items, index, company) if company else None
        if merged is None:
            result.append(dataclasses.replace(item, company=company) if company != item.text and company else item)
            index += 1
            continue
        heading, kept, end = merged
        result.append(heading)
        result.extend(kept)
        index = end
    return result


def _with_dated_line(items: list[Item], index: int, company: str):
    """(the heading as one entry, the lines kept under it, the index after the dated line)."""
    role: Item | None = None
    kept: list[Item] = []
    for offset in range(1, LOOKAHEAD + 1):
        if index + offset >= len(items):
            return None
        line = items[index + offset]
        if line.heading or line.kind != TEXT:
            return None
        if line.period is None:
            if role is None and len(line.text) <= MAX_LISTED_NAME_CHARS and is_role(line.text):
                role = line
            else:
                kept.append(line)
            continue
        title = line.title.strip()
        if is_bare_address(title):
            title = ""  # "ncnc.app" on its own line under the company: its site, not a project
        split = service_and_role(title) if title else None  # "배송 서비스 / 백엔드 개발자": project, role
        if title and not (split or is_role(title) or role_without_location(title)):
            return None  # "결제 시스템 개편 2021.03 - 2022.01": a project of the company
        position = split[1] if split else _position_of(title) if title else (role.text if role else None)
        if role is not None and title:
            kept.insert(0, role)
        if split and split[0]:
            kept.insert(0, Item(kind=TEXT, text=split[0], titles=True))
        heading = dataclasses.replace(
            items[index], company=company, position=position, period=line.period, heading=True
        )
        return heading, kept, index + offset + 1
    return None


def _position_of(title: str) -> str:
    """The role a dated line gives under a company heading, without the notes the entry-line
    rules drop ("Frontend Engineer (Full-time) (Remote)" -> "Frontend Engineer")."""
    company, position = company_and_position(title)
    return position if company is None and position else title


def _group_inner(items: list[Item], index: int) -> int | None:
    """The index of the first employer heading under a group label ("### 초기 경력", perhaps a
    line about the group, then "#### 회사"), or None when the heading is no group label."""
    item = items[index]
    if not (item.heading and item.period is None and item.position is None):
        return None
    if not any(names_word(token.lower(), GROUP_WORDS) for token in _TOKEN.findall(item.text)):
        return None
    for inner in range(index + 1, min(index + 1 + GROUP_INTRO_LINES + 1, len(items))):
        following = items[inner]
        if following.heading:
            return inner if following.level > item.level else None
        if following.kind != TEXT or following.period is not None:
            return None
        if following.strong and len(following.text) <= MAX_COMPANY_LINE_CHARS:
            return inner  # employers set as bold lines under the group heading
    return None


def _group_headings(items: list[Item]) -> list[Item]:
    """A group label (and the lines about the group) is dropped and the headings under it move
    up to its level, so each of them opens an employer as its siblings outside the group do."""
    result: list[Item] = []
    shift, group_level, skip_to = 0, None, -1
    for index, item in enumerate(items):
        if index < skip_to:
            continue
        if item.heading and group_level is not None and item.level <= group_level:
            shift, group_level = 0, None
        inner = _group_inner(items, index) if shift == 0 else None
        if inner is not None:
            shift = items[inner].level - item.level if items[inner].heading else 0
            group_level, skip_to = (item.level if shift else None), inner
            continue
        result.append(dataclasses.replace(item, level=item.level - shift) if item.heading and shift else item)
    return result


def _is_topic(text: str) -> bool:
    tokens = _TOKEN.findall(text.lower())
    return bool(tokens) and all(token in TOPIC_WORDS for token in tokens)


def _job_parts(items: list[Item], section_of) -> list[Item]:
    items = list(items)
    result: list[Item] = []
    employer_level: int | None = None
    listing = False  # under a "Key Projects" label: short list items name projects
    in_job = False  # an employer heading or dated line came before
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        in_job = in_job or item.heading or item.period is not None
        if item.heading and (employer_level is None or item.level <= employer_level):
            employer_level, listing = item.level, False
            result.append(item)
            continue
        label = _part_label(item, section_of) if in_job else None
        if label == PROJECTS:
            listing = True
            continue
        if label == SKILLS and following is not None and following.kind == TEXT and not following.heading:
            raw = f"{item.text}: {following.text}"
            items[index + 1] = dataclasses.replace(following, kind=LABEL, field=labels.TECH, raw=raw)
            continue
        if (item.heading or (item.strong and item.kind == TEXT)) and item.period is None and _is_topic(item.text):
            continue
        named = named_project(item) if in_job else None
        if named is not None:
            result.append(dataclasses.replace(item, titles=True, text=named))
        if listing and item.kind == BULLET and _names_project(item):
            item = dataclasses.replace(item, titles=True, text=strip_icons(item.text))
        elif item.kind != BULLET:
            listing = listing and item.kind == LABEL
        result.append(item)
    return result


def _part_label(item: Item, section_of) -> str | None:
    """ "Projects", "**Key Projects**:", "주요 프로젝트", "**기술 스택**" inside a job."""
    if item.period is not None or item.kind == BULLET:
        return None
    if item.kind == LABEL and item.text:
        return None
    text = (item.raw or item.text).strip().rstrip(":：").strip()
    if item.kind == TEXT and not (item.heading or item.strong or (item.raw or "").endswith((":", "："))):
        return None
    section = section_of(text)
    return section if section in (PROJECTS, SKILLS) else None


def _names_project(item: Item) -> bool:
    text = item.text.strip()
    return len(text) <= MAX_LISTED_NAME_CHARS and not text.endswith((".", "다", ":", "：")) and item.period is None
