"""An employer's label table: a Word form (이력서, 경력기술서) of label cells each beside a value
cell (회사명 | …, 근무기간 | …, 담당업무 | …, or two fields a row), in a DOCX or printed to a PDF.

Forms continue a field on the rows under it with the label cell left empty: one duty a row
under "담당업무", or the rest of a value that did not fit ("2019.03 ~" over "2021.05"). Read
row by row, such a row stood for nothing, the table was read as loose rows ("회사명 ⇥ 누리페이"
as a company) and the rest of the value became a stray line. A label cell merged down over
those rows reads the same (python-docx gives each row the merged cell's label again). Here such
a row continues the field above: the rest of a one-line field (company, period, position) joins
its value, while a row under a prose field (duties, achievements) is a line of its own, unless
the row above broke off after a comma or a joining word. Rows of facts the draft does not keep
(근무형태, 퇴사사유) are left out.

A page break can leave one row of the table alone at the foot of a page, which the PDF reader
does not take for a table (one row is no table): its "회사명 ⇥ 별무리시스템" line against the
rows of a label table is read as their row again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resumes.parsing import labels
from resumes.parsing.field_words import field_of
from resumes.parsing.lines import ROW, Line, make_line

MIN_LABEL_ROWS = 2
IGNORED = "ignored"  # the table reader's name for a column of facts the draft does not keep
_PROSE = frozenset({labels.DESCRIPTION, labels.DUTIES, labels.ACHIEVEMENTS, labels.ARCHITECTURE, labels.TECH})
# A prose row that breaks off here goes on in the row under it.
_BROKEN_OFF = re.compile(r"(?:[,(/·&~\-]|\b(?:및|와|과|and|or|of|for|with|to|the))$", re.IGNORECASE)


def _plain(cell: str) -> str:
    return " ".join(cell.split()).strip(" *_")


Field = tuple[str, list[str], int]  # a label, its value's lines, the value's column


def label_rows(rows: list[Line]) -> list[Field]:
    """Each field of the table with its value's lines, or [] when the table is no label table:
    every row label and value cells in turn (회사명 | 누리페이 | 직위 | 책임), or an empty label
    cell under a labelled row. A form's own labels the lexicon lacks ("참여율", "DBMS", "OS")
    are taken among enough labels of an entry's fields (프로젝트명, 기간, 사용기술)."""
    fields = _label_fields(rows, is_label)
    if fields:
        return fields
    fields = _label_fields(rows, _free_label)
    known = [(labels.form_label(label) or ("", ""))[1] for label, _, _ in fields]
    entry = [field for field in known if field in _ENTRY_FIELDS]
    named = any(field in _NAMING_FIELDS for field in entry)
    return fields if named and len(entry) >= MIN_LABEL_ROWS and len(entry) * 3 >= len(fields) else []


def _label_fields(rows: list[Line], known) -> list[Field]:
    fields: list[Field] = []
    above: list[Field] = []
    for row in rows:
        filled = [(column, cell) for column, cell in enumerate(row.cells) if _plain(cell)]
        if not filled:
            continue
        if above and len(filled) == 1 and not _plain(row.cells[0]):
            column, text = filled[0]
            _continue(next((f for f in above if f[2] == column), above[-1]), text)
            continue
        pairs = _pairs(filled, known)
        if pairs is None:
            return []
        if above and len(pairs) == 1 == len(above) and pairs[0][0] == above[0][0]:
            _continue(above[0], "\n".join(pairs[0][1]))  # a label cell merged down (DOCX repeats it)
            continue
        fields += pairs
        above = pairs
    return fields if len(fields) >= MIN_LABEL_ROWS else []


def _pairs(filled: list[tuple[int, str]], known=None) -> list[Field] | None:
    """The row's fields when its cells are labels each followed by its value (a label may stand
    with no value), else None. A value cell of several paragraphs (Word) continues itself."""
    pairs: list[Field] = []
    index = 0
    while index < len(filled):
        label = _plain(filled[index][1])
        if not (known or is_label)(label):
            return None
        following = filled[index + 1] if index + 1 < len(filled) else None
        if following is None or is_label(_plain(following[1])):
            index += 1  # "근무형태 |" with nothing in its value cell
            continue
        first, *more = _lines(following[1])
        field = (label, [first], following[0])
        _continue(field, "\n".join(more))
        pairs.append(field)
        index += 2
    return pairs or None


