"""Words of an answer as comparable terms: Korean through kiwipiepy, English through Snowball.

Korean glues particles and endings to words ("쿠버네티스를", "캐시했습니다"), so matching on
surface strings fails; kiwipiepy's morphemes give the noun or the verb's dictionary form.
Kiwi mangles Latin text ("stack." becomes "st" + "ack."), so Latin words are read by a regex
and stemmed with Snowball instead. The analyzer is the process's shared one (careercoach/korean.py),
loaded once, on first use.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from careercoach.korean import kiwi

KOREAN_CONTENT_TAGS = {"NNG", "NNP", "XR", "SH"}
KOREAN_PREDICATE_TAGS = {"VV", "VA"}
NOUN_RUN_TAGS = KOREAN_CONTENT_TAGS | {"XPN", "XSN"}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[_.+#/'’-][A-Za-z0-9]+)*(?:\(\))?[+#]*")
SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n+")


@functools.lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


# Snowball strips suffixes; irregular past forms have none to strip ("gave up" would never meet
# "give up"). The common ones of engineering talk, mapped to their base form first.
IRREGULAR = {
    "began": "begin",
    "begun": "begin",
    "bent": "bend",
    "bound": "bind",
    "broke": "break",
    "broken": "break",
    "brought": "bring",
    "built": "build",
    "bought": "buy",
    "caught": "catch",
    "chose": "choose",
    "chosen": "choose",
    "dealt": "deal",
    "did": "do",
    "done": "do",
    "drew": "draw",
    "drawn": "draw",
    "drove": "drive",
    "driven": "drive",
    "fed": "feed",
    "fell": "fall",
    "fallen": "fall",
    "felt": "feel",
    "fought": "fight",
    "found": "find",
    "forgot": "forget",
    "forgotten": "forget",
    "froze": "freeze",
    "frozen": "freeze",
    "gave": "give",
    "given": "give",
    "went": "go",
    "gone": "go",
    "grew": "grow",
    "grown": "grow",
    "hid": "hide",
    "hidden": "hide",
    "held": "hold",
    "kept": "keep",
    "knew": "know",
    "known": "know",
    "laid": "lay",
    "led": "lead",
    "left": "leave",
    "lent": "lend",
    "lost": "lose",
    "made": "make",
    "meant": "mean",
    "met": "meet",
    "paid": "pay",
    "ran": "run",
    "rode": "ride",
    "rose": "rise",
    "risen": "rise",
    "rewrote": "rewrite",
    "rewritten": "rewrite",
    "said": "say",
    "saw": "see",
    "seen": "see",
    "sent": "send",
    "shook": "shake",
    "shot": "shoot",
    "showed": "show",
    "shown": "show",
    "sold": "sell",
    "sought": "seek",
    "spent": "spend",
    "spoke": "speak",
    "spoken": "speak",
    "stood": "stand",
    "stole": "steal",
    "struck": "strike",
    "swore": "swear",
    "took": "take",
    "taken": "take",
    "taught": "teach",
    "told": "tell",
    "thought": "think",
    "threw": "throw",
    "thrown": "throw",
    "understood": "understand",
    "woke": "wake",
    "wore": "wear",
    "won": "win",
    "wrote": "write",
    "written": "write",
}


@functools.lru_cache(maxsize=20000)
def stem(word: str) -> str:
    word = word.lower().strip("'’")
    word = IRREGULAR.get(word, word)
    if len(word) <= 3 or not word.isalpha():
        return word
    return _stemmer().stemWord(word)


@dataclass(frozen=True)
class Word:
    """A word as a comparable form plus its parts: 타임아웃 (타임, 아웃), dagbag_import_timeout
    (dagbag, import, timeout). Kiwi splits loanwords, so both the whole and the parts count."""

    form: str
    parts: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.form, *self.parts)


@dataclass
class Sentence:
    text: str
    start: int
    words: list[Word] = field(default_factory=list)
    latin: list[str] = field(default_factory=list)  # Latin words as written

    @property
    def terms(self) -> list[str]:
        return [form for word in self.words for form in word.forms]


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; a long line without punctuation stays one sentence."""
    pieces, pos = [], 0
    for match in SENTENCE_END.finditer(text):
        pieces.append((pos, text[pos : match.start()]))
        pos = match.end()
    pieces.append((pos, text[pos:]))
    return [(start, piece) for start, piece in pieces if piece.strip()]


def _noun_run(run: list) -> tuple[int, Word]:
    parts = tuple(t.form.lower() for t in run if t.tag in KOREAN_CONTENT_TAGS)
    whole = "".join(t.form for t in run).lower()
    if len(run) == 1 or not parts:
        return run[0].start, Word(whole)
    return run[0].start, Word(whole, tuple(p for p in parts if p != whole))


def _korean_words(text: str) -> list[tuple[int, Word]]:
    if not re.search(r"[가-힣]", text):
        return []
    found, run = [], []
    for token in kiwi().tokenize(text):
        if token.tag in NOUN_RUN_TAGS and (not run or run[-1].start + run[-1].len == token.start):
            run.append(token)
            continue
        if run and any(t.tag in KOREAN_CONTENT_TAGS for t in run):
            found.append(_noun_run(run))
        run = [token] if token.tag in NOUN_RUN_TAGS else []
        if token.tag in KOREAN_PREDICATE_TAGS:
            lemma = getattr(token, "lemma", "") or token.form + "다"
            found.append((token.start, Word(lemma)))
    if run and any(t.tag in KOREAN_CONTENT_TAGS for t in run):
        found.append(_noun_run(run))
    return found


def _latin_words(text: str) -> list[tuple[int, Word, str]]:
    found = []
    for match in LATIN_WORD.finditer(text):
        written = match.group(0)
        pieces = [p for p in re.split(r"[_.+#/'’()-]+", written) if p]
        if len(pieces) <= 1:
            found.append((match.start(), Word(stem(pieces[0] if pieces else written)), written))
        elif re.fullmatch(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+", written):
            whole = stem("".join(pieces))
            found.append((match.start(), Word(whole, tuple(stem(p) for p in pieces)), written))
        else:
            whole = written.lower().rstrip("()")
            found.append((match.start(), Word(whole, tuple(stem(p) for p in pieces)), written))
    return found


def analyse(text: str) -> list[Sentence]:
    """The text split into sentences, each with its words (nouns, verb stems, Latin stems)."""
    text = unicodedata.normalize("NFKC", text or "")
    sentences = [Sentence(text=piece.strip(), start=start) for start, piece in split_sentences(text)]
    if not sentences:
        return []
    bounds = [s.start for s in sentences]

    def owner(offset: int) -> Sentence:
        index = 0
        for i, start in enumerate(bounds):
            if start <= offset:
                index = i
        return sentences[index]

    found = [(offset, word, "") for offset, word in _korean_words(text)] + _latin_words(text)
    for offset, word, written in sorted(found, key=lambda item: item[0]):  # words in reading order
        sentence = owner(offset)
        sentence.words.append(word)
        if written and written not in sentence.latin:
            sentence.latin.append(written)
    return sentences


def words_of(text: str) -> list[Word]:
    """Every word of a short text (a checklist point, a synonym), in order."""
    return [word for sentence in analyse(text) for word in sentence.words]


def terms_of(text: str) -> list[str]:
    return [form for word in words_of(text) for form in word.forms]
