"""The person's name declared in a Markdown resume's front matter, which the page itself never
shows: a resume data file (`name: "이하늘"`, `author: Jane Park`) or a page title that opens
with the name (`title: 김하늘 · Frontend Engineer`, `title: "Jane Park - Backend Developer"`,
`title: Jane Park, Rails engineer, resume`).

It is taken only when shaped like a person's name (a Korean family name and one to three
syllables, or two or three capitalised words); a title that is the document, the page or a
role alone ("Resume", "About Me", "이력서", "Backend Developer") names nobody. A heading in the
body that gives a name still wins (contact.find_name).
"""

from __future__ import annotations

import re

from resumes.parsing.contact import plausible_name
from resumes.parsing.document_titles import is_document_title
from resumes.parsing.markup import FRONT_MATTER

# Top-level keys only, YAML ("name: …") or TOML ("name = …"); the first that holds a name wins.
_KEYS = ("name", "author", "title")
_ENTRY = re.compile(r"^(name|author|title)[ \t]*[:=][ \t]*(.+?)[ \t]*$", re.M | re.I)
# A comma ends the name too ("First Last, Rails engineer, resume"); a name cut short by it
# ("Park, Jane") is one word and is not shaped like a name, so nothing is taken.
_SEPARATOR = re.compile(r"\s*[|·•/]\s*|\s+[-–—:]\s+|:\s+|,\s*")
# Words that title a page, never a person ("About Me", "My Resume", "Home Page").
_PAGE_WORDS = {"about", "me", "my", "home", "page", "welcome", "hello", "profile", "blog", "site", "index", "vitae"}


def front_matter_name(text: str) -> str | None:
    block = FRONT_MATTER.match(text or "")
    if not block:
        return None
    values = {key.lower(): value for key, value in reversed(_ENTRY.findall(block.group()))}
    for key in _KEYS:
        value = values.get(key, "").strip().strip("\"'").strip()
        parts = [part for part in _SEPARATOR.split(value) if part.strip()]
        if key == "title" and parts and is_document_title(parts[0]):
            parts = parts[1:]  # "이력서 | 김하늘"
        candidate = plausible_name(parts[0]) if parts else None
        if candidate and not _PAGE_WORDS & set(candidate.lower().split()):
            return candidate
    return None
