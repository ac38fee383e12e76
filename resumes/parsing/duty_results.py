"""A job's duty with its results nested under it: "- 결제 API 성능 개선" over "  ✓ p99 850ms → 120ms".

A list item with items nested under it titles them (blocks._mark_titles): a project's name over
its details ("- 중고 장터 앱" over "  - 역할: …"). Under a job, though, items set with a check
mark or an arrow are the results of the item above, and that item is the duty that had them:
an achievement like its siblings, not a project, unless it still looks like a project's name
(bold, calling itself a project, or one coined word such as "BookToss"). The marks
are data (project_words.yaml, `result_marks`).
"""

from __future__ import annotations

import re

from resumes.parsing.blocks import BULLET, Item
from resumes.parsing.project_bullets import AREA_ENDINGS, PART_WORDS
from resumes.parsing.project_names import is_kind, project_words

_PROPER = re.compile(r"^[A-Z][A-Za-z0-9]{3,}$")


def duties_over_results(items: list[Item]) -> list[Item]:
    """The work section's items, an item over results only no longer titling them."""
    for index, item in enumerate(items):
        if item.titles and item.kind == BULLET and not _names_project(item):
            below = _nested(items, index)
            if below and all(_is_result(child) for child in below):
                item.titles = False
    return items


def _nested(items: list[Item], index: int) -> list[Item]:
    """The items directly under the list item at `index`: deeper ones, up to the next on its level."""
    level, below = items[index].level, []
    for item in items[index + 1 :]:
        if item.heading or item.kind != BULLET or item.level <= level:
            break
        below.append(item)
    return below


def _is_result(item: Item) -> bool:
    return item.period is None and bool(item.marker) and item.marker in project_words()["result_marks"]


def _names_project(item: Item) -> bool:
    """Whether the item reads as a name, whatever is under it."""
    text = item.text.strip()
    if item.strong:
        return True
    if any(is_kind(word) for word in re.split(r"[\s\-—–:()（）]+", text) if word):
        return True  # "결제 모듈 개편 프로젝트", "Project Atlas"
    return bool(_PROPER.match(text)) and text.lower() not in PART_WORDS and not text.lower().endswith(AREA_ENDINGS)
