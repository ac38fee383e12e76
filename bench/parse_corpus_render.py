"""Render the development corpus (tests/data/resume_corpus/) to the files people upload.

Each fixture is a Markdown (or HTML, or plain text) resume written to reproduce the structure
of a real resume published in a public repository, with invented people. It is rendered as:

- the source itself (Markdown / HTML / text),
- PDF: the Markdown rendered to HTML like a static site would (front matter dropped, raw HTML
  kept, tables, GitHub-like CSS), printed by headless Chromium; Korean fixtures use a Nanum
  font and the two-column fixture NanumBarunGothic, whose soft hyphens trouble extractors,
- DOCX: the same HTML written with python-docx (Heading n, List Bullet / List Number styles,
  real tables, bold runs).

Files are cached under var/cache/resume_corpus/ by a hash of the source and this script, so
the bench and the tests render once per change.

    .venv/bin/python bench/parse_corpus_render.py      # renders and prints the cache folder
"""

from __future__ import annotations

import hashlib
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "resume_corpus"
CACHE = ROOT / "var" / "cache" / "resume_corpus"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SOURCE_SUFFIXES = (".md", ".html", ".txt")
NATIVE_SUFFIXES = (".pdf", ".docx", ".png", ".jpg", ".jpeg")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)\s*\n.*?\n(?:---|\+\+\+)\s*\n", re.S)

PAGE_CSS = """
body { font-family: %(font)s; font-size: 14px; line-height: 1.5; max-width: 760px;
       margin: 24px auto; color: #1f2328; }
h1 { font-size: 26px; border-bottom: 1px solid #d0d7de; } h2 { font-size: 20px;
  border-bottom: 1px solid #d0d7de; } h3 { font-size: 16px; } h4 { font-size: 14px; }
table { border-collapse: collapse; } td, th { border: 1px solid #d0d7de; padding: 4px 8px; }
code { background: #f6f8fa; } pre { background: #f6f8fa; padding: 8px; }
blockquote { color: #59636e; border-left: 3px solid #d0d7de; margin-left: 0; padding-left: 12px; }
"""


def sources() -> list[Path]:
    """The fixtures: a source with its gold file (the README is neither)."""
    return sorted(p for p in CORPUS.iterdir() if p.suffix in SOURCE_SUFFIXES and p.with_suffix(".yaml").exists())


def native_sources() -> list[Path]:
    """Files scored as they are, not rendered: a blind group may hold the PDF or DOCX a person made."""
    return sorted(p for p in CORPUS.iterdir() if p.suffix in NATIVE_SUFFIXES and p.with_suffix(".yaml").exists())


def gold_of(source: Path) -> Path:
    return source.with_suffix(".yaml")


def to_html(source: Path) -> str:
    """The page a browser would print for this fixture."""
    text = source.read_text(encoding="utf-8")
    if source.suffix == ".html":
        return text.replace("<details>", "<details open>")
    korean = bool(HANGUL.search(text))
    font = '"NanumGothic", sans-serif' if korean else '"DejaVu Sans", sans-serif'
    if source.suffix == ".txt":
        body = f"<pre style='font-family:inherit;white-space:pre-wrap'>{_escape(text)}</pre>"
    else:
        from markdown_it import MarkdownIt

        markdown = MarkdownIt("commonmark", {"html": True, "breaks": False}).enable("table")
        body = markdown.render(FRONT_MATTER.sub("", text, count=1))
    body = body.replace("<details>", "<details open>")  # a person prints the expanded page
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{PAGE_CSS % {'font': font}}"
        f"</style></head><body>{body}</body></html>"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_docx(html: str) -> bytes:
    """A Word document with the structure of the HTML page: what a person gets by pasting the
    rendered page into Word and saving it."""
    import lxml.html
    from docx import Document

    document = Document()
    root = lxml.html.fromstring(html)
    for junk in root.xpath("//style|//script|//head|//img|//button"):
        junk.drop_tree()
    _docx_children(document, root.find("body") if root.find("body") is not None else root)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "pre",
    "blockquote",
    "details",
    "summary",
    "header",
    "article",
    "main",
    "aside",
    "section",
    "figure",
    "hr",
}


