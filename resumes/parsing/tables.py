"""Tables read as entries: a header row names the columns (기간 | 회사명 | 직급/직책,
Company | Role | Dates, Organization | Info | Description | 성과), and each row below is one
entry, written out as the lines the entry parsers read (a title line with its period, then
its description and achievements). A table without a header whose cells pair labels with
values (이름 | 남궁솔 | 휴대폰 | 010-…) reads as "label: value" lines; any other table reads
row by row with its cells kept apart.
"""

from __future__ import annotations

from resumes.parsing.dates import find_periods
from resumes.parsing.field_words import field_key, header_field, header_text, header_words, reader_fields
from resumes.parsing.label_rows import label_lines, label_rows, with_lone_rows
from resumes.parsing.lines import HEADING, ROW, Line, make_line
from resumes.parsing.places import is_employment_type
from resumes.parsing.record_tables import record_columns, record_lines
from resumes.parsing.role_lines import TRAINEE_WORDS
from resumes.parsing.roles import is_role

ENTRY_LEVEL = 8  # deeper than any section heading, and the same for every row of a table
PERIOD, START, END, COMPANY, POSITION, NAME = "period", "start", "end", "company", "position", "name"
TECH, DESCRIPTION, ACHIEVEMENTS, LINK, IGNORED = "tech", "description", "achievements", "link", "ignored"
KIND = "kind"  # "구분": the role or the employment type, as its cell says
# The header words come from the one field lexicon (field_words.yaml, reader "columns"): a
# column is named as a label is, but a table files its team column and its prose apart.
_FIELDS = reader_fields("columns")
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


def column_of(text: str) -> str | None:
    return _FIELDS.get(field_key(text))


# A header naming two things at once ("팀/직무", "Company Name", "담당 직무"): which of its words
# decides the column. The entry's own fields come first, so "Company Name" is the company.
_PRIORITY = (PERIOD, START, END, COMPANY, POSITION, NAME, TECH, DESCRIPTION, ACHIEVEMENTS, LINK, IGNORED)


def header_column(cell: str) -> str | None:
    """The column a header cell names, read word by word when the whole is not in the lexicon,
    the highest ranked word deciding: a team beside the role ("팀/직무") is the position cell,
    whose team part comes off later. A cell of more than four words is prose, no header."""
    if column_of(header_text(cell)) is None:  # "기간(년.월)" is whole
        words = header_words(cell)
        if not 1 < len(words) <= 4:
            return None
        found = {column_of(word) for word in words}
        if {COMPANY, POSITION} <= found:
            return None  # "회사/직급": both in one cell, read as a plain row
        if {START, END} <= found:
            return PERIOD  # "입사일/퇴사일": both dates in one cell
    return header_field("columns", cell, rank=_PRIORITY)


# The columns that make a table's rows entries: each row names an employer, a project or a period.
_ENTRY_COLUMNS = (COMPANY, PERIOD, START, NAME, POSITION)


def _entry_header(cells: tuple[str, ...], *, header_row: bool = False) -> list[str | None] | None:
    """Each cell's column when the row heads a table of entries: marked as a header row, or
    naming at least two columns and half of them, one of them an entry's own."""
    columns = [header_column(cell) for cell in cells]
    known = [column for column in columns if column is not None]
    if not (header_row or (len(known) >= 2 and len(known) * 2 >= len(columns))):
        return None
    return columns if any(column in _ENTRY_COLUMNS for column in known) else None


def names_columns(cells: tuple[str, ...]) -> bool:
    """Whether a row names the columns of a table of entries or records (근무기간 | 회사명 | 직위,
    취득일 | 자격증명 | 발행처): the rows under it are one entry or record each."""
    return record_columns(cells) is not None or _entry_header(cells) is not None


def expand_tables(lines: list[Line], *, projects: bool = False) -> list[Line]:
    """The lines with every run of table rows replaced by the lines it stands for."""
    lines = with_lone_rows(lines)  # a label table's row left alone at a page's foot
    result: list[Line] = []
    index = 0
    while index < len(lines):
        if lines[index].kind != ROW:
            result.append(lines[index])
            index += 1
            continue
        end = index + 1
        while end < len(lines) and lines[end].kind == ROW and not (lines[end].header_row or lines[end].opens_table):
            end += 1
        result.extend(_table_lines(lines[index:end], projects=projects))
        index = end
    return result


