"""Glyphs of a PDF row that are not its words: list markers typed or drawn from an icon font,
dotted leader rows, and word spaces a large title font does not draw.

LaTeX (moderncv, FontAwesome) and word processors set list markers as glyphs: a "●" or "•"
followed by a gap, or a glyph from a symbol/icon font, sometimes smaller than the text and so
on a row of its own just above the text's baseline. Sub-items are often marked with a
triangle or a dash ("◁", "▹", "–", "‣", "◦"): at the start of a row before a gap, each is a
marker too, so the sub-item is an item one level under its parent, not part of its text. Either way it is the item's marker, and the
item's wrapped lines start where its text starts, not where the marker is.
"""

from __future__ import annotations

import re

BULLET_GLYPHS = set("•●○◦▪▫◆◇►▸▹▶▷◁◃◂‣⁃∙■□➢➤❖✓✔◼◻–")
_ICON_FONT = re.compile(r"fontawesome|symbol|dingbat|wingding|icons?\b|materialicons|academicons", re.I)
_CID = re.compile(r"\(cid:\d+\)")
# Control codes some fonts map their space glyph to (U+0001): drawn as nothing.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
SPACE = 0.18  # of the font size: the narrowest usual word space (pdflayout.SPACE_GAP)
_LEADER = re.compile(r"^(?:[.·…_]\s*){8,}$")  # ". . . . . ." across the page: decoration


def shown(char: dict) -> bool:
    """A glyph drawn on the page: not a space, nor a space mapped to a control code."""
    return bool(char["text"].strip()) and not CONTROL.match(char["text"])


def is_marker_glyph(char: dict) -> bool:
    """A glyph that is drawn, not read: a bullet character, an unmapped glyph, an icon font's."""
    text = char["text"].strip()
    return text in BULLET_GLYPHS or bool(_CID.fullmatch(text)) or bool(_ICON_FONT.search(char.get("fontname", "")))


def leading_marker(visible: list[dict], size: float) -> bool:
    """The row's first glyph is its list marker: a marker glyph narrower than a letter,
    followed by a gap before the text."""
    if len(visible) < 2 or not is_marker_glyph(visible[0]):
        return False
    first, second = visible[0], visible[1]
    narrow = first["x1"] - first["x0"] < 0.9 * size
    return narrow and second["x0"] - first["x1"] > 0.15 * size and not is_marker_glyph(second)


def labels_period(glyph: dict, text: str) -> bool:
    """An icon (not a bullet character) before text that is only a period ("📅 July 2023 –
    Present", AltaCV's calendar) labels the entry's dates: the row is no list item."""
    from resumes.parsing.dates import find_periods

    if glyph["text"].strip() in BULLET_GLYPHS:
        return False
    periods = find_periods(text)
    return len(periods) == 1 and len(periods[0].text) >= len(text.strip()) - 1


def lone_marker(chars: list[dict]) -> dict | None:
    """A row holding nothing but one marker glyph (set smaller than the text beside it): the
    shape of a list marker for the row it sits beside."""
    visible = [c for c in chars if c["text"].strip()]
    # An asterisk alone on its row is a marker too: LaTeX sets one in another font and size.
    if len(visible) != 1 or not (is_marker_glyph(visible[0]) or visible[0]["text"].strip() == "*"):
        return None
    glyph = visible[0]
    # An asterisk is drawn in the upper half of its box: the lower half is no reach into the next row.
    bottom = (glyph["top"] + glyph["bottom"]) / 2 if glyph["text"].strip() == "*" else glyph["bottom"]
    return {"x0": glyph["x0"], "x1": glyph["x1"], "top": glyph["top"], "bottom": bottom}


def is_leader(text: str) -> bool:
    return bool(_LEADER.match(text.strip()))


