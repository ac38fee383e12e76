"""Extracted text as a list of lines with the little layout that survives extraction.

PDF, DOCX and pasted text all end up here, so the section and entry parsers see one shape:
the line's text (column gaps kept as a tab), whether it was a list item, and, for PDF text
laid out by position, how far it is indented, which tells a wrapped continuation from a new
entry.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_LIGATURES = str.maketrans(
    {
        "ﬀ": "ff",
        "ﬁ": "fi",
        "ﬂ": "fl",
        "ﬃ": "ffi",
        "ﬄ": "ffl",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u3000": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\ufeff": "",
        "\u00ad": "",
        # Middle-dot look-alikes: Korean typists write the separator as the Hangul letter ㆍ
        # (U+318D), Japanese fonts give ・ and ･, and OCR reads · as any of them; the segmenter
        # splits "회사 · 직위" and "Python · Go" on the middle dot alone.
        "\u318d": "·",
        "\u30fb": "·",
        "\uff65": "·",
        "\u2027": "·",
        "\u2e31": "·",
        "\u22c5": "·",
        "\u2219": "·",
    }
)
# Bullet glyphs, including those symbol fonts leave behind in extracted text: DEL, the
# Windows-1252 bullet and private-use code points from Wingdings/Symbol. A line opening with
# ": " is a Markdown definition-list item ("Role @ Company" then ": what was done"), one item
# of the list under its term, so it is read as a bullet too.
_BULLET = re.compile(r"^(?:[•●○◦▪▫◆◇►▸▹▶▷‣⁃∙·✓✔☑✗➢➤➔➜⇒↳❖◼◻□■\x7f\x95\ue000-\uf8ff]|[-*–—→:](?=\s))\s*")
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳])\s+")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–\s]*\d{1,2}\s*(?:(?:/|of)\s*\d{1,2})?[-–\s]*$", re.I)
# A row of dot leaders (". . . . . .", "……") drawn across the page: decoration, no text.
_LEADER = re.compile(r"[.·…‥⋯∙\s]*(?:…|[.·‥⋯∙]\s*[.·‥⋯∙]\s*[.·‥⋯∙])[.·…‥⋯∙\s]*")
_GAP = re.compile(r" {3,}|\t+")
_SPACES = re.compile(r" {2,}")


HEADING = "heading"
ROW = "row"


@dataclass
class Line:
    text: str
    bullet: bool = False
    indent: int | None = None
    strong: bool = False
    # The emphasised span opening the line when plain text follows it after a comma
    # ("***Lecturer, Dept. of Physics***, Northvale College"): the writer's own split.
    lead: str = ""
    # The bold span opening a line that goes on in plain text ("**물류 대시보드** (2024.03~05) — …").
    span: str = ""
    marker: str = ""
    full: bool = False  # ran to the right margin, so the next line may continue it
    # The reader saw the line end there (a PDF's layout: a sentence ends and the next line
    # opens a new one), so it is never continued however far it ran.
    ended: bool = False
    # What the reader knew about the block: HEADING (with its level), ROW (a table row, with
    # its cells), or "" for a paragraph or list item; `evidence` says why ("md:h3",
    # "pdf:size 18.0 bold", "docx:Heading 2"), for tests and debugging.
    kind: str = ""
    level: int = 0
    cells: tuple[str, ...] = ()
    header_row: bool = False
    # The first row of a table the reader saw begin there: two tables set one right under the
    # other (a Word form's table per project) are two tables, not one run of rows.
    opens_table: bool = False
    evidence: str = ""
    # The field the document's markup names for the line (an HTML class such as "exp-company"):
    # read as a label of that field, as "회사: …" is (markup_fields.py).
    field: str = ""

    @property
    def flat(self) -> str:
        """The text with column gaps turned back into spaces, for storing as a field."""
        return self.text.replace("\t", " ").strip()


# A middle dot spaced on one side only ("모아핏· iOS 개발자", "Go ·Rust"): a separator glued to
# a word, as OCR and hurried typing leave it; spaced on both sides as separators are split on.
# A dot between letters with no space ("설계·구현") joins them and stays.
_DOT_GLUED = re.compile(r"(?<=[^\s·])·(?= )")
_DOT_GLUED_AFTER = re.compile(r"(?<=[^\s·] )·(?=[^\s·])")


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text.translate(_LIGATURES))
    if "·" in text:
        text = _DOT_GLUED_AFTER.sub("· ", _DOT_GLUED.sub(" ·", text))
    return text


def make_line(raw: str, *, bullet: bool = False, indent: int | None = None, strong: bool = False) -> Line:
    text = clean_text(raw).strip()
    text = _SPACES.sub(" ", _GAP.sub("\t", text)).strip(" \t")
    if _LEADER.fullmatch(text):
        text = ""
    marker = _BULLET.match(text) or _NUMBERED.match(text)
    symbol = ""
    if marker and text[marker.end() :].strip():
        symbol = marker.group().strip()
        text = text[marker.end() :].strip()
        bullet = True
    elif marker:
        text = ""
    text = strip_icons(text)
    return Line(text=text, bullet=bullet, indent=indent, strong=strong, marker=symbol)


def strip_icons(text: str) -> str:
    """Emoji and pictographs off the start of a line's text ("🔨 Skills", "💼 경력", "📈 Cut
    churn by 12%", "🎯 Domain-Driven Design"): decoration, never part of a heading, a skill or
    an achievement. Every reader builds its lines through make_line, so this is the one place."""
    index = 0
    while index < len(text) and (_pictograph(text[index]) or text[index] in " \t\ufe0f\u200d"):
        index += 1
    return text[index:] if index < len(text) else text


def _pictograph(char: str) -> bool:
    """Emoji, dingbats, other symbols (So/Sk), private-use icon glyphs and variation selectors;
    not the enclosed CJK marks a name is written with ("㈜") nor ASCII ("^", "`")."""
    code = ord(char)
    return (
        code >= 0x1F000
        or 0x2600 <= code <= 0x27BF
        or 0x2B00 <= code <= 0x2BFF
        or 0xE000 <= code <= 0xF8FF
        or 0xFE00 <= code <= 0xFE0F
        or unicodedata.category(char) in ("Cf", "Mn")
        or (unicodedata.category(char) in ("So", "Sk") and code > 0x7F and not 0x3200 <= code <= 0x33FF)
    )


def is_page_number(text: str) -> bool:
    return bool(text.strip()) and bool(_PAGE_NUMBER.match(text.strip()))


def lines_from_text(text: str, *, positioned: bool = False) -> list[Line]:
    """Lines of one page or of pasted text; `positioned` when spaces mirror the layout."""
    result = []
    for raw in clean_text(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        expanded = raw.replace("\t", "    ")
        indent = len(expanded) - len(expanded.lstrip(" ")) if positioned else None
        if _PAGE_NUMBER.match(raw.strip()) and raw.strip():
            continue
        result.append(make_line(raw, indent=indent))
    return result


def drop_running_headers(pages: list[list[Line]]) -> list[list[Line]]:
    """Lines repeated at the top or bottom of every page (name, page footer) are kept once."""
    if len(pages) < 2:
        return pages
    edges = []
    for page in pages:
        filled = [line.text for line in page if line.text]
        edges.append(set(filled[:2] + filled[-2:]))
    repeated = set.intersection(*edges) if all(edges) else set()
    if not repeated:
        return pages
    kept = [pages[0]]
    for page in pages[1:]:
        filled = [i for i, line in enumerate(page) if line.text]
        edge_positions = set(filled[:2] + filled[-2:])
        kept.append([line for i, line in enumerate(page) if not (i in edge_positions and line.text in repeated)])
    return kept


def text_of(lines: list[Line]) -> str:
    return "\n".join(("- " if line.bullet else "") + line.flat for line in lines)
