"""Tables read as entries: a header row names the columns (기간 | 회사명 | 직급/직책,
Company | Role | Dates, Organization | Info | Description | 성과), and each row below is one
entry, written out as the lines the entry parsers read (a title line with its period, then
its description and achievements). A table without a header whose cells pair labels with
values (이름 | 남궁솔 | 휴대폰 | 010-…) reads as "label: value" lines; any other table reads
row by row with its cells kept apart.
"""

from __future__ import annotations

import re

from resumes.parsing import labels
from resumes.parsing.dates import find_periods
from resumes.parsing.lines import HEADING, ROW, Line, make_line

ENTRY_LEVEL = 8  # deeper than any section heading, and the same for every row of a table
PERIOD, COMPANY, POSITION, NAME, DESCRIPTION, ACHIEVEMENTS, LINK, IGNORED = (
    "period",
    "company",
    "position",
    "name",
    "description",
    "achievements",
    "link",
    "ignored",
)
_COLUMNS = {
    PERIOD: [
        "기간",
        "재직 기간",
        "재직기간",
        "근무 기간",
        "근무기간",
        "period",
        "dates",
        "date",
        "duration",
        "years",
        "연도",
    ],
    COMPANY: ["회사", "회사명", "소속", "기관", "직장", "company", "organization", "organisation", "employer", "org"],
    POSITION: [
        "직무",
        "직급",
        "직책",
        "직급/직책",
        "직급 / 직책",
        "역할",
        "포지션",
        "role",
        "position",
        "title",
        "job title",
        "info",
    ],
    NAME: ["프로젝트", "프로젝트명", "프로젝트 명", "project", "project name", "name", "이름"],
    DESCRIPTION: [
        "소개",
        "설명",
        "주요 업무",
        "주요업무",
        "업무",
        "주요직무",
        "주요 직무",
        "담당 업무",
        "내용",
        "description",
        "summary",
        "details",
        "responsibilities",
        "업무 내용",
    ],
    ACHIEVEMENTS: ["성과", "주요 성과", "achievements", "results", "highlights", "impact"],
    LINK: ["링크", "link", "links", "url", "github", "demo"],
    IGNORED: [
        "상태",
        "location",
        "위치",
        "근무지",
        "status",
        "비고",
        "remarks",
        "type",
        "구분",
        "팀",
        "부서",
        "team",
        "department",
    ],
}
_KEY_LABELS = {
    "이름",
    "성명",
    "영문명",
    "name",
    "휴대폰",
    "전화",
    "연락처",
    "phone",
    "mobile",
    "e-mail",
    "email",
    "이메일",
    "github",
    "깃허브",
    "블로그",
    "blog",
    "주소",
    "address",
    "생년월일",
    "지원분야",
    "website",
    "portfolio",
    "포트폴리오",
    "linkedin",
}


def _key(text: str) -> str:
    return re.sub(r"[\s_]+", "", text).lower()


_FIELDS = {_key(name): column for column, names in _COLUMNS.items() for name in names}


def column_of(text: str) -> str | None:
    return _FIELDS.get(_key(text))


# A header naming two things at once ("팀/직무", "Company Name", "담당 직무"): which of its words
# decides the column. The entry's own fields come first, so "Company Name" is the company.
_HEADER_WORDS = re.compile(r"\s*(?:[/·,&+]|및|\band\b)\s*|\s+")
_PRIORITY = (PERIOD, COMPANY, POSITION, NAME, DESCRIPTION, ACHIEVEMENTS, LINK, IGNORED)


def header_column(text: str) -> str | None:
    """The column a header cell names, read word by word when the whole is not in the lexicon:
    a team beside the role ("팀/직무") is the position cell, whose team part comes off later."""
    exact = column_of(text)
    words = [w for w in _HEADER_WORDS.split(text.strip(" *_:")) if w]
    if exact is not None or not 1 < len(words) <= 4:
        return exact
    found = {column_of(word) for word in words} - {None}
    if {COMPANY, POSITION} <= found:
        return None  # "회사/직급": both in one cell, read as a plain row
    return next((column for column in _PRIORITY if column in found), None)