def _table_lines(rows: list[Line], *, projects: bool) -> list[Line]:
    records = record_lines(rows)  # 취득일 | 자격증명 | 발행처, 기간 | 학교명 | 전공
    if records is not None:
        return records
    columns = _entry_header(rows[0].cells, header_row=rows[0].header_row)
    # "회사 | 초록별" in bold over "기간 | 2023.01 ~" (and "회사명 | 누리페이 | 직위 | 책임"):
    # labels each beside its value, not a header row
    keyed = len(rows[0].cells) >= 2 and header_column(rows[0].cells[1]) is None and bool(label_rows(rows))
    if columns is not None and not keyed:
        return [line for row in rows[1:] for line in _entry_lines(row, columns, projects)]
    if all(_pairs(row.cells) for row in rows):
        return [make_line(f"{label}: {value}") for row in rows for label, value in _pairs(row.cells)]
    if label_rows(rows):  # 회사명 | 누리페이 over 근무기간 | 2021.04 ~ 현재 (label_rows.py)
        return label_lines(rows)
    return [make_line(row.text) for row in rows]


def _pairs(cells: tuple[str, ...]) -> list[tuple[str, str]]:
    filled = [" ".join(cell.split()) for cell in cells if cell.strip()]
    if len(filled) < 2 or len(filled) % 2:
        return []
    pairs = list(zip(filled[::2], filled[1::2], strict=False))
    return pairs if all(field_key(label) in _KEY_LABELS for label, _ in pairs) else []


def _entry_lines(row: Line, columns: list, projects: bool) -> list[Line]:
    cells = list(row.cells) + [""] * (len(columns) - len(row.cells))
    filled = [cell for cell in cells if cell]
    if len(filled) <= 2 and filled and column_of(filled[0]) in (DESCRIPTION, ACHIEVEMENTS):
        # "주요직무 | 물류 WMS 백엔드 개발" under an entry row (a cell spanning the columns)
        text = " ".join(filled[1:])
        return [make_line(text, bullet=column_of(filled[0]) == ACHIEVEMENTS)] if text else []
    fields = _row_fields(columns, cells)
    kind = fields.pop(KIND, "")
    if kind and POSITION not in fields and _names_role(kind):
        fields[POSITION] = kind  # "구분 | 강사" in a career table with no role column
    period = fields.get(PERIOD) or _two_dates(fields)
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
    if fields.get(TECH):
        lines.append(make_line(f"기술: {fields[TECH]}"))
    lines += [make_line(text) for text in fields.get(DESCRIPTION, "").split("\n") if text.strip()]
    lines += [make_line(text, bullet=True) for text in fields.get(ACHIEVEMENTS, "").split("\n") if text.strip()]
    if fields.get(LINK) and projects:
        lines.append(make_line(f"링크: {fields[LINK]}"))
    return lines


def _row_fields(columns: list, cells: list[str]) -> dict[str, str]:
    """Each named column's cell; a cell of several paragraphs (a Word cell, "2018.07~2021.03" over
    "(2년 9개월)") is one text, but the prose columns keep a line for each paragraph."""
    fields: dict[str, str] = {}
    for column, cell in zip(columns, cells, strict=False):
        if column is not None and cell.strip() and column not in fields:
            prose = column in (DESCRIPTION, ACHIEVEMENTS)
            fields[column] = cell.strip() if prose else " ".join(cell.split())
    return fields


def _two_dates(fields: dict[str, str]) -> str:
    """ "2021.04" under 입사일 and "재직중" (or nothing) under 퇴사일: one period, "2021.04 ~ 재직중"."""
    if not fields.get(START):
        return ""
    return f"{fields[START]} ~ {fields.get(END, '')}".strip()


def _names_role(cell: str) -> bool:
    """ "강사", "강사/슈퍼바이저": a cell naming the job; "정규직", "인턴", "프리랜서" say how it was
    held, which the draft does not keep."""
    parts = [part.strip() for part in cell.replace("／", "/").split("/") if part.strip()]
    held = [part for part in parts if is_employment_type(part) or part.lower() in TRAINEE_WORDS]
    return bool(parts) and not held and any(is_role(part) for part in parts)
