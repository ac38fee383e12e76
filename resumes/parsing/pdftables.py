"""Ruled tables of a PDF page (pdfplumber finds them by their drawn lines), as ROW lines with
their cells; a cell's wrapped lines are joined like any wrapped line ("주식회사 딥하" / "늘"),
and a first row set all in bold is the header row."""

from __future__ import annotations

import re

from resumes.parsing.lines import ROW, Line, make_line
from resumes.parsing.pdfwrap import join_wrapped

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_CID = re.compile(r"\(cid:\d+\)")
_BOLD = re.compile(r"bold|black|heavy|semibold|demibold|extrabold", re.I)


def ruled_tables(page) -> list[tuple[tuple, list[Line]]]:
    found = []
    try:
        tables = page.find_tables()
    except Exception:  # noqa: BLE001 - a malformed drawing only costs the table structure
        return []
    for table in tables:
        rows = table.extract() or []
        if len(rows) < 2 or max((len(r) for r in rows), default=0) < 2:
            continue
        lines = []
        for index, cells in enumerate(rows):
            texts = tuple(_cell_text(c) for c in cells)
            if not any(texts):
                continue
            line = make_line("\t".join(t for t in texts if t))
            line.kind, line.cells, line.header_row = ROW, texts, index == 0 and _bold_row(page, table, index)
            line.evidence = "pdf:table"
            lines.append(line)
        found.append((table.bbox, lines))
    return found


def _cell_text(cell: str | None) -> str:
    """A cell's lines joined as a wrapped line is ("주식회사 딥하" / "늘")."""
    parts = [" ".join(_CID.sub(" ", _CONTROL.sub(" ", part)).split()) for part in (cell or "").split("\n")]
    text = ""
    for part in (p for p in parts if p):
        text = join_wrapped(text, part) if text else part
    return text


def _bold_row(page, table, index: int) -> bool:
    row = table.rows[index]
    x0, top, x1, bottom = row.bbox
    chars = [c for c in page.chars if x0 <= c["x0"] <= x1 and top <= c["top"] <= bottom and c["text"].strip()]
    return bool(chars) and all(_BOLD.search(c["fontname"]) for c in chars)
