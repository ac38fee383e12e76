"""Markdown and HTML resumes read as blocks: headings with their level, list items with their
depth, table rows with their cells, paragraphs split at their line breaks.

Markdown goes through markdown-it-py (CommonMark plus tables, raw HTML kept) and then the same
HTML walk as an uploaded HTML page (a Notion or portfolio export), so `<details>`, HTML tables
and `<br>` inside Markdown read the same as in HTML. Never read as content: YAML/TOML front
matter, comments, code blocks, `<style>`/`<script>`, images, buttons and hidden elements, nor
the template syntax of static-site pages (Jekyll/Liquid `{% include %}`, `{{ site.name }}`,
kramdown attribute lists `{: .notice}`), which the site fills in or styles and a reader never sees.
"""

from __future__ import annotations

import re

from resumes.parsing import htmltree, labels, markup_fields
from resumes.parsing.clause_breaks import goes_on
from resumes.parsing.dates import find_periods
from resumes.parsing.gridtables import grid_tables_as_paragraphs
from resumes.parsing.htmltree import BLOCK, HEADINGS, SKIP, hidden, pill_texts, row_cells, tag_of, visible_text
from resumes.parsing.layout_tables import read_layout_table
from resumes.parsing.lines import HEADING, ROW, Line, lines_from_text, make_line, strip_icons
from resumes.parsing.markdown_dates import markdown_body
from resumes.parsing.roles import is_role

