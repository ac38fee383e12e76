"""A dated project title with its employer alone on the next line, read as the employer's entry.

Korean resumes made in Pages or Word often open each job with the project done there and its
period, then the company on a line of its own, then labelled sub-lines:

    아파트 관리 플랫폼 제작(NESTAPP)(2021.12.27. ~ 현재)
    누리소프트
    - 내용 : ...

The dated line names work done (it ends in a word such as 제작, 개발, 구축), the line under it is a
short name with no period, no role and no sentence: that line is the employer, the period is the
stay's, and the dated title is the project done there. Without this, the project title was taken
for the company and the company for a project.
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing.blocks import BULLET, LABEL, TEXT, Item
from resumes.parsing.roles import is_role

# Words that end a title naming work done, not a job or an organisation.
PROJECT_ENDINGS = ("개발", "제작", "구축", "구현", "설계", "개편", "진행", "고도화", "리뉴얼", "분석", "운영")
MAX_EMPLOYER_CHARS = 30
MAX_EMPLOYER_WORDS = 3
_BRACKETS = re.compile(r"\s*\([^)]*\)\s*$")


def _names_work(title: str) -> bool:
    core = title.strip()
    while _BRACKETS.search(core):
        core = _BRACKETS.sub("", core)
    return core.endswith(PROJECT_ENDINGS)


def _employer_shape(item: Item) -> bool:
    text = item.text.strip()
    return (
        item.kind == TEXT
        and item.period is None
        and not item.heading
        and 0 < len(text) <= MAX_EMPLOYER_CHARS
        and len(text.split()) <= MAX_EMPLOYER_WORDS
        and not any(ch in text for ch in ".:,;|")
        and not _names_work(text)
        and not is_role(text)
    )


def projects_over_employers(items: list[Item]) -> list[Item]:
    """Items with each dated project title over its employer line made the employer's dated
    heading, the project title kept under it as the entry's project."""
    result: list[Item] = []
    index = 0
    while index < len(items):
        item = items[index]
        below = items[index + 1] if index + 1 < len(items) else None
        after = items[index + 2] if index + 2 < len(items) else None
        if (
            item.kind == TEXT
            and item.period is not None
            and not item.heading
            and not item.company
            and item.title
            and _names_work(item.title)
            and below is not None
            and _employer_shape(below)
            and after is not None
            and after.kind in (BULLET, LABEL)
        ):
            employer = below.text.strip()
            result.append(
                dataclasses.replace(
                    item, text=employer, title=employer, heading=True, level=0, company=employer, position=None
                )
            )
            result.append(Item(kind=TEXT, text=item.title.strip(), raw=item.title.strip()))
            index += 2
            continue
        result.append(item)
        index += 1
    return result
