"""E-mail addresses on a scan. A sidebar is narrow, so a long address wraps there, at the
hyphen or the dot of its domain ("daon.dev@mailbox-" over "example.co.kr"), and each half
alone is no address: the contact finder lost it. Tesseract also reads a small "." as "_" and
"@" as "©". A line that ends inside an address (its last word has an "@" and no complete
domain yet) takes the domain from the start of the next line; "_" in a domain (never valid
there) is the dot it was, and a "©" between an address's name and its domain is the "@".
"""

from __future__ import annotations

import re

from resumes.parsing.lines import Line

_OPEN = re.compile(r"[\w.+-]+@(?:[\w-]+[.-])*[\w-]*$")  # an address whose domain goes on
_DOMAIN = re.compile(r"^[\w-]+(?:[._][\w-]+)*(?:[._][A-Za-z]{2,})$")
_ADDRESS = re.compile(r"(?<![\w.+-])([\w.+-]+)[@©]([\w-]+(?:[._][\w-]+)*[._][A-Za-z]{2,})(?![\w-])")


def mend_addresses(lines: list[Line]) -> list[Line]:
    """The lines with wrapped addresses joined and misread marks read back."""
    kept: list[Line] = []
    for line in lines:
        previous = kept[-1] if kept else None
        if previous is not None and _wrapped(previous, line):
            first, _, rest = line.text.partition(" ")
            previous.text += first
            if not rest.strip():
                continue
            line.text = rest
        kept.append(line)
    for line in kept:
        line.text = _ADDRESS.sub(_address, line.text)
    return kept


def _wrapped(line: Line, following: Line) -> bool:
    """The line ends inside an address whose domain starts the following line."""
    words = line.text.split()
    if not words or not following.text or following.bullet or following.kind:
        return False
    last = words[-1]
    if not _OPEN.fullmatch(last) or (re.search(r"@.*\.[A-Za-z]{2,}$", last) and not last.endswith(("-", "."))):
        return False
    return bool(_DOMAIN.match(following.text.split()[0]))


def _address(match: re.Match) -> str:
    return f"{match.group(1)}@{match.group(2).replace('_', '.')}"
