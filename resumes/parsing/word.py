"""Text of a DOCX with python-docx, in reading order: header, body paragraphs, tables, text boxes."""

from __future__ import annotations

import io
import re

from docx.table import Table
from docx.text.paragraph import Paragraph

from resumes.parsing.errors import CORRUPT, TOO_MUCH_TEXT, ParseError
from resumes.parsing.limits import MAX_TEXT_CHARS
from resumes.parsing.lines import HEADING, ROW, Line, make_line, strip_icons
from resumes.parsing.markup import SUMMARY_LEVEL
from resumes.parsing.wordlevels import list_depth
from resumes.parsing.zipguard import check_docx_archive

_HEADING_STYLE = re.compile(r"^(?:Heading|Title)\s*(\d)?$", re.I)
_TOGGLES = ("▶", "▸", "►", "▷", "▹")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_BOXES = ".//w:txbxContent[not(ancestor::mc:Fallback)]"


def docx_lines(data: bytes) -> tuple[list[Line], list[str]]:
    check_docx_archive(data)
    from docx import Document

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types for damaged files
        raise ParseError(CORRUPT, "The DOCX file is damaged and cannot be read.") from exc

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

    def walk(container, parent) -> None:
        for child in container.iterchildren():
            if child.tag == f"{_W}p":
                for line in _paragraph_lines(Paragraph(child, parent)):
                    add(line)
                for box in child.xpath(_TEXT_BOXES):
                    walk(box, parent)
            elif child.tag == f"{_W}tbl":
                for line in _table_lines(Table(child, parent)):
                    add(line)
            elif child.tag == f"{_W}sdt":
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    walk(content, parent)

    try:
        if document.sections and not document.sections[0].header.is_linked_to_previous:
            header = document.sections[0].header
            walk(header._element, header)
        walk(document.element.body, document._body)
    except ParseError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise ParseError(CORRUPT, "The DOCX file is damaged and cannot be read.") from exc
    _toggle_titles(lines)
    return lines, []


def _paragraph_lines(paragraph) -> list[Line]:
    text = paragraph.text or ""
    for link in _hyperlinks(paragraph):
        if link not in text:
            text = f"{text} {link}".strip()
    style = (paragraph.style.name or "") if paragraph.style is not None else ""
    runs = [run for run in paragraph.runs if run.text.strip()]
    strong = bool(runs) and all(run.bold for run in runs)
    typed = make_line(text.split("\n")[0]).bullet
    depth = list_depth(paragraph, typed_bullet=typed)
    listed = depth is not None and not typed
    lines = [make_line(part, bullet=listed, strong=strong) for part in text.split("\n")]
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
    """A row of one-line cells reads as one line (columns as tabs); other rows cell by cell."""
    lines: list[Line] = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(cell)
        paragraphs = [[p for p in cell.paragraphs if p.text.strip()] for cell in cells]
        nested = any(cell.tables for cell in cells)
        if not nested and all(len(ps) <= 1 for ps in paragraphs):
            texts = tuple(" ".join(p.text.strip() for p in ps) for ps in paragraphs)
            if any(texts):
                line = make_line("\t".join(t for t in texts if t))
                line.kind, line.cells, line.evidence = ROW, texts, "docx:table"
                line.header_row = not lines and all(
                    all(run.bold for run in p.runs if run.text.strip()) for ps in paragraphs for p in ps
                )
                lines.append(line)
            continue
        for cell in cells:
            for block in cell.iter_inner_content():
                if isinstance(block, Paragraph):
                    lines.extend(_paragraph_lines(block))
                else:
                    lines.extend(_table_lines(block))
    return lines
