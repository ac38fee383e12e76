"""Two rows of a PDF that are one line wrapped by the layout, joined back into one line.

A Korean word may be cut at the margin ("인프" / "라"): the halves are joined when the whole
word appears elsewhere in the document or the second half is a particle or ending. A word
typeset with a hyphen at the line end ("rebuild-" / "ing", LaTeX's hyphenation) is one word:
the hyphen goes, unless the document spells the compound with its hyphen elsewhere, the first
part is a prefix written with one ("self-" / "testing") or already holds a hyphen ("one-to-" /
"many": a compound of three parts, never a syllable break). A number or Latin word at the line
end followed by a particle or unit ("600ms" / "에서", "40" / "분") is one token. Any other
break between two Hangul syllables is judged by hangul_wrap.py (geometry, then morphology).

Outside a list item, a line that ends a sentence ("... by 23%." or a Korean "...했다.",
"...개선함.", "...완료음.") and a line that opens with a capital, a digit or a marker are two
lines, not one wrapped: word processors set one achievement per line without a bullet, and a
long one runs nearly to the margin.
"""

from __future__ import annotations

import re

from resumes.parsing.hangul_wrap import one_word

# One-syllable words that stand alone at a line end ("코드 3천 줄 / 감소").
_STANDALONE = set(
    "줄및등각총약더잘큰새한두세네몇그저수것건명개년월일회번분초배곳점차주위팀앱웹안못꼭또곧늘왜뒤앞옆밖속중후전간내외별신구"
)
_HANGUL_END = re.compile(r"[가-힣]$")
_HANGUL_START = re.compile(r"^[가-힣]")
_ENDINGS = set(
    "여 고 며 서 를 을 는 은 이 가 의 에 로 와 과 도 만 다 함 음 기 게 지 해 하여 에서 으로 하고 했다 한다 하며 되어 하는 적 화 성 율 률 량"
    " 입니다 이며 이고 였다 이었다".split()
)
# Counters written against a number ("5종을", "3년간"); a year ("2024 대한민국") is not counted.
_COUNTERS = set("분초개명건회년월일배원만천억시주번종곳차층대장권줄건")
_COUNT_END = re.compile(r"(?<![\d.])\d{1,3}(?:[.,]\d+)?$")
# Particles and counters that follow a number or a Latin word with no space ("600ms에서", "40분").
_ATTACHED = _ENDINGS | set(
    "분 초 개 명 건 회 년 월 일 배 원 만 천 억 시간 개월 주 번 배로 까지 부터 으로의 에게 보다".split()
)
_LOWER_HYPHEN_END = re.compile(r"(?<![\s\-])([a-z]+)-$")
_HYPHEN_END = re.compile(r"[A-Za-z0-9)/]-$")
# Prefixes written with their hyphen, so a line-end hyphen after them is part of the word.
_HYPHEN_PREFIXES = {
    "self", "non", "well", "cross", "real", "full", "part", "high", "low", "long", "short",
    "multi", "semi", "anti", "ex",
}  # fmt: skip


_SENTENCE_END = re.compile(r"(?:[a-z0-9%)]|(?P<korean>[다음함]))\.[\"'”’]?$")
_NEW_LINE_START = re.compile(r"^(?:[A-Z0-9]|[-•*▪◦–]\s)")


def sentence_break(above: str, below: str) -> bool:
    """The line above ends a sentence and the line below starts a new one: a capital, a digit
    or a marker, or, after a Korean sentence ending, any Korean word (Korean has no capitals)."""
    end = _SENTENCE_END.search(above.rstrip())
    if end is None:
        return False
    start = below.lstrip()
    return bool(_NEW_LINE_START.match(start) or (end.group("korean") and _HANGUL_START.match(start)))


def join_wrapped(first: str, second: str, vocabulary: set[str] | None = None, *, fitted: bool = False) -> str:
    """Two halves of a line wrapped by the layout; a word cut in two is made whole. `fitted`: the
    next row's first syllable would have fitted on the row above (hangul_wrap.py)."""
    if first.endswith("\u00ad"):
        return first.rstrip("\u00ad") + second
    if first.endswith("-"):
        hyphenated = _hyphen_join(first, second, vocabulary or set())
        if hyphenated is not None:
            return hyphenated
    if _HANGUL_START.match(second) and re.search(r"[0-9A-Za-z%]$", first):
        head = second.split()[0]
        if head in _ATTACHED or (_COUNT_END.search(first) and head[0] in _COUNTERS and len(head) <= 3):
            return first + second
    if _HANGUL_END.search(first) and _HANGUL_START.match(second):
        tail, head = first.split()[-1], second.split()[0]
        bare = re.sub(r"[^가-힣]", "", head)
        if len(bare) == 1 and head == second.strip() and len(re.sub(r"[^가-힣]", "", tail)) >= 2:
            return first + second  # one syllable alone on a line: the end of a word
        single = re.sub(r"[^가-힣]", "", tail)
        if (
            (vocabulary and (tail + head) in vocabulary)
            or bare in _ENDINGS
            or (len(single) == 1 and single == tail and single not in _STANDALONE and len(bare) >= 2)
        ):
            return first + second
        if not fitted and one_word(first, second):
            return first + second  # the analyzer reads one word across the break (hangul_wrap.py)
    return f"{first} {second}"


def _hyphen_join(first: str, second: str, vocabulary: set[str]) -> str | None:
    """ "rebuild-" + "ing" is "rebuilding"; "self-" + "testing", "one-to-" + "many" and "HTTP/2-" + "based" keep
    their hyphen; None when the hyphen is not part of a word ("2020 -")."""
    lower = _LOWER_HYPHEN_END.search(first)
    rest = re.match(r"[a-z]+", second)
    if lower and rest:
        part, tail = first.split()[-1][:-1], rest.group()
        last = re.split(r"[-/]", part)[-1].lower()
        compound = f"{part}-{tail}".lower()
        if (
            compound in vocabulary
            or "-" in part
            or (last in _HYPHEN_PREFIXES and (part + tail).lower() not in vocabulary)
        ):
            return first + second
        return first[:-1] + second
    if _HYPHEN_END.search(first):
        return first + second
    return None


def words_of(texts) -> set[str]:
    """The words of the document, lowercased and without punctuation around them, for
    telling a cut word ("인프" / "라") or a hyphenated compound from a hyphenated break."""
    words = set()
    for text in texts:
        for word in text.split():
            words.add(word)
            words.add(word.strip(".,;:()[]\"'“”‘’").lower())
    return words
