"""A line break inside a Korean sentence: the clause before it goes on after it.

A Markdown list item hard-broken in its source ("- 체온 산출 API를 설계·구현하여␣␣" then an
indented "서비스 정확도를 높였습니다.") is one point on the page, shown on two lines. A clause
that ends in a connective (하여, 하고, 하며, 되어, 면서, 지만) or a comma has not ended, so the
break is a wrap, not the end of the point. English has the lower-case test for this (the next
word), which Hangul, having no case, cannot take.
"""

from __future__ import annotations

import re

_CONNECTIVE = re.compile(r"\S{2}(?:[하되해]여|[하되했]고|[하되]며|으며|이며|면서|는데|지만|,)$")


def goes_on(text: str, after: str | None) -> bool:
    """Whether a break after `text` (its last line counts) and before `after` is inside one sentence."""
    line = text.rsplit("\n", 1)[-1].strip()
    return bool((after or "").strip()) and _CONNECTIVE.search(line) is not None


def joined_clauses(parts: list[str]) -> list[str]:
    """The lines of one list item with each break inside a sentence closed ("…구현하여", "정확도를 …")."""
    joined: list[str] = []
    for part in parts:
        if joined and goes_on(joined[-1], part):
            joined[-1] = f"{joined[-1].rstrip()} {part.strip()}"
        else:
            joined.append(part)
    return joined