def is_label_row(cells: tuple[str, ...]) -> bool:
    """Whether a row's cells are labels each beside its value (회사명 | 누리페이 | 직위 | 책임)."""
    filled = [(column, cell) for column, cell in enumerate(cells) if _plain(cell)]
    return bool(filled) and _pairs(filled) is not None


def label_lines(rows: list[Line]) -> list[Line]:
    """The lines a label table stands for ("회사명: 누리페이", "담당업무: 결제 API 개발", and as
    many "담당업무: …" lines as it lists duties), or [] when it is no label table."""
    lines = []
    for label, values, _ in _project_first(label_rows(rows)):
        written = labels.form_label(label)
        if written is None and is_label(label):
            continue  # 근무형태, 퇴사사유: facts the draft does not keep
        written = written or (label, "")  # "참여율: 100%": a note of the entry, as written
        # each line under its label, so a further duty is read into the same field
        lines.extend(make_line(f"{written[0]}: {value}") for value in values)
    return lines


def _project_first(fields: list[Field]) -> list[Field]:
    """A project's table names the project first, wherever its row stands ("수행기간" over
    "프로젝트명"): the lines after the name are that project's, its period too, instead of
    a period read into the entry above before the project opens."""
    named = [(labels.form_label(label) or ("", ""))[1] for label, _, _ in fields]
    if named.count(labels.PROJECT) != 1 or labels.COMPANY in named:
        return fields
    index = named.index(labels.PROJECT)
    return [fields[index], *fields[:index], *fields[index + 1 :]]


def is_label(text: str) -> bool:
    """A form's label cell: a field the draft keeps, or one it leaves out (근무형태, 퇴사사유)."""
    return labels.form_label(text) is not None or field_of("columns", text) == IGNORED


# The fields that make a table an entry's, among which a label the lexicon lacks is still a label.
_ENTRY_FIELDS = frozenset(
    {labels.PROJECT, labels.PERIOD, labels.COMPANY, labels.POSITION, labels.TECH, labels.DUTIES}
    | {labels.ACHIEVEMENTS, labels.DESCRIPTION, labels.START, labels.END}
)
_NAMING_FIELDS = frozenset({labels.PROJECT, labels.PERIOD, labels.COMPANY, labels.START})
MAX_FREE_LABEL_CHARS = 12
_NO_LABEL = re.compile(r"\d{4}|[:：.。!?]$|다$")


def _free_label(text: str) -> bool:
    """A known label, or a short cell that reads as one: a word or two, no year and no sentence."""
    return is_label(text) or (
        len(text) <= MAX_FREE_LABEL_CHARS and len(text.split()) <= 3 and not _NO_LABEL.search(text)
    )


def _continue(field: Field, text: str) -> None:
    """The lines of `text` added to the field: a line of its own in a prose field, unless the
    line above broke off; else the rest of the one-line value."""
    label, values, _ = field
    prose = (labels.form_label(label) or ("", ""))[1] in _PROSE
    for line in _lines(text):
        if prose and not _BROKEN_OFF.search(values[-1]):
            values.append(line)
        else:
            values[-1] = f"{values[-1]} {line}"


def _lines(cell: str) -> list[str]:
    return [_plain(line) for line in cell.split("\n") if _plain(line)]


def with_lone_rows(lines: list[Line]) -> list[Line]:
    """The lines with a "label ⇥ value" line beside a label table's row read as a row of it."""
    found = list(lines)
    for index, line in enumerate(found):
        parts = line.text.split("\t")
        if line.kind or len(parts) != 2 or not is_label(parts[0]):
            continue
        beside = [found[i] for i in (index - 1, index + 1) if 0 <= i < len(found)]
        if any(_label_row(other) for other in beside):
            found[index] = replace(line, kind=ROW, cells=tuple(parts), evidence="row alone on its page")
    return found


def _label_row(line: Line) -> bool:
    return line.kind == ROW and len(line.cells) == 2 and (not _plain(line.cells[0]) or is_label(_plain(line.cells[0])))