FRONT_MATTER = re.compile(r"\A\ufeff?(?:---|\+\+\+)[ \t]*\r?\n.*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
# Liquid tags and outputs, and kramdown attribute lists ("{: .class}", "{::options ... /}").
TEMPLATE_SYNTAX = re.compile(r"\{%[^\n]*?%\}|\{\{[^\n]*?\}\}|\{:[^{}\n]*\}")
SUMMARY_LEVEL = 7  # a <summary> titles what it folds; it never opens a section
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
MIN_CONTENT_CHARS = 120
_STRONG, _EMPHASIS = 1, 2
_DASH_AFTER = re.compile(r"\s*[—–]\s*\S|\s+-\s+\S")  # a character's flags: inside <strong>/<b>, inside <em>/<i>


def markdown_lines(text: str) -> list[Line]:
    from markdown_it import MarkdownIt

    body = grid_tables_as_paragraphs(markdown_body(TEMPLATE_SYNTAX.sub("", FRONT_MATTER.sub("", text, count=1))))
    markdown = MarkdownIt("commonmark", {"html": True, "breaks": True}).enable("table")
    markdown.add_render_rule("softbreak", lambda *args: '<br data-soft="1">\n')
    return html_lines(markdown.render(body), source="md")


def html_lines(html: str, *, source: str = "html") -> list[Line]:
    import lxml.html

    if not html.strip():
        return []
    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return lines_from_text(html)
    walker = _Walker(source)
    walker.walk(root)
    walker.flush()
    lines = walker.lines
    if _preformatted_resume(lines, walker.preformatted):
        # A resume written inside a code block: its text is the content after all, read as
        # plain text in its place (its lines are marked so the text is read as wrapped).
        at = walker.preformatted[0][0]
        block = lines_from_text("\n".join(text for _, text in walker.preformatted))
        for line in block:
            line.evidence = f"{source}:pre"
        lines = lines[:at] + block + lines[at:]
    return lines


def _preformatted_resume(lines: list[Line], blocks: list[tuple[int, str]]) -> bool:
    """Whether the code blocks hold the resume: all the text there is, or more of it than the
    rest of the page and with periods in it ("2019-2022  Acme Corp, Engineer"), where a banner
    of ASCII art over a resume written outside it holds no period."""
    if not blocks:
        return False
    outside = sum(len(line.text) for line in lines)
    inside = "\n".join(text for _, text in blocks)
    return outside < MIN_CONTENT_CHARS or (len(inside) > outside and len(find_periods(inside)) >= 2)


def _names_person(element) -> bool:
    return tag_of(element) in BLOCK and "name" in (element.get("class") or "").lower().split()


class _Walker:
    def __init__(self, source: str):
        self.source = source
        self.lines: list[Line] = []
        self.segments: list[tuple[str, bool]] = []
        self.items: list[dict] = []  # open list items: their depth and whether their line is out
        self.depth = 0
        self.preformatted: list[tuple[int, str]] = []  # where each code block stood, and its text
        self.entry: list[str] | None = None  # the class words of the entry block being read

    def walk(self, element, bold: bool = False) -> None:
        pills = pill_texts(element)
        if pills and not markup_fields.names_cells(element, self.entry):
            self._text(", ".join(pill for pill in pills if pill), bold)
            return
        cells = row_cells(element)  # inline cells side by side: one line, a column gap between them
        if element.text:
            self._text(element.text, bold)
            if _names_person(element) and len(element):
                # <p class="name">홍길동 <span>Gildong Hong</span></p>: the name, then the same
                # name in another script (or a subtitle) on a line of its own.
                self.segments.append(("\n", bold))
        in_row = bool(cells)  # the blank tails between a row's cells are its column gaps
        for child in element:
            tag = tag_of(child)
            if any(child is cell for cell in cells[1:]):
                self.segments.append(("\t", bold))
            if tag and tag not in SKIP and not hidden(child):
                self._element(child, tag, bold)
            if child.tail and not in_row:
                self._text(child.tail, bold)
            in_row = in_row and child is not cells[-1]

    def _element(self, child, tag: str, bold: bool) -> None:
        if self._labelled(child, tag) or (tag == "details" and _folds_no_text(child)):
            return
        if tag in HEADINGS or tag == "summary":
            self.flush()
            self._heading(child, HEADINGS.get(tag, SUMMARY_LEVEL), tag)
        elif tag == "pre":
            self.flush()
            self.preformatted.append((len(self.lines), child.text_content()))
        elif tag == "br":
            # a list item hard-wrapped in the source ("- Cut costs by 80%,\neliminating …"): a
            # soft break before a word in lower case continues the sentence, and any break after
            # a Korean connective ("…를 구현하여␣␣" / "정확도를 높였습니다.", clause_breaks.py)
            soft = child.get("data-soft") and self.items and (child.tail or "").lstrip()[:1].islower()
            soft = soft or (self.items and goes_on("".join(text for text, _ in self.segments), child.tail))
            self.segments.append((" " if soft else "\n", bold))
        elif tag == "table":
            self.flush()
            self._table(child)
        elif tag in ("ul", "ol"):
            self.flush()
            self.depth += 1
            self.walk(child, bold)
            self.flush()
            self.depth -= 1
        elif tag == "li":
            self.flush()
            marker = "1." if tag_of(child.getparent()) == "ol" else "-"
            self.items.append({"level": self.depth, "out": htmltree.is_card(child), "marker": marker})
            self.walk(child, bold)
            self.flush()
            self.items.pop()
        elif tag == "a":
            self._link(child, bold)
        elif tag in BLOCK:
            self.flush()
            self.walk(child, bold)
            self.flush()
        else:
            self.walk(child, bold | (_STRONG if tag in ("strong", "b") else _EMPHASIS if tag in ("em", "i") else 0))

    def _labelled(self, child, tag: str) -> bool:
        """An entry block, or a field inside one, read with its class names as labels
        (markup_fields); False when the element is neither."""
        if self.entry is None and (tag in BLOCK or tag == "li"):
            context = markup_fields.entry_context(child, markup_fields.field_leaf)
            if context is None:
                return False
            self.flush()
            start, self.entry = len(self.lines), context
            self.walk(child)
            self.flush()
            markup_fields.entry_order(self.lines, start)
            self.entry = None
            return True
        field = (
            markup_fields.class_field(child, self.entry)
            if self.entry is not None and markup_fields.field_leaf(child)
            else None
        )
        if field is None:
            return False
        self.flush()
        text = _SPACE.sub(" ", markup_fields.field_text(child, site_links=field != labels.COMPANY)).strip()
        extra = ""
        if field == labels.PROJECT:
            text, extra = markup_fields.project_name_parts(text)
        for value, kind in ((text, field), (extra, labels.DESCRIPTION)):
            line = make_line(strip_icons(value))
            if line.text:
                line.field, line.evidence = kind, f"{self.source}:class"
                self.lines.append(line)
        return True

    def _text(self, text: str, bold: bool) -> None:
        self.segments.append((_SPACE.sub(" ", text), bold))

    def _link(self, anchor, bold: bool) -> None:
        text = _SPACE.sub(" ", anchor.text_content()).strip()
        href = (anchor.get("href") or "").strip()
        if href.startswith("mailto:"):
            href = href[len("mailto:") :]
        elif not href.startswith(("http://", "https://")):
            href = ""
        shown = text
        if href and _not_shown(text, href):
            shown = f"{text} {href}" if text else href
        self.segments.append((shown, bold))

    def _heading(self, element, level: int, tag: str) -> None:
        text, aside = _heading_text(element)
        line = make_line(strip_icons(text), strong=True)
        if line.text:
            line.kind, line.level, line.evidence = HEADING, level, f"{self.source}:{tag}"
            self.lines.append(line)
            if aside:
                self.lines.append(make_line(aside))

    def _table(self, table) -> None:
        rows = [row for row in table.iter("tr") if _closest_table(row) is table]
        if any(
            tag_of(cell) in ("ul", "ol", "div", "p", "table") and _closest_table(cell) is table
            for row in rows
            for cell in row.iter()
            if cell is not row
        ):
            read_layout_table(self, rows)  # cells holding lists and blocks: read as blocks
            return
        for row in rows:
            cells = [c for c in row if tag_of(c) in ("td", "th")]
            texts = tuple(_SPACE.sub(" ", _cell_text(c)).strip() for c in cells)
            if not any(texts):
                continue
            header = tag_of(row.getparent()) == "thead" or all(tag_of(c) == "th" for c in cells)
            line = make_line("\t".join(t for t in texts if t))
            line.kind, line.cells, line.header_row = ROW, texts, header
            line.evidence = f"{self.source}:tr"
            self.lines.append(line)

    def flush(self) -> None:
        if not self.segments:
            return
        text, bold_flags = "", []
        for segment, bold in self.segments:
            text += segment
            bold_flags.extend([bold] * len(segment))
        self.segments = []
        start = 0
        for part in text.split("\n"):
            flags = bold_flags[start : start + len(part)]
            start += len(part) + 1
            strong = any(f & _STRONG for f in flags) and all(
                f & _STRONG for ch, f in zip(part, flags, strict=False) if not ch.isspace()
            )
            self._add(part, strong, _lead(part, flags), _span(part, flags))

    def _add(self, text: str, strong: bool, lead: str = "", span: str = "") -> None:
        item = self.items[-1] if self.items else None
        bullet = item is not None and not item["out"]
        line = make_line(text, bullet=bullet, strong=strong)
        line.lead = lead if line.text.startswith(lead) else ""
        line.span = span if span and line.text.startswith(span) else ""
        if not line.text:
            return
        if item is not None:
            line.level = item["level"]
        if bullet:
            item["out"] = True
            line.bullet, line.level = True, item["level"]
            line.marker = line.marker or item["marker"]
            line.evidence = f"{self.source}:li"
        self.lines.append(line)


def _folds_no_text(details) -> bool:
    """ "<details><summary>Photo</summary><img …></details>": a fold holding only pictures is a
    link to a photo; its summary names no entry, so the whole fold is left out."""
    summary = "".join(_SPACE.sub("", visible_text(child)) for child in details if tag_of(child) == "summary")
    return _SPACE.sub("", visible_text(details)) == summary and len(summary) < 40


def _lead(text: str, flags: list[int]) -> str:
    """The emphasised span that opens a line and is followed by ", " and plain text, or the
    bold span followed by a dash ("**Data Engineer - Search** *— Foo, Inc.*"): one field
    whatever commas or dashes it holds."""
    start = len(text) - len(text.lstrip())
    end = start
    while end < len(text) and flags[end]:
        end += 1
    bold_end = start
    while bold_end < len(text) and flags[bold_end] & _STRONG:
        bold_end += 1
    if bold_end > start and _DASH_AFTER.match(text, bold_end):
        return text[start:bold_end].strip()
    rest = text[end:]
    if end == start or not rest.startswith(",") or any(flags[end:]) or not rest.strip(" ,"):
        return ""
    return text[start:end].strip()


def _span(text: str, flags: list[int]) -> str:
    """The bold span that opens a line when plain text follows it."""
    start = len(text) - len(text.lstrip())
    end = start
    while end < len(text) and flags[end] & _STRONG:
        end += 1
    if end == start or not text[end:].strip() or all(f & _STRONG for f in flags[end:]):
        return ""
    return text[start:end].strip()


def _heading_text(element) -> tuple[str, str]:
    """A heading's text, and what its small print adds besides a period: in "통합 결제 고도화
    <small>A은행 (2019.01 ~ 2019.06)</small>" the client is no part of the name, so it follows
    the heading as a line of its own; a role there ("<small>백엔드 개발자 · 2019 ~ 2021</small>")
    stays in the heading, whose title it completes."""
    text = _SPACE.sub(" ", visible_text(element)).strip()
    small = [child for child in element.iter("small") if child is not element]
    if len(small) != 1:
        return text, ""
    note = _SPACE.sub(" ", visible_text(small[0])).strip()
    periods = find_periods(note)
    aside = re.sub(r"^[\s(（|·,]+|[\s(（)）|·,]+$", "", note.replace(periods[0].text, " ")) if periods else ""
    aside = _SPACE.sub(" ", re.sub(r"[(（]\s*[)）]", " ", aside)).strip()
    if not aside or is_role(aside) or not text.endswith(note):
        return text, ""
    return f"{text[: len(text) - len(note)].strip()} {periods[0].text}", aside


def _not_shown(text: str, href: str) -> bool:
    plain = re.sub(r"^(?:https?://)?(?:www\.)?", "", href).rstrip("/").lower()
    return plain not in text.lower().rstrip("/")


def _closest_table(element):
    parent = element.getparent()
    while parent is not None and tag_of(parent) != "table":
        parent = parent.getparent()
    return parent


def _cell_text(cell) -> str:
    parts = [cell.text or ""]
    for child in cell:
        tag = tag_of(child)
        if tag == "br":
            parts.append(" ")
        elif tag == "a":
            text = visible_text(child)
            parts.append(text)
        elif tag and tag not in SKIP and not hidden(child):
            parts.append(_cell_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
