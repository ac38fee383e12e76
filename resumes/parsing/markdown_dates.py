"""A date written "2025. 10." at the start of a Markdown line is no numbered list.

CommonMark reads "2025. 10." (and "2025. 09. ~ 2025. 12.", "- 2025. 10.") as an ordered list
numbered from 2025 whose item is "10.", so the year was lost and the line was no period (a
project's date line became a bullet "~ 2025. 12." or "10."). A year followed by a dot and a
month is a date: the dot after the year is escaped before the page is rendered, outside fenced
code, and the line reads as written.
"""

from __future__ import annotations

import re

from resumes.parsing.markdown_html import html_body

_FENCE = re.compile(r"^\s*(```|~~~)")
# A line (or a bullet's text) opening with a year, a dot and a month: "2025. 10.", "- 2019. 3. ~".
_YEAR_MONTH = re.compile(r"^(\s{0,3}(?:[-*+]\s+)?)((?:19|20)\d{2})\.(?=\s+(?:1[0-2]|0?[1-9])(?:\.|\s|$))")


def markdown_body(body: str) -> str:
    """The body as markup.py renders it: html_body's, with a year opening a dated line escaped."""
    out, fenced = [], False
    for line in html_body(body).split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        out.append(line if fenced else _YEAR_MONTH.sub(r"\1\2\\.", line, count=1))
    return "\n".join(out)
