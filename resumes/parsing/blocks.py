"""Lines of a section turned into logical items: one item per bullet, label or paragraph.

PDF text arrives wrapped at the page margin. A physical line continues the item before it
when that line ran to the margin (or, with positioned PDF text, when it hangs under a bullet),
so a two-line achievement becomes one achievement again. Entry headers, the lines that
carry a period ("(주)펫케어링크 | 백엔드 개발자    2024.05 ~ 2025.06"), are never continuations.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass

from resumes.parsing.dates import Period, find_dates
from resumes.parsing.headers import header_parts, header_single_date, header_with_rest, trim
from resumes.parsing.labels import ACHIEVEMENTS, DEMO, GITHUB, LINK, field_of, label_of
from resumes.parsing.lines import HEADING, Line
from resumes.parsing.month_periods import one_month, one_month_header
from resumes.parsing.places import without_place_cells
from resumes.parsing.site_labels import site_label
from resumes.parsing.urls import find_urls

BULLET = "bullet"
TEXT = "text"
LABEL = "label"

_LIST_MARKERS = ("·", "•", "|", ",")
_LIST_SPLIT = re.compile(r"[·•|,]")
_LIST_ITEM_WORDS = 3  # "Spring Boot", "Amazon Web Services": a listed name is a few words
_LEADING_LABEL = re.compile(r"^[^,:：\t]{1,25}[:：]\s")
FULL_LINE_SHARE = 0.72
MAX_BULLET_TITLE_CHARS = 80


@dataclass
class Item:
    kind: str
    text: str
    field: str | None = None  # for labels
    strong: bool = False
    lead: str = ""  # an emphasised span opening the line before ", …" (Line.lead)
    period: Period | None = None  # a header: the period found at the line's start or end
    title: str = ""  # a header's text without its period, its cells apart by a tab ("Acme ⇥ Engineer")
    single_date: str | None = None  # a header with one date instead of a period ("2023.10")
    raw: str = ""  # the whole line, label included
    links: list[str] = dataclasses.field(default_factory=list)  # web addresses on a header line
    heading: bool = False  # a heading of the document's own structure (Markdown, HTML, DOCX, PDF)
    level: int = 0  # a heading's level, a list item's depth
    rest: str = ""  # what follows a header's period: "누리전자 (2019-2022): 사내 시스템 개발"
    titles: bool = False  # a list item whose nested items describe it: a project's name
    company: str | None = None  # a heading's employer and role, when read from the lines under it
    position: str | None = None
    nested: bool = False  # a paragraph inside a list item ("- **Name**" then an indented "팀원: …")
    marker: str = ""  # a list item's marker as the reader saw it ("■", "1."), when it kept one


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def mark_full_lines(lines: list[Line]) -> None:
    """For wrapped sources: flag the lines that run to the right margin of the document."""
    widths = sorted(display_width(line.flat) for line in lines if line.text and "\t" not in line.text)
    if len(widths) < 5:
        return
    capacity = widths[int(len(widths) * 0.9) - 1]
    for line in lines:
        line.full = not line.ended and display_width(line.flat) >= FULL_LINE_SHARE * capacity


def merge_split_headers(lines: list[Line]) -> list[Line]:
    """Rejoin a title and the period that extraction put on the next line of its own."""
    merged: list[Line] = []
    for line in lines:
        if not line.bullet and line.text and merged:
            title, period = header_parts(line.text)
            previous = _last_filled(merged)
            if (
                ((period is not None and not title) or one_month(line.text) is not None)
                and previous is not None
                and not previous.bullet
                and not previous.ended  # a blank gap or a sentence's end below it (pdfrows.py)
                and label_of(previous) is None
                and header_parts(previous.text)[1] is None
                and not find_dates(previous.text)
            ):
                previous.text = f"{previous.text}\t{line.text}"
                continue
        merged.append(dataclasses.replace(line, text=without_place_cells(line.text)))
    return merged


def _last_filled(lines: list[Line]) -> Line | None:
    for line in reversed(lines):
        if line.text:
            return line
    return None


def section_items(lines: list[Line], *, wrapped: bool, single_dates: bool = False, labels: bool = True) -> list[Item]:
    lines = merge_split_headers(lines)
    items: list[Item] = []
    previous_line: Line | None = None
    bullet_indent: int | None = None
    for line in lines:
        if not line.text:
            previous_line = None
            continue
        if line.kind == HEADING:
            items.append(_heading_item(line))
            previous_line = line
            continue
        if wrapped and _wraps_label(line, items, previous_line):
            # "Tech: Spring Boot · Nginx · ... ·" wrapped, leaving "· K6 · InfluxDB" below
            items[-1].text = f"{items[-1].text} · {line.flat}"
            items[-1].raw = f"{items[-1].raw} · {line.flat}"
            previous_line = line
            continue
        label, title, period, single, rest = _line_header(line, labels=labels, single_dates=single_dates)
        if (
            wrapped
            and items
            and previous_line is not None
            and label is None
            and period is None
            and single is None
            and not line.bullet
            and not _LEADING_LABEL.match(line.flat)
            and site_label(line.flat) is None  # "주요직무 정보보안" under a row's duty line
            and _continues(line, previous_line, items[-1], bullet_indent)
        ):
            joiner = "" if items[-1].text.endswith(("-", "/")) and items[-1].kind == LABEL else " "
            items[-1].text = f"{items[-1].text}{joiner}{line.flat}".strip()
            items[-1].raw = f"{items[-1].raw}{joiner}{line.flat}".strip()
            if items[-1].title:
                items[-1].title = f"{items[-1].title} {line.flat}"
            previous_line = line
            continue
        if period is None and single is None and label is None and not line.bullet:
            title, period = one_month_header(line) or (title, None)  # "2025.10" under a project title
        item = _new_item(line, label, title, period, single, rest)
        if item.kind == BULLET:
            bullet_indent = line.indent
        items.append(item)
        previous_line = line
    _mark_titles(items)
    return items


def _wraps_label(line: Line, items: list[Item], previous_line: Line | None) -> bool:
    """A list-marker line right under a full-width label line is the rest of that label's list,
    unless it opens with a label of its own ("▶ 프로젝트: …" over "· 사용기술: …") or is a sentence
    rather than list items ("· 배차 알고리즘 개선으로 운행 거리 12% 절감" under "· 사용기술: …")."""
    return bool(
        line.bullet
        and line.marker in _LIST_MARKERS
        and label_of(line) is None
        and all(len(part.split()) <= _LIST_ITEM_WORDS for part in _LIST_SPLIT.split(line.flat))
        and items
        and items[-1].kind == LABEL
        and previous_line is not None
        and previous_line.full
    )


def _line_header(line: Line, *, labels: bool, single_dates: bool):
    """(label, title, period, single date, rest) a line may open with: "기술: …", "멍냥예약
    (2024.05 ~ 2025.06)", "정보처리기사 2023.11"."""
    label = label_of(line) if labels else None
    title, period = header_parts(line.text)
    if line.bullet and len(title) > MAX_BULLET_TITLE_CHARS:
        title, period = line.text, None
    rest = ""
    if period is None and label is None:
        title, period, rest = header_with_rest(line.text)
    single = None
    if period is None and single_dates and not line.bullet and label is None:
        title, single = header_single_date(line.text)
    return label, title, period, single, rest


