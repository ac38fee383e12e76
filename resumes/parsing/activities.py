"""Activities: a title line with its period or date ("[교육] 코드스프링 부트캠프  2023.09 ~ 2024.02",
"Go Northwest Meetup  2023.10"), then a description, bullets and a link."""

from __future__ import annotations

import re

from resumes.parsing import labels
from resumes.parsing.blocks import BULLET, LABEL, TEXT, Item, trim
from resumes.parsing.urls import find_urls

_TYPE_PREFIX = re.compile(r"^[\[【]([^\]】]{1,20})[\]】]\s*(.+)$")
_TYPED_TITLE = re.compile(r"^([^|]{1,15}?)\s*[|:]\s*(.+)$")
# Kinds of activity people name before the title ("발표 | 다트랩 밋업", "Club | ACM").
_KINDS = {
    "교육",
    "커뮤니티",
    "동아리",
    "수상",
    "발표",
    "스터디",
    "봉사",
    "봉사활동",
    "대외활동",
    "해커톤",
    "컨퍼런스",
    "세미나",
    "멘토링",
    "강의",
    "기술 블로그",
    "블로그",
    "오픈소스",
    "공모전",
    "대회",
    "연구",
    "talk",
    "club",
    "community",
    "award",
    "volunteer",
    "volunteering",
    "tutoring",
    "study",
    "hackathon",
    "conference",
    "blog",
    "open source",
    "mentoring",
    "teaching",
    "competition",
    "meetup",
    "workshop",
    "leadership",
    "research",
    "writing",
}


def parse_activities(items: list[Item]) -> list[dict]:
    activities: list[dict] = []
    current: dict | None = None
    for item in items:
        dated = item.kind == TEXT and (item.period is not None or item.single_date is not None)
        typed = item.kind == TEXT and _TYPE_PREFIX.match(item.text)
        if dated or typed or current is None:
            title = item.title if dated else item.text
            current = _activity(title)
            if dated:
                current["period"] = item.period.text if item.period else item.single_date
            activities.append(current)
            if item.kind == BULLET:
                current["name"] = None
                current["achievements"].append(item.text)
            continue
        urls = find_urls(item.text)
        if (
            urls
            and item.text.strip() in urls
            or (item.kind == LABEL and item.field in (labels.DEMO, labels.GITHUB, labels.LINK) and urls)
        ):
            current["url"] = current["url"] or urls[0]
        elif item.kind == BULLET:
            current["achievements"].append(item.text)
        elif item.kind == LABEL and item.field == labels.PERIOD:
            current["period"] = current["period"] or item.text or None
        else:
            text = item.raw or item.text
            current["description"] = f"{current['description']}\n{text}" if current["description"] else text
    return [a for a in activities if a["name"] or a["achievements"] or a["description"]]


def _activity(title: str) -> dict:
    kind = None
    match = _TYPE_PREFIX.match(title)
    typed = _TYPED_TITLE.match(title)
    if match:
        kind, title = match.group(1).strip(), match.group(2).strip()
    elif typed and typed.group(1).strip().lower() in _KINDS:
        kind, title = typed.group(1).strip(), typed.group(2).strip()
    url = None
    for found in find_urls(title):
        url = url or found
        title = trim(title.replace(found, ""))
    return {"type": kind, "name": title or None, "description": None, "period": None, "achievements": [], "url": url}
