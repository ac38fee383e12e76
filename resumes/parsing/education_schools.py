"""A school named without a school word: "TU Berlin, M.Sc. Computer Science, 2015 – 2017",
"ETH Zürich — MSc Robotics". The education reader knows a school by its word (대학교,
University, KAIST), so a school known by its name alone was read as the major and the next
school's line was merged into its entry. A degree word that names its field ("M.Sc. Computer
Science") leaves no room for another field, so the name part beside it (before it, else after
it) is the school, unless it is a note on the degree (education_words.yaml) or carries a number.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

WORDS_FILE = Path(__file__).resolve().parent / "education_words.yaml"


@functools.cache
def _note() -> re.Pattern[str]:
    words = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))["notes"]
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})(?![a-z])", re.IGNORECASE)


def _could_be_school(text: str) -> bool:
    """A name: it opens with a capital or a letter without case, holds no number
    ("GPA 3.8"), and is no note on the degree ("Minor in Economics", "부전공 경영학")."""
    first = text[:1]
    return (
        first.isalpha()
        and (first.isupper() or not first.islower())
        and not any(c.isdigit() for c in text)
        and not _note().match(text)
    )


def unnamed_school(named: list[tuple[str, str]]) -> str | None:
    """The school among an education line's name parts, taken out of `named` (the line's
    parts in order, each ("name", text) or ("degree", the field named after the degree word)),
    or None when the line gives no school this way."""
    for index, (kind, field) in enumerate(named):
        if kind != "degree" or not field:
            continue
        for near in (index - 1, index + 1):
            if 0 <= near < len(named) and named[near][0] == "name" and _could_be_school(named[near][1]):
                return named.pop(near)[1]
        return None
    return None
