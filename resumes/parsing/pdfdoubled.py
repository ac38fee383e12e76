"""Glyphs struck twice: "fake bold" drawn once more a fraction of a point aside.

wkhtmltopdf (Qt), Word exporting a font that has no bold face, and HWP print bold this way: the
same glyph in the same font twice at (nearly) the same place. pdfplumber returns both, so a bold
name reads "김김도도윤윤" and a header "SSeenniioorr". The second strike is dropped before rows
are built (tables included), and the glyph kept is marked DOUBLED: its row lost the bold its font
name would have said, and a heading or an entry header is known by it (unless nearly the whole
page was struck twice: then it was drawn twice over, and nothing on it stands out as bold).
"""

from __future__ import annotations

DOUBLED = "doubled"  # key set on a kept glyph that was struck twice
TWIN_REACH = 0.12  # of the font size: farther apart, two equal glyphs are two letters ("ll")
MAX_TWIN_OFFSET = 1.0  # points, whatever the size (pdfplumber's dedupe_chars tolerance)
DRAWN_TWICE_OVER = 0.9  # of a page's glyphs struck twice: the page was drawn twice, nothing is bold


def struck_once(page):
    """The page without the later strikes of each glyph drawn twice (same text, font and size,
    offset by at most TWIN_REACH of the size); the page itself when none is."""
    seen: dict[tuple, list] = {}
    dropped: set[int] = set()
    for char in page.chars:
        key = (char["text"], char.get("fontname"), round(char["size"], 1))
        reach = min(MAX_TWIN_OFFSET, TWIN_REACH * char["size"])
        line = int(char["top"])
        twin = next(
            (
                kept
                for band in (line - 1, line, line + 1)
                for kept in seen.get((*key, band), ())
                if abs(kept["x0"] - char["x0"]) <= reach and abs(kept["top"] - char["top"]) <= reach
            ),
            None,
        )
        if twin is None:
            seen.setdefault((*key, line), []).append(char)
        else:
            twin[DOUBLED] = True
            dropped.add(id(char))
    if not dropped:
        return page
    _bold_only_if_it_stands_out([c for c in page.chars if id(c) not in dropped and c["text"].strip()])
    return page.filter(lambda obj: id(obj) not in dropped)


def _bold_only_if_it_stands_out(kept: list) -> None:
    """A page whose text is nearly all struck twice was drawn twice over (two layers of the
    same text): no run on it stands out, so none is taken for bold."""
    doubled = [char for char in kept if char.get(DOUBLED)]
    if len(doubled) >= DRAWN_TWICE_OVER * len(kept):
        for char in doubled:
            del char[DOUBLED]
