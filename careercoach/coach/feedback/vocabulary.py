"""Words the Korean analyzer must keep whole: the evaluator's own vocabulary.

Kiwi does not know many technical loanwords and cuts them into Korean words that happen to
spell them: 커버리지 becomes 크(다) + 버리(다), 그라파나 becomes 그라파 + 나. A checklist point and
an answer are then compared on "크다", a generic word, and the point's real word is lost. The
words the evaluator itself matches on (the synonym groups of data/rules.yaml, the catalog's
Korean technology names) are taught to the analyzer as nouns when it would otherwise cut them
into something other than nouns. Short words are left alone (커서 is "cursor" and also
"being big"), except those rules.yaml lists under `whole_words`; a word whose first part is a
Korean stem the analyzer knows (복잡도 = 복잡 + 도) keeps its parts, so it still meets 복잡하다.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
HANGUL_WORD = re.compile(r"[가-힣]{2,}")
NOUNISH = {"NNG", "NNP", "XR", "SH", "XPN", "XSN", "SL"}
MIN_AUTOMATIC = 3  # syllables: shorter words are too often ordinary Korean as well


def candidate_words() -> tuple[set[str], set[str]]:
    """(words to check, words to keep whole in any case), Hangul only, verbs left out."""
    from careercoach.coach.catalog import all_technologies

    raw = yaml.safe_load((DATA_DIR / "rules.yaml").read_text(encoding="utf-8"))
    found: set[str] = set()
    for group in raw.get("synonyms") or []:
        for entry in group:
            found.update(str(entry).split())
    for tech in all_technologies():
        for name in (tech.name, *tech.aliases):
            found.update(str(name).split())
    words = {w for w in found if HANGUL_WORD.fullmatch(w) and not w.endswith("다")}
    forced = {str(w) for w in raw.get("whole_words") or [] if HANGUL_WORD.fullmatch(str(w))}
    return words, forced


def needs_teaching(word: str, tokens: list) -> bool:
    """The analyzer cuts the word into non-nouns (a verb, an ending, an interjection), and not
    after a Korean stem of two syllables or more that it recognises."""
    if len(tokens) < 2 or all(t.tag in NOUNISH for t in tokens):
        return False
    first = tokens[0]
    return not (first.tag in ("NNG", "XR") and len(first.form) >= 2)


def teach(analyzer) -> list[str]:
    """Add the vocabulary the analyzer would cut wrongly; returns the words added. Every word is
    checked before any is added: the analyzer rebuilds itself on the first call after an addition."""
    words, forced = candidate_words()
    wanted = sorted(
        word
        for word in words | forced
        if word in forced or (len(word) >= MIN_AUTOMATIC and needs_teaching(word, analyzer.tokenize(word)))
    )
    return [word for word in wanted if analyzer.add_user_word(word, "NNG", 0.0)]
