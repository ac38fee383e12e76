"""A job's list item that opens with a project's name: "Sentinel (해커톤 1등): 실시간 음성 에이전트 개발".

Inside a job, "name: sentence" items are mostly topics ("인프라 & 문서화: …", "Impact: …"), so a
name counts as a project only when it looks like one: its bracket note tells of a contest or a
prize ("(해커톤 1등)", "(Hackathon winner)"), or it is one proper word in Latin letters
("BookToss", "Sentinel") that is neither a technology nor a word for a part of the work. The
item stays a bullet of the project it names, whole.
"""

from __future__ import annotations

import re

from resumes.parsing.blocks import BULLET, Item
from resumes.parsing.technologies import mentioned_technologies

MAX_NAME_CHARS = 40
_NAMED = re.compile(r"^(?P<name>[^:：()（）]{1,40}?)\s*(?P<note>[(（][^()（）]{1,40}[)）])?\s*[:：]\s+\S")
_CONTEST = re.compile(r"해커톤|공모전|경진|대회|수상|우승|\d\s*등|hackathon|contest|award|winner|prize|\b1st\b", re.I)
_PROPER = re.compile(r"^[A-Z][A-Za-z0-9]*(?:[A-Z][A-Za-z0-9]*)*$")
# One-word labels for a part of the work, which never name a project.
PART_WORDS = frozenset(
    "impact result results outcome outcomes goal goals problem solution challenge approach background "
    "context note notes highlights summary overview details focus role responsibilities achievements "
    "scope ownership mentoring mentorship collaboration leadership process stack infra infrastructure".split()
)
# How the word for an area of the work ends ("Sustaining", "Automation", "Analytics", "DevOps",
# "Webservices", "Middleware"): a coined project name ("BookToss", "Sentinel") rarely does.
AREA_ENDINGS = ("ing", "tion", "sion", "ment", "ance", "ence", "ity", "ics", "ship", "ops", "services", "ware")


def named_project(item: Item) -> str | None:
    """The project a job's list item names at its start, or None."""
    if item.kind != BULLET or item.period is not None:
        return None
    match = _NAMED.match(item.text)
    if match is None:
        return None
    name, note = match.group("name").strip(), match.group("note") or ""
    if not name or len(name) > MAX_NAME_CHARS:
        return None
    if note and _CONTEST.search(note):
        return name
    if note or not _PROPER.match(name) or len(name) < 4 or name.lower() in PART_WORDS:
        return None
    if name.lower().endswith(AREA_ENDINGS):
        return None
    return None if mentioned_technologies(name) else name
