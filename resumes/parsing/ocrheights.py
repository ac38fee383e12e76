"""How large a scanned line is set, from Tesseract's word boxes. A word's box is as tall as its
letters reach: "Skills" (capitals and ascenders) is shorter than "Spring" (a descender too),
"2021.04" shorter than "경력", and a Hangul syllable split off its word may come back far
taller than its neighbours. The tallest word of a line against the page's median word
therefore took a plain dated line for a heading and a heading set a third larger
("Skills", "기술" alone) for body text.

Each word is measured against the page's words of its own shape (Hangul; Latin with or without
ascenders and descenders), and a line's size is the median of its words' sizes: as a PDF
reader compares font sizes, whatever letters the line happens to hold."""

from __future__ import annotations

import statistics

MIN_SAMPLES = 5  # words of one shape on the page before their median is trusted
_HANGUL = ("\uac00", "\ud7a3")
_JAMO = ("\u3131", "\u318e")
_TOP = frozenset("bdfhklt0123456789%&@#$/\\|()[]{}!?") | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_BOTTOM = frozenset("gjpqy()[]{}|@$,;")

Shape = tuple[bool, bool, bool]


def shape(text: str) -> Shape | None:
    """(Hangul, reaches above the x-height, reaches below the baseline); None for a word with no
    letter or digit (a dot, a dash, a bullet), whose box says nothing of the type size."""
    if not any(ch.isalnum() for ch in text):
        return None
    hangul = any(_HANGUL[0] <= ch <= _HANGUL[1] or _JAMO[0] <= ch <= _JAMO[1] for ch in text)
    return hangul, hangul or any(ch in _TOP for ch in text), any(ch in _BOTTOM for ch in text)


def shape_heights(words: list[tuple[int, str]]) -> dict[Shape, float]:
    """The median height of the page's (height, text) words of each shape seen often enough."""
    heights: dict[Shape, list[int]] = {}
    for height, text in words:
        key = shape(text)
        if key is not None:
            heights.setdefault(key, []).append(height)
    return {key: statistics.median(found) for key, found in heights.items() if len(found) >= MIN_SAMPLES}


def line_size(words: list[tuple[int, str]], shapes: dict[Shape, float], body: float) -> float:
    """The line's size against the body text (1.0 for body text): the median of its words'
    heights, each against the page's words of its shape (against the median word when its
    shape is rare)."""
    sizes = [height / shapes.get(shape(text), body) for height, text in words if shape(text) is not None]
    if not sizes:
        sizes = [height / body for height, _ in words]
    return statistics.median(sizes) if sizes else 1.0
