"""Personal projects: a dated title line (or a title in bold), then description, links,
"Tech: ..." and bullets; "Architecture:" switches the bullets that follow to
architecture_highlights."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from resumes.parsing import labels
from resumes.parsing.blocks import BULLET, LABEL, TEXT, Item, trim, year_title
from resumes.parsing.dates import find_periods
from resumes.parsing.field_words import field_of
from resumes.parsing.named_items import MAX_NAME_CHARS, NAME_LEVEL
from resumes.parsing.places import is_place
from resumes.parsing.project_details import tells_of_project
from resumes.parsing.project_groups import is_title_row
from resumes.parsing.project_names import NAME_DASH, bar_stack, described_name, title_name
from resumes.parsing.roles import is_role, tech_bracket
from resumes.parsing.skill_items import line_items, skill_names
from resumes.parsing.technologies import skill_key
from resumes.parsing.urls import find_urls, is_github


@dataclass
class _Project:
    name: str | None = None
    duration: str | None = None
    description: list[str] = field(default_factory=list)
    tech_stack: list[str] = field(default_factory=list)
    github_url: str | None = None
    demo_url: str | None = None
    key_achievements: list[str] = field(default_factory=list)
    architecture_highlights: list[str] = field(default_factory=list)
    bullets_to: str = "key_achievements"
    listed: bool = False  # opened by a "name — description" list item
    role: str | None = None  # opened by a job title row: the line under it names the project

    @property
    def awaiting_name(self) -> bool:
        return bool(self.role) and not (self.name or self.has_body or self.description)

    @property
    def has_body(self) -> bool:
        return bool(
            self.key_achievements or self.architecture_highlights or self.tech_stack or self.github_url or self.demo_url
        )

    def add_link(self, url: str, *, kind: str | None = None) -> None:
        if (kind == labels.GITHUB or (kind is None and is_github(url))) and not self.github_url:
            self.github_url = url
        elif not self.demo_url:
            self.demo_url = url

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "duration": self.duration,
            "description": "\n".join(([self.role] if self.role else []) + self.description) or None,
            "tech_stack": self.tech_stack,
            "github_url": self.github_url,
            "demo_url": self.demo_url,
            "key_achievements": self.key_achievements,
            "architecture_highlights": self.architecture_highlights,
        }


def parse_projects(items: list[Item]) -> list[dict]:
    return _read_projects(_dated_heading_bodies(_without_part_headings(items)))


def _dated_heading_bodies(items: list[Item]) -> list[Item]:
    """A heading with a period names one project ("## 사내 메신저" dated "2021.02 ~ 현재"): the list
    items under it up to the next heading are its write-up, never projects of their own, even
    where they hold nested items ("- 키워드: …", "- 기여 범위: …", a first bullet with details)."""
    result: list[Item] = []
    in_dated = False
    for item in items:
        if item.heading:
            in_dated = item.period is not None
        elif in_dated and item.titles:
            item = replace(item, titles=False)
        result.append(item)
    return result


def _without_part_headings(items: list[Item]) -> list[Item]:
    """ "#### [개발]", "**주요 업무 및 성과:**" after a project's name: a part of that project's
    write-up (its bullets stay the project's), never a project of its own; a heading naming
    the section again ("### 기타 프로젝트", "### Other Projects") groups projects, no project."""
    from resumes.parsing.sections import PROJECTS, lexicon_section

    return [
        item
        for index, item in enumerate(items)
        if not (index and (item.heading or item.strong) and (labels.is_part_label(item.text) or _stack_title(item)))
        and not (item.heading and item.period is None and lexicon_section(item.text) == PROJECTS)
    ]


def _stack_title(item: Item) -> bool:
    """ "**Use Technology**" over a project's tool rows: the title of its stack, no project."""
    return item.period is None and field_of("stack_titles", item.text.strip().rstrip(":：")) == labels.TECH


def _read_projects(items: list[Item]) -> list[dict]:
    projects: list[_Project] = []
    current: _Project | None = None
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if item.heading or item.titles:
            if not (current is not None and current.awaiting_name and item.period is None):
                current = _Project(duration=item.period.text if item.period else None)
                projects.append(current)
            name = _name_without_links(item.title if item.period else item.text, current)
            _split_header_notes(current, name, named=item.level == NAME_LEVEL)  # a bold span is the name
            continue
        if item.period is not None and not item.title and current is not None and current.duration is None:
            current.duration = item.period.text  # "- 2023.12 ~" under a project's name: its period
            continue
        if item.period is not None and item.kind in (TEXT, BULLET) and not tells_of_project(items, index):
            current = _dated_row(item)
            projects.append(current)
            continue
        if current is not None and current.awaiting_name and item.kind == TEXT and _could_name(item.text):
            if not is_place(item.text):  # "중구, 서울" under the title row says where, not what
                _split_header_notes(current, _name_without_links(item.text, current))
            continue
        year_title = _year_title(item)
        if year_title is not None:
            current = _Project(duration=year_title[1])
            current.name = _name_without_links(year_title[0], current)
            projects.append(current)
            continue
        if (
            item.kind in (TEXT, BULLET)
            and (current is None or current.listed or (item.kind == TEXT and current.has_body))
            and (described_name(item.text) or (item.kind == TEXT and _header_notes(_COUNT.sub("", item.text))))
            and not tells_of_project(items, index)  # "[목적] …", "Role: …", "신기술 도입: …" under "[주요 성과]"
        ):
            # "- **route-lint** — a linter for ...", "Skyline: renders city skylines from ...": a list
            # of projects, one per item
            current = _Project(listed=True)
            current.name = _name_without_links(item.text, current)
            _split_described_name(current)
            projects.append(current)
            continue
        if item.kind == TEXT and (current is None or _opens_project(item, items[index - 1], following, current)):
            current = _Project()
            current.name = _name_without_links(item.text, current)
            _split_described_name(current)
            projects.append(current)
            continue
        if current is None:
            current = _Project()
            projects.append(current)
        if item.kind == LABEL:
            current = _apply_label(item, current, projects)
        elif item.kind == BULLET:
            getattr(current, current.bullets_to).append(item.text)
        else:
            _add_text(current, item.text)
    return [p.as_dict() for p in map(_named_by_role, projects) if p.name or p.has_body or p.description]


def _named_by_role(project: _Project) -> _Project:
    """A title row with no name under it, only bullets, is named by its title, as before."""
    if project.name is None and project.role and (project.has_body or project.description):
        project.name, project.role = project.role, None
    return project


def _dated_row(item: Item) -> _Project:
    """A project opened by a dated row; a job title row ("Software Engineer ⇥ 2019 - Present")
    leaves the name to the line under it."""
    project = _Project(duration=item.period.text if item.period else None)
    if item.kind == TEXT and is_title_row(item.title):
        project.role = item.title
        return project
    _split_header_notes(project, _name_without_links(item.title, project))
    for url in item.links:
        project.add_link(url)
    return project


def _add_text(current: _Project, text: str) -> None:
    urls = find_urls(text)
    if urls and text.strip() in urls:
        current.add_link(urls[0])
    elif names := _stack_row(text):
        current.tech_stack.extend(name for name in names if name not in current.tech_stack)
    else:
        current.description.append(text)


def _stack_row(text: str) -> list[str]:
    """ "NodeJS, Koa, MySQL" (a row of code spans, each a technology the catalog knows): the
    project's stack, not its description."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) < 3 or any(skill_key(part) is None for part in parts):
        return []
    return parts


def _could_name(text: str) -> bool:
    """A short line with no sentence ending: a name, where a sentence describes."""
    return 0 < len(text) <= MAX_NAME_CHARS and not text.endswith((".", "다", "요", ":", "："))


def _titles_period_line(item: Item, following: Item | None) -> bool:
    """A short line directly above "기간: ..." / "Period: ..." is that project's title."""
    return (
        following is not None and following.kind == LABEL and following.field == labels.PERIOD and len(item.text) <= 80
    )


def _opens_project(item: Item, previous: Item, following: Item | None, current: _Project) -> bool:
    """A plain line that titles the next project rather than describing the current one."""
    return (
        (item.strong and current.has_body)
        or _titles_period_line(item, following)
        or _titles_after_text(item, previous, current)
    )


def _titles_after_text(item: Item, previous: Item, current: _Project) -> bool:
    """A bold line after a project's plain paragraph, short and no sentence, titles the next
    project (a Typst or LaTeX template: a bold name, then a paragraph, no bullets)."""
    text, plain = item.text.strip(), previous.kind == TEXT and not previous.strong
    short = len(text) <= 2 * MAX_NAME_CHARS and _could_name(text[-MAX_NAME_CHARS:])  # its ending
    return item.strong and bool(current.description) and plain and short


def _year_title(item: Item) -> tuple[str, str] | None:
    """ "Parcelgraph (2021)" opens a project even under another project's description."""
    if item.kind != TEXT or item.period is not None:
        return None
    return year_title(item.text)


# What a project header may carry after its name: a count ("120+ commits", "2k stars").
_COUNT = re.compile(
    r"\s+\d[\d,.]*[km]?\+?\s*(?:commits?|stars?|downloads?|installs?|contributors?|users?|PRs?|pull requests)$"
    r"|\s+(?:커밋|스타|다운로드|사용자)\s*\d[\d,.]*[km만천]?\+?\s*(?:개|회|명|건)?$",
    re.IGNORECASE,
)


def _split_described_name(project: _Project) -> None:
    described = described_name(project.name or "")
    if described is not None:
        project.name = described[0]
        project.description.append(described[1])
    _split_header_notes(project)


def _split_header_notes(project: _Project, name: str | None = None, *, named: bool = False) -> None:
    project.name = name or project.name
    notes = _header_notes(project.name or "")
    if notes is not None:
        project.name = notes[0]
        project.tech_stack.extend(t for t in notes[1] if t not in project.tech_stack)
        if notes[2]:
            project.description.insert(0, notes[2])
    if project.name:  # "Tidewatch — Uptime checks", "Tidewatch (GitHub)", "[쇼핑몰 리뉴얼]"
        project.name, said, stack = title_name(project.name, subtitles=not named)
        project.tech_stack.extend(t for t in stack if t not in project.tech_stack)
        project.description[:0] = said


# A bracket after a project's name saying how it was made or where it stands: a note, not the name.
_MADE_NOTE = re.compile(r"\s*[(（]([^()（）]{1,40})[)）]\s*$")
_MADE_WORDS = re.compile(
    r"\d+\s*인|개인|팀\s*프로젝트|사이드|토이|오픈\s*소스|(?:운영|진행|개발|서비스)\s*중|외주|"
    r"\b(?:solo|personal|side project|open[- ]source|ongoing|wip|in progress|team of \d+)\b",
    re.IGNORECASE,
)


def _header_notes(text: str) -> tuple[str, list[str], str] | None:
    """ "Widget(Rust) - Maintainer  120+ commits" -> ("Widget", ["Rust"], "Maintainer · 120+
    commits"): the name, its stack, and a role and a count, which describe the work."""
    name, notes = text, []
    count = _COUNT.search(name)
    if count is not None and count.start():
        name, notes = trim(name[: count.start()]), [count.group().strip()]
    parts = NAME_DASH.split(name)
    if len(parts) == 2 and is_role(parts[1]) and not is_role(parts[0]):
        name, notes = parts[0], [parts[1], *notes]
    how = _MADE_NOTE.search(name)
    if how is not None and how.start() and _MADE_WORDS.search(how.group(1)):
        name, notes = trim(name[: how.start()]), [how.group(1).strip(), *notes]  # "꽃길 (1인 개발 · 운영 중)"
    name, stack = tech_bracket(name)
    if not stack:
        name, stack = bar_stack(name)
    if name == text or not trim(name) or len(trim(name)) > 40:
        return None
    return trim(name), stack, " · ".join(notes)


# The label of a link set beside a project's name ("Name [GitHub]", "Name [Demo]"): no part of it.
_LINK_LABEL = re.compile(r"\s*\[(?:github|git|demo|link|site|code|repo|paper|blog|web|웹|링크|데모)\]", re.I)


def _name_without_links(title: str, project: _Project) -> str | None:
    for url in find_urls(title):
        project.add_link(url)
        title = title.replace(url, "")
    return trim(_LINK_LABEL.sub("", title)) or None


def _apply_label(item: Item, current: _Project, projects: list[_Project]) -> _Project:
    value = item.text
    if item.field == labels.PROJECT and value:
        if current.name and (current.has_body or current.description):
            current = _Project()
            projects.append(current)
        current.name = value
    elif item.field == labels.TECH and value:
        current.tech_stack.extend(t for t in skill_names(line_items(value)) if t not in current.tech_stack)
    elif item.field in (labels.GITHUB, labels.DEMO, labels.LINK):
        for url in find_urls(value):
            current.add_link(url, kind=item.field)
    elif item.field == labels.PERIOD and value:
        found = find_periods(value)
        current.duration = found[0].text if found else value
    elif labels.states_work(item.field, value):
        current.key_achievements.append(value)
    elif item.field in (labels.ACHIEVEMENTS, labels.DUTIES):
        current.bullets_to = "key_achievements"
        if value:
            current.key_achievements.append(value)
    elif item.field == labels.ARCHITECTURE:
        current.bullets_to = "architecture_highlights"
        if value:
            current.architecture_highlights.append(value)
    elif item.field == labels.DESCRIPTION and value:
        current.description.append(value)
    elif value:
        current.description.append(item.raw)
    return current
