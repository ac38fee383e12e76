"""Section labels set in a left gutter, as job-portal exports (사람인, 잡코리아) print them: the
label is the first cell of the section's first row, not a heading line of its own.

    경력      솔박스        2021.11 ~ 2023.03 1년 5개월
              총 1년 5개월  미디어팀 주임 (팀원) 2년차
    학력      한빛대학교    2014.03 ~ 2018.02 (졸업)

A row whose first cell is a section name ("경력", "학력", "경험/활동/교육") and whose other
cells carry a date is split in two: the label opens the section, the rest of the row is its
first line. A summary strip ("경력 ⇥ 학력 ⇥ 희망연봉") has no date and is left as it is, and so
is a row under a table's header row, whose first cell is that column's ("구분 | 자격증명" over
"어학 | TOEIC").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from resumes.parsing import labels
from resumes.parsing.dates import find_periods
from resumes.parsing.lines import HEADING, ROW, Line
from resumes.parsing.site_labels import TENURE_SUMMARY
from resumes.parsing.tables import names_columns

MAX_LABEL_CHARS = 12
# "2021.11 ~ 2023.03 1년 5개월": the length of the stay after the period, and "2년차" after a grade.
_TENURE_AFTER_PERIOD = re.compile(r"(?<=\d)\s+(?:\d+\s*년\s*)?(?:\d+\s*개월)?\s*$")
_YEAR_OF_SERVICE = re.compile(r"\s*\d+\s*년차\s*$")
_DATE_CELL = re.compile(r"\b(?:19|20)\d{2}\s*[.\-/]\s*\d{1,2}\b")  # "2019.03": a single date


def _dated(text: str) -> bool:
    return bool(find_periods(text) or _DATE_CELL.search(text))


def _split(line: Line, section_of: Callable[[Line], str | None]) -> list[Line] | None:
    if line.bullet or line.kind == HEADING or "\t" not in line.text:
        return None
    label, rest = line.text.split("\t", 1)
    label, rest = label.strip(), rest.strip()
    if not label or len(label) > MAX_LABEL_CHARS or not rest or not _dated(rest):
        return None
    heading = Line(text=label, indent=line.indent, evidence="gutter label")
    if section_of(heading) is None:
        return None
    return [heading, dataclasses.replace(line, text=_TENURE_AFTER_PERIOD.sub("", rest))]


def _tenure_row(line: Line) -> Line | None:
    """ "총 1년 5개월 ⇥ 미디어팀 주임 (팀원) 2년차" under a career row: the tenure, then the team,
    the grade and the year of service; the grade (with its note) is the position."""
    from resumes.parsing.positions import TEAM, part_kind  # positions.py reads roles.py

    cells = [cell.strip() for cell in line.text.split("\t") if cell.strip()]
    if line.bullet or len(cells) != 2 or not TENURE_SUMMARY.match(cells[0]):
        return None
    words = _YEAR_OF_SERVICE.sub("", cells[1]).split()
    if words and part_kind(words[0]) == TEAM and len(words) > 1:
        words = words[1:]
    return Line(text=" ".join(words), field=labels.POSITION, indent=line.indent, evidence=line.evidence)


def gutter_rows(lines: list[Line], section_of: Callable[[Line], str | None]) -> list[Line]:
    """The lines with each gutter label on a line of its own before the rest of its row."""
    result: list[Line] = []
    split = tenure = named = False
    for index, line in enumerate(lines):
        # under a row naming the columns (구분 | 자격증명 | 취득일), a first cell is that column's ("어학")
        starts_table = line.kind == ROW and (
            line.header_row or line.opens_table or not index or lines[index - 1].kind != ROW
        )
        named = line.kind == ROW and (names_columns(line.cells) if starts_table else named)
        if tenure and not line.bullet and line.kind != HEADING and "\t" not in line.text and not _dated(line.text):
            # the row's duties ("KT Cloud API, 로그 분석"): what the whole stay was, not a project
            result.append(dataclasses.replace(line, field=labels.DUTIES))
            split = tenure = False
            continue
        position = _tenure_row(line) if split else None
        parts = None if position or (named and not starts_table) else _split(line, section_of)
        result.extend([position] if position else parts or [line])
        split, tenure = parts is not None, position is not None
    return result
