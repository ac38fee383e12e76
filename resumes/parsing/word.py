"""Text of a DOCX with python-docx, in reading order: header, body paragraphs, tables, text boxes.

A text box is read where it is anchored, right after its paragraph: Word forms and templates
put the name, the contact block or a side column in floating boxes. Only a file python-docx
cannot open (a broken zip or XML) is damaged; a failure of our own walk is a bug, logged, and
the paragraphs and tables are then read plainly rather than refusing the resume.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator

from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from resumes.parsing.clause_breaks import joined_clauses
from resumes.parsing.errors import CORRUPT, TOO_MUCH_TEXT, ParseError
from resumes.parsing.label_rows import is_label_row
from resumes.parsing.limits import MAX_TEXT_CHARS
from resumes.parsing.lines import HEADING, ROW, Line, make_line, strip_icons
from resumes.parsing.markup import SUMMARY_LEVEL
from resumes.parsing.tables import names_columns
from resumes.parsing.wordlevels import list_depth
from resumes.parsing.wordspans import heads_rows, own_cell, text_cells
from resumes.parsing.zipguard import check_docx_archive

_HEADING_STYLE = re.compile(r"^(?:Heading|Title)\s*(\d)?$", re.I)
_TOGGLES = ("▶", "▸", "►", "▷", "▹")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_BOX = f"{_W}txbxContent"
_NOT_OWN = (_BOX, f"{_W}rt")
_BRANCHES = (f"{_MC}Choice", f"{_MC}Fallback")
_DAMAGED = "The DOCX file is damaged and cannot be read."
logger = logging.getLogger(__name__)


def docx_lines(data: bytes) -> tuple[list[Line], list[str]]:
    check_docx_archive(data)
    from docx import Document

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types for damaged files
        raise ParseError(CORRUPT, _DAMAGED) from exc

    lines: list[Line] = []
    budget = [MAX_TEXT_CHARS]

    def add(line: Line) -> None:
        budget[0] -= len(line.text)
        if budget[0] < 0:
            raise ParseError(
                TOO_MUCH_TEXT,
                f"The document has more than {MAX_TEXT_CHARS:,} characters of text; a resume is far shorter.",
            )
        lines.append(line)

    try:
        if document.sections and not document.sections[0].header.is_linked_to_previous:
            header = document.sections[0].header
            for line in _block_lines(header._element, header):
                add(line)
        for line in _block_lines(document.element.body, document._body):
            add(line)
    except ParseError:
        raise
    except Exception:  # noqa: BLE001 - a bug in our walk: say so, and read what python-docx reads
        logger.exception("Reading a DOCX failed; falling back to its plain paragraphs and tables")
        lines.clear()
        budget[0] = MAX_TEXT_CHARS
        for line in _plain_lines(document):
            add(line)
    _toggle_titles(lines)
    return lines, []


def _block_lines(container, parent) -> Iterator[Line]:
    """Paragraphs and tables in document order, each paragraph followed by the text boxes
    anchored in it."""
    for block in _blocks(container, parent):
        if isinstance(block, Paragraph):
            yield from _paragraph_lines(block)
            yield from _box_lines(block._p, parent)
        else:
            yield from _table_lines(block)


def _blocks(container, parent) -> Iterator[Paragraph | Table]:
    """The paragraphs and tables of a body, a cell or a box, those inside a content control
    (a form's fill-in block) included where python-docx would skip them."""
    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            yield Paragraph(child, parent)
        elif child.tag == f"{_W}tbl":
            yield Table(child, parent)
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content, parent)


def _runs(paragraph) -> list[Run]:
    """Every run of the paragraph's own text, wherever Word nested it: in a content control
    (Word forms type each value into one), a tracked insertion, a field or a smart tag.
    python-docx's `Paragraph.text` reads only direct runs and hyperlinks, so a form's values
    came back empty. Runs of an anchored text box (read as their own lines) and of a ruby's
    phonetic guide are not the paragraph's."""
    element = paragraph._p
    runs = []
    for run in element.iter(f"{_W}r"):
        ancestor = run.getparent()
        while ancestor is not None and ancestor is not element and ancestor.tag not in _NOT_OWN:
            ancestor = ancestor.getparent()
        if ancestor is element:
            runs.append(Run(run, paragraph))
    return runs


def _text(runs: list[Run]) -> str:
    return "".join(run.text for run in runs)


def _bold(runs: list[Run]) -> bool:
    """Every run with text is bold (the runs of one paragraph, `_runs`, read once by the caller)."""
    written = [run for run in runs if run.text.strip()]
    return bool(written) and all(run.bold for run in written)


def _box_lines(element, parent) -> Iterator[Line]:
    for box in _text_boxes(element):
        yield from _block_lines(box, parent)


def _text_boxes(element) -> Iterator:
    """The text boxes anchored in `element` itself, in document order. Word writes each box
    twice (a DrawingML shape in mc:Choice, a VML copy in mc:Fallback for old readers): the
    first branch holding a box is read, the other skipped. A box inside another box, or inside
    a nested table, is read by that box's or table's own walk."""
    for box in element.iter(_BOX):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not element:
            if ancestor.tag in (_BOX, f"{_W}tbl") or (ancestor.tag in _BRANCHES and not _chosen(ancestor)):
                break
            ancestor = ancestor.getparent()
        else:
            yield box


def _chosen(branch) -> bool:
    """Whether this mc:Choice or mc:Fallback is the first branch of its mc:AlternateContent to
    hold a text box."""
    for sibling in branch.getparent():
        if sibling.tag in _BRANCHES and next(sibling.iter(_BOX), None) is not None:
            return sibling is branch
    return False


