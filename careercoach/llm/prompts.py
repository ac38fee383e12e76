"""Versioned prompt templates, and the escaping that keeps user data inside its data block.

A template is a text file with a [system] and a [user] part and `$name` placeholders. A new
wording gets a new version file, so stored results can say which prompt made them. Each
generation kind keeps its own templates and fills them (docs/ARCHITECTURE.md); this module
knows no kind."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from string import Template

LANGUAGE_NAMES = {"ko": "Korean", "en": "English"}


@cache
def load_template(path: Path) -> tuple[Template, Template]:
    text = Path(path).read_text(encoding="utf-8")
    _, rest = text.split("[system]\n", 1)
    system, user = rest.split("\n[user]\n", 1)
    return Template(system.strip()), Template(user.strip())


def render_template(path: Path, values: dict) -> tuple[str, str]:
    """(system, user) with every placeholder filled; a missing value is a KeyError."""
    system, user = load_template(Path(path))
    return system.substitute(values), user.substitute(values)


def language_values(language: str) -> dict:
    return {"language": language, "language_name": LANGUAGE_NAMES.get(language, language)}


def json_as_data(value) -> str:
    """`value` as JSON that cannot close the tag around it: `<` and `>` are written as JSON
    escapes, which the model reads as the same characters."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e")