def undrawn_spaces(visible: list[dict], size: float) -> set[int]:
    """Indexes of glyphs that start a word in a row drawn without any space: a title font
    whose letters touch ("ArashEslami") leaves one gap clearly wider than all the others; a
    tightly justified line ("Grewfromseniortolead") leaves gaps narrower than a usual space,
    measured against that line's own letter gaps, not a fixed width."""
    gaps = [(b["x0"] - a["x1"], index) for index, (a, b) in enumerate(zip(visible, visible[1:], strict=False), 1)]
    if len(visible) < 6:
        return set()
    wide = [(gap, index) for gap, index in gaps if gap > 0.1 * size]
    narrow = [gap for gap, _ in gaps if gap <= 0.1 * size]
    if not wide or not narrow:
        return set()
    letters = max(max(narrow), 0.02 * size)
    if len(wide) <= 3 and min(gap for gap, _ in wide) >= 4 * letters:
        return {index for _, index in wide}
    if _justified(wide, narrow, size) and min(gap for gap, _ in wide) >= 3 * letters:
        return {index for _, index in wide}
    return set()


def _justified(wide: list, narrow: list, size: float) -> bool:
    """A line justified tightly (LaTeX squeezing a long line): its word gaps are narrower than
    a usual space but still several times its widest letter gap, and they are many, each
    after a word of some letters (letter-spaced capitals have no narrow gaps to speak of)."""
    squeezed = sum(1 for gap, _ in wide if gap < SPACE * size)
    return squeezed >= 3 and len(narrow) >= 2 * len(wide)


def split_by_size(chars: list[dict]) -> list[list[dict]]:
    """A row that starts in a title size and ends in a much smaller one on the same baseline
    (<p class="name">한서윤 <span>Seoyun Han</span></p> printed): the title part, then the rest,
    so the name stays a heading of its own."""
    ordered = sorted(chars, key=lambda c: c["x0"])
    visible = [c for c in ordered if c["text"].strip() and c["text"] >= " "]
    if len(visible) < 2 or visible[0]["size"] < 1.3 * visible[-1]["size"]:
        return [chars]
    small = visible[-1]["size"]
    cut = next(i for i, c in enumerate(visible) if c["size"] < 1.15 * small)
    if any(c["size"] >= 1.15 * small for c in visible[cut:]):
        return [chars]
    edge = visible[cut]["x0"]
    return [[c for c in ordered if c["x0"] < edge], [c for c in ordered if c["x0"] >= edge]]


def pill_boxes(shapes) -> list[tuple[float, float, float, float]]:
    """Shapes the size of a word's background box: tag pills, inline code."""
    return [
        (s["x0"], s["top"], s["x1"], s["bottom"])
        for s in shapes
        if 8 < s["x1"] - s["x0"] < 200 and 6 < s["bottom"] - s["top"] < 30
    ]


def on_pills(chars: list[dict], boxes) -> bool:
    """A row of short words each in a box of its own (tags printed as pills under a list):
    its own line, never the end of the item above."""
    visible = [c for c in chars if c["text"].strip() and c["text"] >= " "]
    held: dict[int, int] = {}
    for c in visible:
        for index, (x0, top, x1, bottom) in enumerate(boxes):
            if x0 - 1 <= c["x0"] and c["x1"] <= x1 + 1 and top - 2 <= c["top"] and c["bottom"] <= bottom + 2:
                held[index] = held.get(index, 0) + 1
                break
    return len(held) >= 2 and sum(held.values()) >= 0.8 * len(visible)


def drawn_marker(visible: list, markers, size: float) -> dict | None:
    """The shape drawn just left of the row's first glyph, level with it."""
    x0 = visible[0]["x0"]
    middle = (min(c["top"] for c in visible) + max(c["bottom"] for c in visible)) / 2
    for shape in markers:
        if (
            shape["x1"] <= x0
            and x0 - shape["x1"] < 3 * size
            and shape["top"] - 2 <= middle <= shape["bottom"] + 2 + size / 2
        ):
            return shape
    return None