def _plain_lines(document) -> Iterator[Line]:
    """The body's paragraphs and table cells as plain lines, each block that still fails skipped."""
    for block in document.iter_inner_content():
        try:
            if isinstance(block, Paragraph):
                texts = [block.text]
            else:
                texts = [cell.text for row in block.rows for cell in row.cells]
        except Exception:  # noqa: BLE001 - already logged once; keep what reads
            continue
        for text in texts:
            yield from (make_line(part) for part in text.split("\n"))


def _paragraph_lines(paragraph) -> list[Line]:
    runs = _runs(paragraph)
    text = _text(runs)
    for link in _hyperlinks(paragraph):
        if link not in text:
            text = f"{text} {link}".strip()
    style = (paragraph.style.name or "") if paragraph.style is not None else ""
    strong = _bold(runs)
    typed = make_line(text.split("\n")[0]).bullet
    depth = list_depth(paragraph, typed_bullet=typed)
    listed = depth is not None and not typed
    parts = joined_clauses(text.split("\n")) if depth is not None else text.split("\n")  # a wrap inside a point
    lines = [make_line(part, bullet=listed, strong=strong) for part in parts]
    heading = _HEADING_STYLE.match(style)
    for line in lines:
        if heading and line.text:
            line.text = strip_icons(line.text)
            line.kind, line.level, line.bullet = HEADING, int(heading.group(1) or 1), False
            line.evidence = f"docx:{style}"
        elif depth is not None and line.bullet:
            line.level = depth
            line.evidence = f"docx:{style or 'numbered'}"
    return lines


def _listed(paragraph, text: str) -> bool:
    return list_depth(paragraph, typed_bullet=make_line(text).bullet) is not None


def _toggle_titles(lines: list[Line]) -> None:
    """ "▶ 예약 시스템 개편" over a list: a folded <details> pasted into Word. Its summary titles
    the list under it, as the Markdown reader reads <summary>."""
    filled = [line for line in lines if line.text]
    for line, following in zip(filled, filled[1:], strict=False):
        if line.marker in _TOGGLES and line.kind != HEADING and following.bullet and following.level > line.level:
            line.kind, line.level, line.bullet, line.strong = HEADING, SUMMARY_LEVEL, False, True
            line.evidence = "docx:toggle"


def _hyperlinks(paragraph) -> list[str]:
    links = []
    try:
        for hyperlink in paragraph.hyperlinks:
            address = hyperlink.address or ""
            if address.startswith(("http://", "https://")):
                links.append(address)
            elif address.startswith("mailto:"):
                links.append(address[len("mailto:") :])
    except Exception:  # noqa: BLE001 - a broken relationship only loses the link
        return []
    return links


def _table_lines(table) -> list[Line]:
    """A row of one-line cells reads as one line (columns as tabs); other rows cell by cell,
    but under a row naming the columns (근무기간 | 회사명 | 직위) a row is one entry whatever
    its cells hold, and from a label row on (담당업무 | duties, label_rows.py) a row is one row:
    its cells keep their paragraphs as lines of one cell."""
    lines: list[Line] = []
    named = labelled = False
    owners, heading = text_cells(table), None  # a merged cell's text; the merged cell heading the rows
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(own_cell(cell, owners))
        paragraphs = [_written_paragraphs(cell) for cell in cells]  # (paragraph, runs, text) of each cell
        nested = any(cell.tables for cell in cells)
        texts = tuple("\n".join(text.strip() for _, _, text in ps) for ps in paragraphs)
        if not nested and heads_rows(cells[0], texts):  # "경력사항" merged down beside its label rows
            if cells[0]._tc is not heading:
                heading = cells[0]._tc
                lines.append(make_line(" ".join(texts[0].split()), strong=_bold(paragraphs[0][0][1])))
            cells, paragraphs, texts = cells[1:], paragraphs[1:], texts[1:]
        named = named or (not nested and names_columns(texts))
        # in a form's label table (담당업무 | duties) a row is one row too, unless a cell holds a Word list
        labelled = labelled or (not nested and is_label_row(texts))
        listed = any(_listed(p, text) for ps in paragraphs if len(ps) > 1 for p, _, text in ps)
        if not nested and (named or (labelled and not listed) or all(len(ps) <= 1 for ps in paragraphs)):
            if any(texts):
                line = make_line("\t".join(" ".join(t.split()) for t in texts if t))
                line.kind, line.cells, line.evidence = ROW, texts, "docx:table"
                line.header_row = not lines and all(_bold(runs) for ps in paragraphs for _, runs, _ in ps)
                lines.append(line)
            lines.extend(_box_lines(row._tr, table))
            continue
        for cell in cells:
            for block in _blocks(cell._tc, cell):
                if isinstance(block, Paragraph):
                    lines.extend(_paragraph_lines(block))
                    lines.extend(_box_lines(block._p, cell))
                else:
                    lines.extend(_table_lines(block))
    first = next((line for line in lines if line.kind == ROW), None)
    if first is not None:
        first.opens_table = True
    return lines


def _written_paragraphs(cell) -> list[tuple[Paragraph, list[Run], str]]:
    """A cell's own paragraphs that hold text, each with its runs and its text, read once."""
    found = []
    for block in _blocks(cell._tc, cell):
        if isinstance(block, Paragraph):
            runs = _runs(block)
            text = _text(runs)
            if text.strip():
                found.append((block, runs, text))
    return found
