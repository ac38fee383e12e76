"""Certification and education tables read by their header row: 취득일 | 자격증명 | 발행처 and
기간 | 학교명 | 전공 | 구분, the forms of a Korean Word resume.

Read row by row, the header came out as a certification named "자격증명 발행처" and each
issuer was glued onto its certificate's name ("정보처리기사 한국산업인력공단"). The header says
which cell is what (the words of field_words.yaml, readers "certificate_columns" and
"education_columns"), so each row is written out as the one line its section reader knows best:
"name | issuer | date" for a certification, "school | major | degree | status | period" for a
school, with a period in two cells (입학 | 졸업) made one.
"""

from __future__ import annotations

from resumes.parsing.field_words import header_field
from resumes.parsing.lines import Line, make_line

# (reader, the column a row of it cannot go without, the columns in the order they are written)
_CERTIFICATES = ("certificate_columns", "certificate", ("certificate", "issuer", "certified", "expires"))
_SCHOOLS = ("education_columns", "school", ("school", "major", "degree", "status", "period"))
_SCORE = "score"  # "TOEIC | 900": the score or grade belongs to the certificate's name


def record_columns(cells: tuple[str, ...]) -> tuple[tuple, list[str | None]] | None:
    """(the kind of record, each cell's column) when a row names a certification or education
    table's columns: its own column and another one."""
    for kind in (_CERTIFICATES, _SCHOOLS):
        reader, key, _ = kind
        columns = [header_field(reader, cell) for cell in cells]  # "점수/등급": its first known word
        if key in columns and sum(column is not None for column in columns) >= 2:
            return kind, columns
    return None


def record_lines(rows: list[Line]) -> list[Line] | None:
    """The lines a certification or education table stands for, one a row, or None when its
    first row names no such table."""
    found = record_columns(rows[0].cells)
    if found is None:
        return None
    (_, key, order), columns = found
    records = [_record(row, columns) for row in rows[1:]]
    return [make_line(_written(record, order)) for record in records if record.get(key)]


def _record(row: Line, columns: list[str | None]) -> dict[str, str]:
    record: dict[str, str] = {}
    for column, cell in zip(columns, row.cells, strict=False):
        if column is not None and column != "ignored" and cell.strip() and column not in record:
            record[column] = " ".join(cell.split())  # a cell's paragraphs as one
    if record.get(_SCORE) and record.get("certificate"):
        record["certificate"] = f"{record['certificate']} {record.pop(_SCORE)}"
    if "period" not in record and (record.get("start") or record.get("end")):
        record["period"] = " ~ ".join(record[side] for side in ("start", "end") if record.get(side))
    return record


def _written(record: dict[str, str], order: tuple[str, ...]) -> str:
    if order[0] == "certificate":  # the issue and expiry dates stand together after the issuer
        dates = " ~ ".join(record[side] for side in ("certified", "expires") if record.get(side))
        parts = [record.get("certificate"), record.get("issuer"), dates]
    else:
        parts = [record.get(column) for column in order]
    return " | ".join(part for part in parts if part)
