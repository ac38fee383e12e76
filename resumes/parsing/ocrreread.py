"""Large bold Hangul headings read again at body size. Tesseract reads Hangul set far larger
than the body text badly: it splits a syllable's strokes into other syllables ("학력" as "함렴"),
drops one ("경력기술서" as "력기술서") or sets the bottom strokes apart as a line of loose
letters under the heading ("함렴" over "ㅋㅋ"). A heading so misread names no section, and a
misread document title is taken for a heading, so the header line under it became an
employer. The same line cut out and shrunk to the body text's height reads right.

Only lines set as headings that name no section nor the document are read again (the name at
the top is one of them), at most MAX_REREADS a page, each one small Tesseract call on one
line; the new reading is kept only when it names a section or the document, so a name or a
heading the lexicon lacks stays as first read.
"""

from __future__ import annotations

import re

from resumes.parsing.document_titles import is_document_title
from resumes.parsing.lines import make_line

MAX_REREADS = 4
PAD = 0.3  # of the line's height, above and below it
_JAMO = re.compile(r"[\u3131-\u3163]+")  # consonants and vowels, not the dot "ㆍ"
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def loose_letters(words: list[tuple]) -> bool:
    """A row of Hangul letters alone ("ㅋㅋ"): the bottom strokes of the heading above it."""
    return all(_JAMO.fullmatch(word[3]) for word in words)


def merge_loose(rows: list[list[tuple]]) -> list[tuple[list[tuple], list[tuple]]]:
    """Each row with the row of loose letters right under it, if any (read again with it)."""
    merged: list[tuple[list[tuple], list[tuple]]] = []
    for row in rows:
        if merged and not merged[-1][1] and loose_letters(row) and _under(row, merged[-1][0]):
            merged[-1] = (merged[-1][0], row)
        else:
            merged.append((row, []))
    return merged


def _under(row: list[tuple], above: list[tuple]) -> bool:
    left, right = min(w[0] for w in above), max(w[0] + w[1] for w in above)
    gap = min(w[4] for w in row) - max(w[4] + w[2] for w in above)
    return gap < max(w[2] for w in above) and any(left <= w[0] + w[1] / 2 <= right for w in row)


def names_heading(text: str) -> bool:
    """The text names the document or a section as the lexicon spells it; not by a close
    spelling, which took "력기술서" for the skills heading ("기술")."""
    from resumes.parsing.sections import heading_of

    return is_document_title(text) or heading_of(make_line(text, strong=True)) is not None


def _trimmed(text: str) -> str:
    """The reading without the specks at the band's ends ("0", "|", "00000"): tokens with no
    Hangul that are short or hold no letter."""
    words = text.split()

    def speck(word: str) -> bool:
        return not _HANGUL.search(word) and (len(word) <= 2 or not any(ch.isalpha() for ch in word))

    while words and speck(words[0]):
        words.pop(0)
    while words and speck(words[-1]):
        words.pop()
    return " ".join(words)


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


class Rereader:
    """Reads a heading's line again from the page image, cut across the column it stands in."""

    def __init__(self, image, box: tuple[int, int, int, int], body: float, read):
        self.image, self.box, self.body, self.read = image, box, body, read
        self.left = MAX_REREADS

    def __call__(self, words: list[tuple], text: str) -> str:
        """The heading's text: read again when it names nothing, kept when the new reading
        names nothing either."""
        if self.left <= 0 or names_heading(text):
            return text
        self.left -= 1
        top, bottom = min(w[4] for w in words), max(w[4] + w[2] for w in words)
        height = bottom - top
        pad = int(PAD * height)
        band = self.image.crop((self.box[0], max(top - pad, 0), self.box[2], bottom + pad))
        scale = min(1.0, self.body / height)
        band = band.resize((max(int(band.width * scale), 1), max(int(band.height * scale), 1)))
        again = " ".join(self.read(band).split())
        for candidate in (again, _trimmed(again)):
            if _letters(candidate) >= _letters(text) and names_heading(candidate):
                return candidate
        return text
