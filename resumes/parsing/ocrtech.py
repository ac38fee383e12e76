"""Technology names that Tesseract misread on a scan: "iOS" as "105" or "I0S", "SwiftUI" as
"SwiftUl", "Node.js" as "Nodejs". Digits and letters of the same shape swap at scan
resolutions, and the dot of a name is a speck that gets lost. The look-alikes are data
(ocr_readings.yaml); a word is read back only where the line names technologies (a stack or
skills line, the platform before a role noun in a title) and only when the reading is a known
name, so a date, a count or a version is never changed."""

from __future__ import annotations

import functools
import itertools
import re
from pathlib import Path

import yaml

from resumes.parsing.labels import TECH, label_of
from resumes.parsing.lines import Line
from resumes.parsing.listing import comma_dots, split_list
from resumes.parsing.technologies import vocabulary

READINGS_FILE = Path(__file__).resolve().parent / "ocr_readings.yaml"
MAX_READINGS = 256  # candidate spellings of one word; a longer word of look-alikes is left alone
MIN_KNOWN = 2  # names on a line, besides the word, that make it a list of technologies
_LABEL = re.compile(r"^[^:：]{1,30}[:：]\s*")
_TOKEN = re.compile(r"[^\s,/|·()]+")
_SEPARATORS = re.compile(r"[\s.\-_/]+")


@functools.lru_cache(maxsize=1)
def _readings() -> dict:
    return yaml.safe_load(READINGS_FILE.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _extra_names() -> dict[str, str]:
    """The readings file's own names (iOS and its kin) by their lower-case spelling."""
    return {name.lower(): name for name in _readings()["names"]}


def _known(word: str) -> str | None:
    """The catalog's (or the readings file's) name for a word written as that name is."""
    extra = _extra_names()
    if word.lower() in extra:
        return extra[word.lower()]
    found = vocabulary()
    technology = found.by_form.get(word.lower().strip()) if found is not None else None
    return technology.name if technology is not None else None


def read_back(word: str) -> str | None:
    """The known name a misread word stands for, or None: a name whose dot was lost
    ("Nodejs"), or each look-alike tried in turn ("105", "SwiftUl")."""
    if not 2 <= len(word) <= 30:
        return None
    found = vocabulary()
    technology = found.by_form.get(word.lower()) if found is not None else None
    if technology is not None and "." in technology.name and _SEPARATORS.sub("", technology.name) == word:
        return technology.name
    if _known(word) is not None:
        return None
    swaps = _readings()["characters"]
    options = [[char, *swaps.get(char, [])] for char in word]
    if _count(options) > MAX_READINGS:
        return None
    for spelling in itertools.product(*options):
        candidate = "".join(spelling)
        if candidate != word and _exact(candidate):
            return _known(candidate)
    return None


def _count(options: list[list[str]]) -> int:
    total = 1
    for option in options:
        total *= len(option)
    return total


def _exact(candidate: str) -> bool:
    """A known name spelt as written, not only once its dots and spaces are dropped."""
    name = _known(candidate)
    return name is not None and name.lower() == candidate.lower()


def _listed(line: Line) -> bool:
    """The line names technologies: a stack label, or a list of two or more known names."""
    labelled = label_of(line)
    if labelled is not None and labelled[0] == TECH:
        return True
    items = split_list(_LABEL.sub("", line.flat))
    return len(items) > MIN_KNOWN and sum(_known(item) is not None for item in items) >= MIN_KNOWN


def read_technologies(line: Line) -> None:
    """Read back the misread names of a line that names technologies, in place."""
    roles = _readings()["roles"]
    listed = _listed(line)
    text = comma_dots(line.text) if listed else line.text

    def fixed(match: re.Match) -> str:
        word, after = match.group(), text[match.end() :].lstrip()
        before = text[: match.start()].rstrip()
        platform = any(re.match(re.escape(role) + r"(?![가-힣A-Za-z])", after, re.I) for role in roles)
        if not (listed or platform) or re.search(r"[A-Za-z]\w*$", before):
            return word  # prose, or a version after a name ("Java 11")
        return read_back(word) or word

    line.text = _TOKEN.sub(fixed, text)
