"""Rows that group the projects under them instead of naming one.

People often repeat their career's rows in a projects section: the employer with its tenure,
the job title held there with its period, sometimes a place, and only then the projects of
that job ("Software Engineer ⇥ May 2019 - Present" over "Team Feedback Portal"). Read as
projects, each such row is a false project and the real name under a title row ends up in the
description. A title row is told by its first comma part being a job title, also when the
title lost its space ("DataEngineer, AI Labs"), with a team or field beside it.
"""

from __future__ import annotations

import re

from resumes.parsing.roles import is_role

MAX_ROW_CHARS = 60
MAX_PARTS = 3
_PARTS = re.compile(r",|\s[·|/–—-]\s")
# A lower-case letter then a capitalised word: two words written together ("DataEngineer").
_JOINED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def is_title_row(text: str) -> bool:
    """ "Software Engineer", "DataEngineer, AI Labs", "iOS Developer, iOS Team": a job title
    first, with at most a team or field beside it; "Chatbot · Big Project · 팀장" names a
    project and the role in it."""
    text = text.strip()
    if not text or len(text) > MAX_ROW_CHARS:
        return False
    parts = [part.strip() for part in _PARTS.split(text) if part.strip()]
    return 0 < len(parts) <= MAX_PARTS and is_role(_JOINED.sub(" ", parts[0]))
