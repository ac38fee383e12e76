"""A PDF text layer that is no language: fonts embedded without a map from glyphs to letters
(XeTeX with some OpenType fonts) give each letter's glyph number as its code, so "Senior
Developer" reads "5QHVYCTG &GXGNQRGT". Such a layer is read like a scan, by OCR.

Only Latin letters are judged, and not at all when Hangul or CJK letters are a real share of the
text: a Korean resume's Latin letters are mostly acronyms and tech names ("SDK", "WPF", "NDK"),
which have few vowels, and a font that maps its Hangul maps its Latin letters too. All-capital
runs of up to four letters (acronyms) are left out of the judgement for the same reason. Written words, tech names
included, are about two fifths vowels (a third at the least), and a third or more of their
letter pairs are among the most common pairs of English ("th", "er", "in", ...). Letters
shifted by a constant land mostly on consonants and on rare pairs, and many words then hold
a symbol no word holds ("SD\\PHQW") or a digit between letters.
"""

from __future__ import annotations

import re

MIN_PAIRS = 100  # too little text to judge
MIN_COMMON = 0.2  # share of common letter pairs
MIN_VOWELS = 0.25  # share of vowels among the letters of words
ODD_SHARE = 0.6  # share of words without a vowel or with a symbol inside
COMMON_PAIRS = set(
    "th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri"
    " ro ic ne ea ra ce".split()
)
MIN_OTHER_SCRIPT = 0.2  # share of Hangul/CJK letters that makes the layer a real language
_RUN = re.compile(r"[A-Za-z]{2,}")
_ACRONYM = re.compile(r"[A-Z]{2,4}")
_OTHER_SCRIPT = re.compile(r"[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_VOWEL = re.compile(r"[aeiouAEIOU]")
_WORD = re.compile(r"\S{4,}")
_ODD = re.compile(r"[A-Za-z][0-9#$&*+;]+[A-Za-z]|[{}\[\]|~^`<>=\\_]")
_ADDRESS = re.compile(r"[./:]\w")


def is_garbled(texts) -> bool:
    """Whether the Latin letters of the text read as shifted letters rather than language."""
    texts = list(texts)
    latin = sum(len(_LATIN.findall(text)) for text in texts)
    other = sum(len(_OTHER_SCRIPT.findall(text)) for text in texts)
    if other >= MIN_OTHER_SCRIPT * (latin + other):
        return False
    runs = [run.lower() for text in texts for run in _RUN.findall(text) if not _ACRONYM.fullmatch(run)]
    pairs = [run[i : i + 2] for run in runs for i in range(len(run) - 1)]
    if len(pairs) < MIN_PAIRS:
        return False
    if sum(pair in COMMON_PAIRS for pair in pairs) < MIN_COMMON * len(pairs):
        return True
    letters = sum(len(run) for run in runs)
    if len(_VOWEL.findall(" ".join(runs))) < MIN_VOWELS * letters:
        return True
    words = [word for text in texts for word in _WORD.findall(text) if not _ADDRESS.search(word)]
    words = [word for word in words if len(_LATIN.findall(word)) >= 4]
    odd = sum(1 for word in words if not _VOWEL.search(word) or _ODD.search(word))
    return odd > ODD_SHARE * len(words)
