"""Which sense a technology name that is also a word has, by the words right around it.

technologies.py reads such a name (Go, Spark, Swift) in prose only beside another technology or
a usage cue anywhere on its line, so "moving hot paths to Go" gave nothing while "Go-to-market
plan with sales in Q3" gave Go. The words around the name say more than the line: an idiom
("go to market", "let go", "on the go") makes it the word whatever the line holds, and a
preposition right before it ("to Go", "in Go") or a dotted version right after it ("Go 1.21")
makes it the technology. The phrases are data (word_senses.yaml).

An office program's name before a word for a file ("엑셀 다운로드", "Excel export") names the file
a feature writes or reads, not a tool the person used, whatever else the line names.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

WORDS_FILE = Path(__file__).resolve().parent / "word_senses.yaml"
_VERSION_AFTER = re.compile(r"\s+v?\d+(?:\.(?:\d+|x))+(?![\w.])", re.I)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))

    def phrase(text: str) -> str:
        return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", text))

    idioms = "|".join(phrase(p) for p in sorted(words["idioms"], key=len, reverse=True))
    before = "|".join(re.escape(w) for w in sorted(words["before"], key=len, reverse=True))
    return (
        re.compile(rf"(?<![\w/-])(?:{idioms})(?![\w/]|-\w)", re.I),
        re.compile(rf"(?<![\w-])(?:{before})\s+$", re.I),
    )


@functools.cache
def _files() -> tuple[frozenset[str], re.Pattern[str]]:
    files = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))["files"]
    after = "|".join(re.escape(w) for w in sorted(files["after"], key=len, reverse=True))
    return frozenset(files["names"]), re.compile(rf"(?:으로|로|을|를|의)?\s*(?:{after})(?![a-z])", re.I)


def names_a_file(line: str, start: int, end: int) -> bool:
    """The office program named at line[start:end] is the file a feature handles ("엑셀 출력")."""
    names, after = _files()
    return line[start:end].lower() in names and bool(after.match(line[end:]))


def in_idiom(line: str, start: int, end: int) -> bool:
    """The name at line[start:end] is part of an everyday phrase ("Go-live", "let go")."""
    idioms, _ = _patterns()
    return any(m.start() <= start and end <= m.end() for m in idioms.finditer(line))


def named_as_technology(line: str, start: int, end: int) -> bool:
    """The capitalised name at line[start:end] stands after a preposition ("moving hot paths to Go")
    or before a dotted version ("Go 1.21")."""
    _, before = _patterns()
    return bool(before.search(line[:start]) or _VERSION_AFTER.match(line[end:]))