def expand_tables(lines: list[Line], *, projects: bool = False) -> list[Line]:
    """The lines with every run of table rows replaced by the lines it stands for."""
    result: list[Line] = []
    index = 0
    while index < len(lines):
        if lines[index].kind != ROW:
            result.append(lines[index])
            index += 1
            continue
        end = index + 1
        while end < len(lines) and lines[end].kind == ROW and not lines[end].header_row:
            end += 1
        result.extend(_table_lines(lines[index:end], projects=projects))
        index = end
    return result


def _table_lines(rows: list[Line], *, projects: bool) -> list[Line]:
    columns = [header_column(cell) for cell in rows[0].cells]
    known = [c for c in columns if c is not None]
    # "회사 | 초록별" in bold over "기간 | 2023.01 ~": a label and its value, not a header row
    keyed = len(columns) == 2 and columns[1] is None and bool(_entry_pairs(rows))
    if not keyed and (rows[0].header_row or (len(known) >= 2 and len(known) * 2 >= len(columns))):
        if any(c in (COMPANY, PERIOD, NAME, POSITION) for c in known):
            return [line for row in rows[1:] for line in _entry_lines(row, columns, projects)]
    if all(_pairs(row.cells) for row in rows):
        return [make_line(f"{label}: {value}") for row in rows for label, value in _pairs(row.cells)]
    entry_pairs = _entry_pairs(rows)
    if entry_pairs:
        return [make_line(f"{label}: {value}") for label, value in entry_pairs]
    return [make_line(row.text) for row in rows]


def _pairs(cells: tuple[str, ...]) -> list[tuple[str, str]]:
    filled = [cell for cell in cells if cell]
    if len(filled) < 2 or len(filled) % 2:
        return []
    pairs = list(zip(filled[::2], filled[1::2], strict=False))
    return pairs if all(_key(label) in _KEY_LABELS for label, _ in pairs) else []


def _entry_pairs(rows: list[Line]) -> list[tuple[str, str]]:
    """An employer's key/value table (period | 2020.01 ~ 2021.02, 포지션 | Frontend Developer):
    two columns whose left cells are all entry labels read as the labelled lines they stand for,
    so the rows fill the entry above them instead of each becoming an entry."""
    pairs = []
    for row in rows:
        filled = [cell.strip(" *_") for cell in row.cells if cell.strip(" *_")]
        if not filled:
            continue
        if len(filled) != 2 or labels.field_of(filled[0]) is None:
            return []
        pairs.append((filled[0], filled[1]))
    return pairs if len(pairs) >= 2 else []


def _entry_lines(row: Line, columns: list, projects: bool) -> list[Line]:
    cells = list(row.cells) + [""] * (len(columns) - len(row.cells))
    filled = [cell for cell in cells if cell]
    if len(filled) <= 2 and filled and column_of(filled[0]) in (DESCRIPTION, ACHIEVEMENTS):
        # "주요직무 | 물류 WMS 백엔드 개발" under an entry row (a cell spanning the columns)
        text = " ".join(filled[1:])
        return [make_line(text, bullet=column_of(filled[0]) == ACHIEVEMENTS)] if text else []
    fields: dict[str, str] = {}
    for column, cell in zip(columns, cells, strict=False):
        if column is not None and cell and column not in fields:
            fields[column] = cell
    period = fields.get(PERIOD, "")
    if not period:
        for column in (POSITION, COMPANY, NAME, DESCRIPTION):
            found = find_periods(fields.get(column, ""))
            if found:
                period = found[0].text
                fields[column] = fields[column].replace(period, " ").strip(" |·-")
                break
    title = fields.get(NAME) if projects else None
    if not title:
        title = " | ".join(t for t in (fields.get(COMPANY) or fields.get(NAME), fields.get(POSITION)) if t)
    if not title:
        return [make_line(row.text)]
    heading = make_line(f"{title} | {period}" if period else title, strong=True)
    heading.kind, heading.level, heading.evidence = HEADING, ENTRY_LEVEL, "table:row"
    lines = [heading]
    if projects and fields.get(POSITION):
        lines.append(make_line(f"역할: {fields[POSITION]}"))
    if fields.get(DESCRIPTION):
        lines.append(make_line(fields[DESCRIPTION]))
    if fields.get(ACHIEVEMENTS):
        lines.append(make_line(fields[ACHIEVEMENTS], bullet=True))
    if fields.get(LINK) and projects:
        lines.append(make_line(f"링크: {fields[LINK]}"))
    return lines