def _docx_children(document, element, *, list_style: str | None = None) -> None:
    for child in element:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            _runs(document.add_paragraph(style=f"Heading {min(int(tag[1]), 4)}"), child)
        elif tag in ("ul", "ol"):
            _docx_children(document, child, list_style="List Bullet" if tag == "ul" else "List Number")
        elif tag == "li":
            nested = [c for c in child if isinstance(c.tag, str) and c.tag in ("ul", "ol")]
            for sub in nested:
                child.remove(sub)
            _runs(document.add_paragraph(style=list_style or "List Bullet"), child)
            for sub in nested:
                _docx_children(document, sub, list_style="List Bullet 2" if sub.tag == "ul" else "List Number 2")
        elif tag == "table":
            _docx_table(document, child)
        elif tag == "pre":
            document.add_paragraph(child.text_content().strip("\n"))
        elif tag == "hr":
            continue
        elif tag in _BLOCKS and any(isinstance(c.tag, str) and c.tag.lower() in _BLOCKS for c in child):
            if (child.text or "").strip():
                document.add_paragraph(child.text.strip())
            _docx_children(document, child)
        else:
            if child.text_content().strip():
                _runs(document.add_paragraph(), child)
        if child.tail and child.tail.strip() and element.tag not in ("ul", "ol", "table", "tr"):
            document.add_paragraph(child.tail.strip())


def _runs(paragraph, element) -> None:
    def walk(node, bold: bool) -> None:
        if node.text:
            paragraph.add_run(_space(node.text)).bold = bold or None
        for child in node:
            if not isinstance(child.tag, str):
                if child.tail:
                    paragraph.add_run(_space(child.tail)).bold = bold or None
                continue
            if child.tag == "br":
                paragraph.add_run().add_break()
            else:
                walk(child, bold or child.tag in ("strong", "b"))
            if child.tail:
                paragraph.add_run(_space(child.tail)).bold = bold or None

    walk(element, False)


def _space(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _docx_table(document, table) -> None:
    rows = table.xpath(".//tr")
    width = max((sum(int(c.get("colspan", 1)) for c in r.xpath("./td|./th")) for r in rows), default=0)
    if not rows or not width:
        return
    grid = document.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        column = 0
        for cell in row.xpath("./td|./th"):
            span = int(cell.get("colspan", 1))
            target = grid.cell(r, column)
            if span > 1:
                target = target.merge(grid.cell(r, column + span - 1))
            if _has_blocks(cell):
                _cell_blocks(target, cell)
            else:
                paragraph = target.paragraphs[0]
                _runs(paragraph, cell)
                if cell.tag == "th":
                    for run in paragraph.runs:
                        run.bold = True
            column += span


_CELL_BLOCKS = ("div", "p", "ul", "ol", "li")


def _has_blocks(element) -> bool:
    return any(isinstance(c.tag, str) and c.tag.lower() in _CELL_BLOCKS for c in element.iterdescendants())


def _cell_blocks(target, cell, *, style: str | None = None) -> None:
    """A cell holding blocks (divs, lists) as Word writes it: a paragraph per block, list items
    in a list style, the first block in the cell's own first paragraph."""
    for child in cell:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag in ("ul", "ol"):
            _cell_blocks(target, child, style="List Bullet" if tag == "ul" else "List Number")
        elif tag in _CELL_BLOCKS and _has_blocks(child):
            _cell_blocks(target, child, style=style)
        elif child.text_content().strip():
            first = target.paragraphs[0]
            paragraph = first if not first.text and len(target.paragraphs) == 1 else target.add_paragraph()
            if style and tag == "li":
                paragraph.style = style
            _runs(paragraph, child)
    if (cell.text or "").strip() and not target.paragraphs[0].text:
        target.paragraphs[0].add_run(_space(cell.text.strip()))


def _key(source: Path) -> str:
    digest = hashlib.sha256(source.read_bytes() + Path(__file__).read_bytes()).hexdigest()
    return f"{source.stem}-{digest[:12]}"


def render_all(kinds=("pdf", "docx")) -> dict[str, dict[str, Path]]:
    """{fixture stem: {kind: path}} with every file rendered (cached)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    found: dict[str, dict[str, Path]] = {}
    missing_pdf: list[tuple[Path, Path]] = []
    for source in sources():
        key = _key(source)
        entry = found.setdefault(source.stem, {})
        if "docx" in kinds:
            path = CACHE / f"{key}.docx"
            if not path.exists():
                path.write_bytes(render_docx(to_html(source)))
            entry["docx"] = path
        if "pdf" in kinds:
            path = CACHE / f"{key}.pdf"
            if not path.exists():
                missing_pdf.append((source, path))
            entry["pdf"] = path
    if missing_pdf:
        _print_pdfs(missing_pdf)
    return found


def _print_pdfs(jobs: list[tuple[Path, Path]]) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            for source, path in jobs:
                page.set_content(to_html(source), wait_until="load")
                page.pdf(
                    path=str(path),
                    format="A4",
                    print_background=True,
                    margin={"top": "15mm", "bottom": "15mm", "left": "12mm", "right": "12mm"},
                )
        finally:
            browser.close()


if __name__ == "__main__":
    rendered = render_all()
    size = sum(p.stat().st_size for kinds in rendered.values() for p in kinds.values())
    print(f"{len(rendered)} fixtures rendered to {CACHE} ({size // 1024} KB)", file=sys.stderr)
