"""A PDF line wrapped between two Hangul syllables: a cut word ("네이" / "버") or a word gap?

Korean puts spaces between words (eojeol), and a browser or word processor may break a Korean
line between any two syllables, so a wrap between Hangul syllables is either. The PDF does not
say which. Two pieces of evidence, in order:

1. Geometry: when the row above ends short of the column's right edge by more than the width
   of the next row's first syllable, that syllable would have fitted; a layout that breaks
   words there would have set it, and one that keeps words whole breaks only at gaps. So the
   break was a word gap. (A row running to the edge says nothing: both kinds of break do.)
2. Morphology, on the two eojeol around the junction only: kiwipiepy (the process's shared
   analyzer, careercoach/korean.py) reads them joined ("네이버") and spaced ("네이 버"). They
   are one word when a morpheme of the joined reading spans the junction and the joined reading
   scores clearly better than the spaced one. A morpheme the dictionary knows ("인프라",
   "사용자") needs a margin of KNOWN_MARGIN; a word the analyzer only guesses (an out-of-
   vocabulary noun such as a company name) needs OOV_MARGIN and the spaced reading must leave a
   guessed fragment at the junction ("마이그레" / "이션"), since two whole names side by side
   ("주식회사 모아핏") also read as one guessed noun. A verb ending after its noun ("개발" /
   "했습니다") reads the same joined and spaced: no evidence, so the space stays.
"""

from __future__ import annotations

import re

KNOWN_MARGIN = 4.0  # log-probability: the joined reading this much likelier, its word known
OOV_MARGIN = 8.0  # the same for a word the analyzer guesses
BOUND_MARGIN = 4.5  # the spaced reading opens an eojeol with a bound morpheme (kiwipiepy: 5.0)
_BOUND = ("J", "E", "XS", "VCP")  # particles, endings, suffixes and the copula: never a word's start
_TAIL = re.compile(r"[가-힣]+$")
_HEAD = re.compile(r"^[가-힣]+")


def next_syllable_fitted(above_x1: float, row_chars: list, right: float) -> bool:
    """The first glyph of the row below, if Hangul, would have fitted at the end of the row
    above (the column's right edge is `right`): the layout broke at a word gap."""
    visible = sorted((c for c in row_chars if c["text"].strip()), key=lambda c: c["x0"])
    if not visible or not _HEAD.match(visible[0]["text"]):
        return False
    width = visible[0]["x1"] - visible[0]["x0"]
    return right - above_x1 >= 1.1 * width + 1.0


def one_word(first: str, second: str) -> bool:
    """The Hangul end of `first` and the Hangul start of `second` are one word cut in two,
    by the analyzer's reading of the two eojeol at the junction."""
    tail, head = _TAIL.search(first.split()[-1]) if first.split() else None, _HEAD.match(second.lstrip())
    if tail is None or head is None:
        return False
    left, right = tail.group(), second.lstrip().split()[0]
    from careercoach.korean import kiwi

    analyzer = kiwi()
    joined, joined_score = analyzer.analyze(left + right, top_n=1)[0]
    spaced, spaced_score = analyzer.analyze(f"{left} {right}", top_n=1)[0]
    cut = len(left)
    margin = joined_score - spaced_score
    head_tokens = [t for t in spaced if t.start > cut]
    if head_tokens and head_tokens[0].tag.startswith(_BOUND) and margin >= BOUND_MARGIN:
        return True  # "개선했" / "습니다": no eojeol opens with an ending, particle or suffix
    spanning = [t for t in joined if t.start < cut < t.start + t.len]
    if not spanning:
        return False
    if any(not t.oov for t in spanning):
        return margin >= KNOWN_MARGIN
    return margin >= OOV_MARGIN and _fragment(spaced, cut)


def _fragment(spaced: list, cut: int) -> bool:
    """The spaced reading leaves a guessed word or single-syllable scraps ("리 팩 터" / "링") at
    the junction: the pieces are no words of their own."""
    if any(t.oov for t in spaced if t.end == cut or t.start == cut + 1):
        return True
    sides = ([t for t in spaced if t.end <= cut], [t for t in spaced if t.start > cut])
    return any(len(side) >= 2 and all(t.len == 1 for t in side) for side in sides)
