"""Comma lists as people write them: "Python, Django · DRF | Celery / Redis 등"."""

from __future__ import annotations

import re

from resumes.parsing.lines import strip_icons

_SEPARATOR_CHARS = ",，、;·•|"
_OPEN, _CLOSE = "([{（", ")]}）"
_TRAILING = re.compile(r"\s*(?:등|etc\.?|and more)\s*$", re.IGNORECASE)
# "React,js", "Socket,io": a comma typed for the dot of a library's name (no space around it,
# a name suffix after it) is that dot; split there, it would leave a bare "js" read as JavaScript.
_COMMA_FOR_DOT = re.compile(r"(?<=[A-Za-z]),(?=(?:js|io)(?![A-Za-z0-9]))")


def comma_dots(text: str) -> str:
    """ "React,js" as the "React.js" it was meant to be."""
    return _COMMA_FOR_DOT.sub(".", text)


def split_list(text: str) -> list[str]:
    """Items of a list, keeping commas inside parentheses: "Kubernetes (GKE, EKS)" is one.

    A slash splits only with spaces around it, so "CI/CD" and "TCP/IP" stay whole.
    """
    text = comma_dots(text)
    items, current, depth, index = [], [], 0, 0
    while index < len(text):
        char = text[index]
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0 and (char in _SEPARATOR_CHARS or text.startswith(" / ", index)):
            items.append("".join(current))
            current = []
            index += 3 if char == " " else 1
            continue
        current.append(char)
        index += 1
    items.append("".join(current))
    cleaned: list[str] = []
    for item in items:
        item = _TRAILING.sub("", strip_icons(item.strip(" \t")).lstrip("-–—: ").rstrip(".: "))
        if item and item not in cleaned:
            cleaned.append(item)
    return cleaned
