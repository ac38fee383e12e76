"""The element sets and checks the HTML reader shares (markup.py, markup_fields.py): what is
never content, what is a block, which elements are hidden, an element's visible text, and the
inline elements that stand side by side as one row's cells or as pills."""

from __future__ import annotations

import re

from resumes.parsing.dates import find_periods

SKIP = {
    "script",
    "style",
    "head",
    "title",
    "img",
    "svg",
    "button",
    "noscript",
    "template",
    "iframe",
    "input",
    "select",
    "textarea",
    "meta",
    "link",
    "object",
    "video",
    "audio",
    "canvas",
    "map",
}
BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "aside",
    "header",
    "footer",
    "nav",
    "blockquote",
    "details",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "body",
    "html",
    "form",
    "fieldset",
    "address",
    "caption",
    "center",
    "hr",
}
HEADINGS = {f"h{n}": n for n in range(1, 7)}
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def hidden(element) -> bool:
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or bool(HIDDEN_STYLE.search(element.get("style") or ""))
    )


def tag_of(element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def visible_text(element) -> str:
    parts = []
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = tag_of(child)
        if tag and tag not in SKIP and not hidden(child):
            parts.append(visible_text(child))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


PILLS = {"span", "code", "kbd"}
# Elements that break a line or hold blocks: never one cell of an inline row.
NOT_INLINE = BLOCK | set(HEADINGS) | {"br", "li", "table", "tr", "td", "th", "pre", "summary"}


def row_cells(element) -> list:
    """ "<p><span class="company">Northwind Labs</span> <span class="dates">2019 – 2022</span></p>",
    "<div><a href=…>Northwind Labs</a><span>2019 – 2022</span></div>": inline elements side by
    side with nothing but spaces (or nothing) between them are the cells of one row, set apart
    by the page's style (a gap, a float, a flex row), as a printed page shows them; read as one
    run of words the company ran into the period. So are those opening a card that goes on with
    blocks ("<li><span>Northwind Labs</span><span>2019-03 — Present</span><p>…</p><ul>…</ul></li>",
    a JSON Resume theme's job). The cells, or [] for any other element."""
    children = [child for child in element if tag_of(child) and tag_of(child) not in SKIP and not hidden(child)]
    if (element.text or "").strip():
        return []
    run = []
    for child in children:
        if any(tag_of(node) in NOT_INLINE for node in child.iter()):
            break
        run.append(child)
    if any((child.tail or "").strip() for child in (run if len(run) < len(children) else element)):
        return []
    texts = [text for text in (visible_text(child).strip() for child in run) if text]
    if len(texts) < 2 or any(text[0].islower() for text in texts[1:]):
        return []  # "<b>Led</b> <i>the migration</i>": one sentence set in two styles
    return run


def is_card(element) -> bool:
    """A list item opening with a row of cells and going on with blocks (a summary, a list of
    highlights): one entry laid out as a card, whose row is its header, not a bullet."""
    cells = row_cells(element)
    return bool(cells) and any(tag_of(child) in NOT_INLINE for child in element)


def pill_texts(element) -> list[str]:
    """ "<div class="stack"><span>Java</span> <span>Kotlin</span></div>": inline items of one
    kind, side by side with nothing but spaces between them, are a list shown as pills, not one
    run of words ("Java Kotlin"); their texts, or [] for any other element."""
    children = [child for child in element if tag_of(child) and not hidden(child)]
    if len(children) < 2 or (element.text or "").strip() or any((child.tail or "").strip() for child in children):
        return []
    if len({tag_of(child) for child in children}) != 1 or tag_of(children[0]) not in PILLS:
        return []
    if any(len(child) for child in children):
        return []  # items with markup of their own are no plain pills
    texts = [" ".join(visible_text(child).split()) for child in children]
    return [] if any(find_periods(text) for text in texts) else texts  # a period is no pill: a row's cell
