"""A project's name out of its title line, without what is written around it.

People title a project with more than its name: a subtitle after a dash ("Tidewatch — Uptime
checks for small teams", "WRIST - Auto-Parallelism Search"), the kind of project before it
("Capstone Project - Smart Parking Finder", "사이드 — 독서 기록 앱"), the text of links whose
address a PDF lost ("Tidewatch (GitHub)", "Tidewatch | Demo | Go, React"), or brackets around
the whole name ("[쇼핑몰 리뉴얼]"). The name is what a reviewer calls the project; the rest
describes it (a note) or lists its stack. The words are data (project_words.yaml).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from resumes.parsing.headers import trim
from resumes.parsing.technologies import skill_key

WORDS_FILE = Path(__file__).resolve().parent / "project_words.yaml"
MAX_NAME_CHARS = 60
_DASH = re.compile(r"\s+[—–-]\s+")
_BAR = re.compile(r"\s+\|\s+|\s*｜\s*")
_LIST = re.compile(r"\s*[/,·]\s*")
_BRACKETED = re.compile(r"^\s*[\[［【]\s*(?P<name>[^\[\]［］【】]{1,60}?)\s*[\]］】]\s*$")
# A name, then a dash or a colon before what the project is ("Skyline: renders city skylines").
NAME_DASH = re.compile(r"\s+[—–-]\s+|(?<=\w)[:：]\s+")
# A number then a word in lower case: the middle of a sentence, never the start of a name.
_MID_SENTENCE = re.compile(r"^\d+\s+[a-z]")


@functools.cache
def project_words() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    return {key: frozenset(_fold(word) for word in words) for key, words in data.items()}


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" *_").casefold()


def is_link_label(text: str) -> bool:
    parts = [p for p in _LIST.split(text.strip()) if p]
    return bool(parts) and all(_fold(p) in project_words()["link_labels"] for p in parts)


def is_kind(text: str) -> bool:
    return _fold(text) in project_words()["kinds"]


def _stack(text: str) -> list[str]:
    """ "Go, React", "Python/Flask": a part listing known technologies only, else nothing."""
    names = [n.strip() for n in _LIST.split(text) if n.strip()]
    return names if names and all(skill_key(n) is not None for n in names) else []


_LINK_BRACKET = re.compile(r"\s*[(（\[]\s*(?P<label>[^()（）\[\]]{1,40}?)\s*[)）\]]")


def _without_link_brackets(text: str) -> str:
    """ "Tidewatch (GitHub)", "Tidewatch [Demo] [Code]" -> "Tidewatch"."""
    return _LINK_BRACKET.sub(lambda m: "" if is_link_label(m["label"]) else m.group(), text)


def title_name(text: str, *, subtitles: bool = True) -> tuple[str, list[str], list[str]]:
    """(name, notes, stack) of a project's title line, its period and addresses already off;
    without `subtitles` where the writer marked the name (a bold span), a dash in it stays."""
    name = _without_link_brackets(text)
    notes: list[str] = []
    stack: list[str] = []
    parts = _BAR.split(name)
    if len(parts) > 1:
        kept = [parts[0]]
        for part in parts[1:]:
            if is_link_label(part):
                continue
            found = _stack(part)
            if found:
                stack += found
            else:
                kept.append(part)
        name = " | ".join(kept)
    name, note, found = _dash_parts(name) if subtitles else (name, "", [])
    notes += [note] if note else []
    stack += found
    bracketed = _BRACKETED.match(name)
    if bracketed is not None:
        name = bracketed["name"]
    name = trim(name)
    if not name or len(name) > MAX_NAME_CHARS:
        return text, [], []
    return name, notes, stack


def bare_name(text: str | None) -> str | None:
    """A project name without brackets around it or link text beside it ("[쇼핑몰 리뉴얼]",
    "Kitewatch (GitHub)"), for a title whose other parts another reader splits."""
    if not text:
        return text
    name = trim(_without_link_brackets(text))
    bracketed = _BRACKETED.match(name)
    return (bracketed["name"] if bracketed else name) or text


def _dash_parts(text: str) -> tuple[str, str, list[str]]:
    """ "Name — subtitle" -> (name, subtitle, []); "Hackathon - Name" -> (name, kind, []);
    "Name - Go, React" -> (name, "", stack). A one-word tail ("Tidewatch - CLI") may be part of
    the name and stays, as does a name after a technology ("Kafka - 주문 파이프라인")."""
    parts = _DASH.split(text, maxsplit=1)
    if len(parts) != 2 or not trim(parts[0]) or not trim(parts[1]):
        return text, "", []
    head, tail = trim(parts[0]), trim(parts[1])
    if is_kind(head):
        return tail, head, []
    if is_link_label(tail):
        return head, "", []
    if len(found := _stack(tail)) > 1:
        return head, "", found
    if len(tail.split()) < 2 or _stack(head) or len(head) > MAX_NAME_CHARS:
        return text, "", []
    return head, tail, []


def bar_stack(text: str) -> tuple[str, list[str]]:
    """ "Gardenlog | React, Flask, SQLite" (a LaTeX template's project heading) -> ("Gardenlog",
    [...]): after a bar, a list of known technologies only is the stack, not part of the name;
    link text between them ("Gardenlog | GitHub | React") goes with its lost address."""
    parts = _BAR.split(text)
    parts = parts[:1] + [part for part in parts[1:] if not is_link_label(part)]
    if len(parts) != 2:
        return text, []
    names = [n.strip() for n in re.split(r"\s*[/,·]\s*", parts[1]) if n.strip()]
    if not names or any(skill_key(name) is None for name in names):
        return text, []
    return parts[0], names


def described_name(text: str) -> tuple[str, str] | None:
    """ "tidewatch — open-source checks for ...", "Skyline: renders city skylines from ..." ->
    the name and the sentence: a short name, a dash or colon, then four words or more."""
    parts = NAME_DASH.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    name, description = trim(parts[0]), trim(parts[1])
    if not name or len(name) > 40 or len(name.split()) > 4 or len(description.split()) < 4:
        return None
    if _MID_SENTENCE.match(name):
        return None  # "4 sitcom Peep Show: a directory of …", the wrapped rest of the line above
    return name, description
