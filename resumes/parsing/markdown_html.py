"""A Markdown page whose body is raw HTML (a Jekyll or Hugo page written as Bootstrap markup):
its tags are indented the way HTML source is, and CommonMark reads any line indented four
spaces after a blank line as a code block, so every `<h3>`, `<ul>` and `<li>` would be shown
as code and the page would have no headings or lists at all. When most of the body's lines are
tags, the indentation is the HTML's, not Markdown's: it is taken off (outside fenced code), so
the blocks are read by the HTML reader with the same structure as an uploaded .html page."""

from __future__ import annotations

import re

_TAG_LINE = re.compile(r"^\s*</?[A-Za-z][\w-]*(?:[\s/>]|$)|^\s*<!--")
_FENCE = re.compile(r"^\s*(```|~~~)")
MOSTLY = 0.6  # the share of non-blank lines that open with a tag
MIN_TAG_LINES = 5


def mostly_html(body: str) -> bool:
    lines = [line for line in body.splitlines() if line.strip()]
    tags = sum(1 for line in lines if _TAG_LINE.match(line))
    return tags >= MIN_TAG_LINES and tags >= MOSTLY * len(lines)


def html_body(body: str) -> str:
    """The body with its source indentation taken off when it is mostly HTML, else as it is."""
    if not mostly_html(body):
        return body
    out, fenced = [], False
    for line in body.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        out.append(line if fenced else line.lstrip(" \t"))
    return "\n".join(out)
