"""A dated bullet among a job's achievements: "- 커밋 1,490건, 머지된 PR 669건 작성 (2024.12 - 2026.09)".

A list item with a period usually heads an employer or a project ("- 누리전자 (2019-2022)",
"• 멍냥예약 (2024.05 ~ 2025.06)" with its own nested bullets). One that follows undated
achievement bullets of the same list, and heads nothing of its own, is one more achievement:
its period says when that was done, not a new entry. One followed by an employer's own
labelled fields ("■ 가온시스템 (2018.10 ~ 2021.03)" over "- 부서/직급: …") heads them, and so
does one that opens with its period ("August 2016 - March 2020, Fenwick Studios"): an
achievement says what was done first and when after it. So does one set with a marker of
its own ("■ 정산 자동화 (2022.01 ~ 2022.09)", "2. …") after "•" achievements, where a PDF put
the title and its bullets on one list level: a project's title, not one more achievement.
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing import labels
from resumes.parsing.blocks import BULLET, LABEL, Item

_EMPLOYER_FIELDS = frozenset({labels.POSITION, labels.COMPANY, labels.DUTIES, labels.PERIOD})
# Markers that title what follows them rather than list one more point: squares, triangles,
# diamonds and numbers.
_TITLE_MARKERS = re.compile(r"^(?:[■□▶▷►▸◆◇❖]|\(?\d{1,2}[.)])$")


def undate_achievements(items: list[Item]) -> list[Item]:
    """The items with each dated achievement bullet read as a plain bullet."""
    result = list(items)
    for index, item in enumerate(items):
        previous = items[index - 1] if index else None
        following = items[index + 1] if index + 1 < len(items) else None
        if (
            item.kind == BULLET
            and item.period is not None
            and item.title  # words before the period; a bare "(May 2020 - Jun 2023) -" heads the line below
            and not item.text.lstrip("*_([ ").startswith(item.period.text)
            and not item.rest
            and not item.titles
            and previous is not None
            and previous.kind == BULLET
            and previous.period is None
            and previous.level == item.level
            and not previous.titles
            and not (following is not None and not following.heading and following.level > item.level)
            and not (following is not None and following.kind == LABEL and following.field in _EMPLOYER_FIELDS)
            and not (_TITLE_MARKERS.match(item.marker) and not _TITLE_MARKERS.match(previous.marker))
        ):
            result[index] = dataclasses.replace(item, period=None, title="", rest="")
    return result
