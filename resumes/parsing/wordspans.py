"""Cells a Word table merges down over several rows (w:vMerge), for the DOCX reader (word.py).

A form merges a label cell down over the rows it labels ("주요업무" beside one duty a row) and
centres its text. Word keeps the text in the span's first cell, which python-docx then gives
every row of the span; but a file written by another editor may keep it in a lower cell of the
span with the first one empty, and python-docx then gives every row the empty first cell, so
the label was lost on all of them. Here the span's text is whichever of its cells holds it.

A form may also merge a section's name down its first column ("경력사항" beside the rows of
회사명 | …, 재직기간 | …): the name then stood as a cell of every row, and the label table
under it read as rows of three cells ("경력사항 회사명 누리페이" as the company). Such a cell
heads the rows it spans: it is read once, as a line of its own over them.
"""

from __future__ import annotations

from docx.table import _Cell

from resumes.parsing.label_rows import is_label, is_label_row

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def text_cells(table) -> dict:
    """The first cell of each vertical span that holds no text, mapped to the span's cell that
    holds it (the middle one, where the label was centred)."""
    owners: dict = {}
    for tr in table._tbl.tr_lst:
        for tc in tr.tc_lst:
            if tc.vMerge != "continue" or not _written(tc):
                continue
            top = _span_top(tc)
            if top is not None and top not in owners and not _written(top):
                owners[top] = tc
    return owners


def _span_top(tc):
    """The first cell of the span `tc` continues, or None where the file's grid has no cell above
    it (python-docx reads such a span as it can)."""
    try:
        top = tc._tc_above
        while top.vMerge == "continue":
            top = top._tc_above
    except ValueError:
        return None
    return top


def own_cell(cell, owners: dict):
    """The cell whose text stands for `cell`: the one holding its span's text."""
    source = owners.get(cell._tc)
    return cell if source is None else _Cell(source, cell._parent)


def _written(tc) -> bool:
    return any((node.text or "").strip() for node in tc.iter(f"{_W}t"))


def heads_rows(first, texts: tuple[str, ...]) -> bool:
    """Whether a row's first cell, merged down over several rows (python-docx gives each row of
    the span the same cell), names what the rows it spans are rather than labelling a field:
    no label of the form, beside a label row (회사명 | 누리페이)."""
    text = " ".join(texts[0].split())
    return (
        first._tc.vMerge is not None
        and bool(text)
        and not is_label(text)
        and len(texts) > 2
        and is_label_row(texts[1:])
    )