def spaced_cells(text: str | None) -> str | None:
    """A title's cells stay apart by a tab while its parts are told (Item.title); a name made of
    several is one run of words."""
    return " ".join(text.split("\t")) if text else text


def _new_item(line: Line, label, title: str, period, single, rest: str) -> Item:
    if label is not None:
        return Item(LABEL, label[1], field=label[0], strong=line.strong, raw=line.flat, level=line.level)
    if line.bullet:
        # "• 멍냥예약 - 예약 플랫폼 (2024.05 ~ 2025.06)": a bullet that heads a project
        return Item(
            BULLET,
            line.flat,
            strong=line.strong,
            raw=line.flat,
            period=period,
            title=title.strip() if period else "",
            level=line.level,
            rest=rest,
            marker=line.marker,
        )
    return Item(
        TEXT,
        line.flat,
        strong=line.strong,
        period=period,
        title=title.strip() if (period or single) else "",
        single_date=single,
        raw=line.flat,
        rest=rest,
        lead=line.lead,
        links=find_urls(line.text) if (period or single) else [],
        nested=line.level > 0,
    )


def _mark_titles(items: list[Item]) -> None:
    """ "1. 중고 장터 앱" with "- 역할: …", "- 기술: …" nested under it titles those items, and so does a
    bold item over paragraphs of its own ("- **중고 장터 앱**" then an indented "팀원: 3명"). Under
    an achievements label ("주요 성과", "Key Achievements") an item with details nested under it
    ("• Built the report agent" over "‣ saved 15 hours a week") is a result, not a name."""
    results = False
    for item, following in zip(items, items[1:], strict=False):
        if item.kind != BULLET or item.heading:
            results = _opens_results(item, results)
        elif (
            not results
            and item.kind == BULLET
            and item.level
            and not following.heading
            and (
                (following.kind in (BULLET, LABEL) and following.level > item.level)
                or (following.kind == TEXT and following.nested and item.strong)  # "- **Name**", "  팀원: …"
            )
            and item.period is None
            and len(re.sub(r"https?://\S+", "", item.text).strip()) <= 60  # a linked name's address aside
            and not item.text.endswith((".", ":", "："))
        ):
            item.titles = True


