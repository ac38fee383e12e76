"""Skills items that name a craft, a practice or a group rather than a technology.

A skills line mixes tools with what the person can do: "Technical: C++, R, AP Style, Data Entry,
Proofreading/Copy Editing", "Organization, Time-Management", "UI/UX", "CI/CD", or a sidebar
label "PROGRAMMING". The catalog knows the tools. An item it does not know is still kept as a
name, because many real tools are plain words (Swing, Phoenix, Effect, Elfsight); it is dropped
only when its shape says it is an ordinary English activity or quality noun ("Proofreading",
"Organization"), a phrase ending in one or in a craft head ("Copy Editing", "Data Entry", "AP
Style") or in a trait's agent noun ("Lifelong Learner", "Activator"), a discipline or practice
written as one (PRACTICES), group words only ("Programming", "Web Development", "DevOps"), or a
topic such as a vulnerability class ("XSS", skill_topics.yaml). A catalog name always wins: it is
checked before these words are.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

TOPICS_FILE = Path(__file__).resolve().parent / "skill_topics.yaml"

# Practices and disciplines written like names ("CI/CD", "UI/UX"): methods, not technologies
# (tests/data/resume_corpus/README.md, gold conventions).
PRACTICES = frozenset(
    {"ci/cd", "cicd", "ci", "cd", "ui/ux", "ux/ui", "ui", "ux", "oop", "tdd", "bdd", "ddd", "agile", "scrum", "kanban"}
)

# Last words of a craft written as a skills item ("AP Style", "Data Entry", "Copy Editing").
CRAFT_HEADS = frozenset(
    {"style", "entry", "skills", "writing", "editing", "reading", "speaking", "thinking", "solving", "research"}
)

# Words that only group skills ("PROGRAMMING" over a list, "Web Development").
GROUP_WORDS = frozenset(
    {
        "programming",
        "development",
        "software",
        "technical",
        "technology",
        "technologies",
        "computer",
        "computing",
        "coding",
        "scripting",
        "frontend",
        "front-end",
        "backend",
        "back-end",
        "web",
        "mobile",
        "tools",
        "languages",
        "frameworks",
        "skills",
        # the labels of a skills grid's cells ("• DevOps" over "Docker, Airflow"; "AI/LLM")
        "devops",
        "database",
        "databases",
        "db",
        "infra",
        "cloud",
        "data",
        "ai",
        "llm",
        "ml",
    }
)

# Agent nouns of personal traits ("Lifelong Learner", "Problem Solver", "Active Listener",
# "Team Player", and strengths-test themes such as "Activator"): a person, not a technology.
TRAIT_HEADS = frozenset(
    {
        "learner",
        "solver",
        "listener",
        "player",
        "thinker",
        "communicator",
        "self-starter",
        "starter",
        "activator",
        "achiever",
        "motivator",
        "collaborator",
        "maximizer",
        "relator",
        "arranger",
        "includer",
    }
)

# Endings of English nouns for an activity or a quality ("proofread-ing", "organiz-ation",
# "manage-ment", "leader-ship"), read only on a word with a stem of four letters or more, so
# "Swing", "Spring" and "Element" stay names.
ACTIVITY_SUFFIXES = ("ing", "ation", "ition", "ment", "ness", "ship", "ity")
MIN_STEM = 4
_ORDINARY = re.compile(r"[A-Za-z][a-z]+")


def craft_item(item: str) -> bool:
    """A skills item (the catalog does not know) that names a craft, a practice or a group."""
    folded = " ".join(item.lower().split())
    if folded in PRACTICES or (len(folded) == 1 and folded.isascii()):
        return True  # a practice, or one letter no catalog knows (a logo's fallen "E")
    if _topic(folded):
        return True
    words = [word for word in re.split(r"[\s\-]+", item.strip()) if word]
    if not words or any(re.search(r"[\d.#+/]", word) for word in words):
        return False
    if all(word.lower() in GROUP_WORDS for word in words):
        return True
    last = words[-1]
    if not _ORDINARY.fullmatch(last):
        return False
    return last.lower() in CRAFT_HEADS | TRAIT_HEADS or _activity_noun(last.lower())


# Words after a name in a skills item that say how far or for what the person uses it ("Bash
# scripting", "SQL basics"): the item is that name.
NAME_QUALIFIERS = frozenset(
    {"basics", "basic", "fundamentals", "scripting", "scripts", "programming", "queries", "기초", "기본", "활용"}
)
_NOTED_ABBREVIATION = re.compile(r"""\s*[‘'"“(（\[][^‘’'"“”()（）\[\]]{1,8}[’'"”)）\]]$""")


@functools.cache
def _topics() -> frozenset[str]:
    return frozenset(yaml.safe_load(TOPICS_FILE.read_text(encoding="utf-8"))["topics"])


def _topic(folded: str) -> bool:
    """ "xss", "broken access controls ‘bac’": a topic of skill_topics.yaml, in the plural or
    with its abbreviation noted after it."""
    plain = _NOTED_ABBREVIATION.sub("", folded).strip()
    return plain in _topics() or (plain.endswith("s") and plain[:-1] in _topics())


def after_group_word(item: str) -> str | None:
    """ "DevOps Docker" -> "Docker": what follows a leading group word ("Frontend", "DevOps", a
    grid cell's label read into its first item), or None when the item does not start with one."""
    words = item.split(None, 1)
    return words[1] if len(words) == 2 and words[0].lower().strip(":：") in GROUP_WORDS else None


def _activity_noun(word: str) -> bool:
    return any(word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM for suffix in ACTIVITY_SUFFIXES)
