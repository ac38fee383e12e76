"""How deep a Word paragraph sits in a list, read the three ways Word files record it.

Word, Google Docs and Markdown-to-Word exports nest a project's bullets under its name in
different ways: a numbering level on the paragraph (`w:numPr/w:ilvl`), a numbered style
("List Bullet 2", or a custom style based on one whose numbering carries the level), or only
a deeper left indentation (`w:ind`). Without the depth a project name and its bullets
arrive at one level, and the segmenter takes the name for one more bullet. The depth given
here is the one the Markdown and PDF readers give: 1 for a top-level item, 2 under it.
"""

from __future__ import annotations

import re

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NUMBERED_STYLE = re.compile(r"^List(?:\s+\w+)?\s+(\d)$", re.I)
TWIPS_PER_LEVEL = 720  # Word and Google Docs indent each list level by half an inch
_MAX_STYLE_DEPTH = 10  # basedOn chains are short; a loop in a damaged file must end


def list_depth(paragraph, *, typed_bullet: bool) -> int | None:
    """The paragraph's list depth (1 = top level), or None when it is not a list item.

    `typed_bullet`: the text itself opens with a bullet glyph ("• …"), a list typed by hand,
    whose only depth is its indentation."""
    styles = _style_chain(paragraph)
    number = _numbering(paragraph._p.pPr, styles)
    listed = number is not None and _value(number.find(f"{_W}numId")) != "0"
    list_style = bool(styles) and (styles[0].name or "").lower().startswith("list")
    indent = _indent(paragraph._p.pPr)
    if not (listed or (list_style and number is None)):
        # typed by hand: only an indentation the file states gives a depth
        return indent // TWIPS_PER_LEVEL + 1 if typed_bullet and indent is not None else None
    named = next((m for m in (_NUMBERED_STYLE.match(s.name or "") for s in styles) if m), None)
    direct = _level(paragraph._p.pPr.find(f"{_W}numPr") if paragraph._p.pPr is not None else None)
    if direct is not None:
        level = direct + 1
    elif named:
        level = int(named.group(1))
    else:
        level = (_level(number) or 0) + 1
    if indent is not None:
        level = max(level, indent // TWIPS_PER_LEVEL)
    return max(1, min(level, 9))


def _style_chain(paragraph) -> list:
    """The paragraph's style, then the styles it is based on."""
    chain = []
    try:
        style = paragraph.style
    except Exception:  # noqa: BLE001 - a dangling style id reads as no style
        return chain
    while style is not None and len(chain) < _MAX_STYLE_DEPTH and style not in chain:
        chain.append(style)
        style = style.base_style
    return chain


def _numbering(properties, styles):
    """The numbering (`w:numPr`) set on the paragraph, else on the nearest style that has one."""
    if properties is not None and properties.find(f"{_W}numPr") is not None:
        return properties.find(f"{_W}numPr")
    for style in styles:
        found = style.element.pPr.find(f"{_W}numPr") if style.element.pPr is not None else None
        if found is not None:
            return found
    return None


def _level(number) -> int | None:
    """The `w:ilvl` of a numbering, 0 for the top level."""
    level = _value(number.find(f"{_W}ilvl")) if number is not None else None
    return int(level) if level is not None and level.isdigit() else None


def _indent(properties) -> int | None:
    """The left indentation in twips (`w:left`, or `w:start` as newer files write it)."""
    indent = properties.find(f"{_W}ind") if properties is not None else None
    if indent is None:
        return None
    for name in ("left", "start"):
        value = indent.get(f"{_W}{name}")
        if value is not None and value.lstrip("-").isdigit():
            return max(0, int(value))
    return None


def _value(element) -> str | None:
    return element.get(f"{_W}val") if element is not None else None