def _opens_results(item: Item, results: bool) -> bool:
    """Whether the items after this one list results: an achievements label opens such a list,
    a link label beside a result keeps it going, anything else ends it."""
    if item.kind == LABEL:
        return item.field == ACHIEVEMENTS or (results and item.field in (GITHUB, DEMO, LINK))
    plain = item.text.strip().strip("*_#").strip().rstrip(":：").strip()
    return item.period is None and field_of(plain) == ACHIEVEMENTS


def _heading_item(line: Line) -> Item:
    title, period = header_parts(line.text)
    if period is None:
        title, period = one_month_header(line, whole=False) or (title, None)  # a table row's period cell "2025.10"
    title = title.replace("\t", " ").strip()
    return Item(
        TEXT,
        line.flat,
        strong=True,
        period=period,
        title=title if period else "",
        raw=line.flat,
        links=find_urls(line.text),
        heading=True,
        level=line.level,
    )


_YEAR_TITLE = re.compile(r"^(?P<name>[^()（）]{1,60}?)\s*[(（]\s*(?P<year>(?:19|20)\d{2})\s*[)）]$")


def year_title(text: str) -> tuple[str, str] | None:
    """ "Parcelgraph (2021)" -> ("Parcelgraph", "2021"): a short title ending in a bracketed year.
    A bare year is too weak to be a period, so header reading leaves it in the title."""
    match = _YEAR_TITLE.match(text)
    if match is None or not trim(match.group("name")):
        return None
    return trim(match.group("name")), match.group("year")


def _continues(line: Line, previous_line: Line, previous: Item, bullet_indent: int | None) -> bool:
    if line.strong and not previous_line.strong:
        return False  # a bold line under plain text titles the next entry
    if (previous.title or previous.text).count("(") > (previous.title or previous.text).count(")") and ")" in line.text:
        return True  # "... Enrolled (expected" / "graduation 2026.05)"
    if previous.period is not None or previous.single_date is not None:
        return False
    if previous.text.endswith(".") and year_title(line.flat) is not None:
        return False  # "... on GitHub." then "Railtime Bot (2023)": the next title, not a wrap
    if previous.kind == LABEL and not previous.text:
        return False
    if re.search(r"(?:…|\.{3})\.?$", previous.text.rstrip()):
        return False  # "…, JWT attacks, …." ends its list however far it ran: "etc."
    if previous.kind == BULLET and line.indent is not None and bullet_indent is not None:
        return line.indent > bullet_indent or _ends_at_marker(line, previous_line, bullet_indent)
    return previous_line.full


_SENTENCE_END = (".", "다", "요", ")", ":", "：")


def _ends_at_marker(line: Line, previous_line: Line, bullet_indent: int) -> bool:
    """A bullet wrapped back to its marker's x (no hanging indent): a short last line that ends
    the sentence the bullet left open ("…운영 구조를" / "정리했습니다.") is the bullet's end."""
    return (
        line.indent == bullet_indent
        and not previous_line.ended
        and not previous_line.text.rstrip().endswith(_SENTENCE_END)
        and line.text.rstrip().endswith((".", "다"))
        and display_width(line.flat) <= 30
        and not line.strong
    )
