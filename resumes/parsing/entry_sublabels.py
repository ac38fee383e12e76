"""Sub-labels inside a job ("Key Qualifications & Responsibilities", "Key Achievements",
"Responsibilities", "주요 업무", "성과") say what the bullets under them are. They are no
project's name and no description, so they are set aside before the work reader sees them.
A label is known by its words, as data: every word is a sub-label word, one of them a noun."""

from __future__ import annotations

import re

from resumes.parsing.blocks import TEXT, Item
from resumes.parsing.field_words import reader_words

MAX_LABEL_CHARS = 50
# The nouns a sub-label is made of: the field lexicon's "sub_labels" words (field_words.yaml).
LABEL_NOUNS = frozenset(word.lower() for found in reader_words("sub_labels").values() for word in found)
# Words that only qualify one ("Key", "Main", "&").
LABEL_QUALIFIERS = frozenset("key main core major primary selected notable and & / · 주요 핵심 및 담당 수행".split())
_TOKEN = re.compile(r"[^\W\d_]+|[&/·]", re.UNICODE)


def is_sub_label(text: str) -> bool:
    text = text.strip().rstrip(":：").strip()
    tokens = [token.lower() for token in _TOKEN.findall(text)]
    if not tokens or len(text) > MAX_LABEL_CHARS or re.search(r"\d", text):
        return False
    return all(t in LABEL_NOUNS or t in LABEL_QUALIFIERS for t in tokens) and any(t in LABEL_NOUNS for t in tokens)


def without_sub_labels(items: list[Item]) -> list[Item]:
    """Items without the plain lines that are sub-labels, once an entry has begun (a dated line
    or a heading came before)."""
    kept: list[Item] = []
    in_entry = False
    for item in items:
        if in_entry and item.kind == TEXT and item.period is None and not item.heading and is_sub_label(item.text):
            continue
        in_entry = in_entry or item.heading or item.period is not None
        kept.append(item)
    return kept
