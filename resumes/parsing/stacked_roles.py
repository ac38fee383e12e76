"""Several roles stacked under one employer line, each read as an entry of its own.

Some layouts name the employer once ("GOOGLE", "### Northwind Labs"), then list the roles held
there, newest first, each as a title line, a "Mon YYYY - Mon YYYY | City, Country" line and its
bullets, without repeating the employer:

    NORTHWIND LABS
    Senior Platform Engineer
    Mar 2021 - Present | Lisbon, Portugal
    - ...
    Platform Engineer
    Jan 2019 - Feb 2021 | Porto, Portugal
    - ...

Every role block becomes one dated heading naming the employer, the title and the period (the
place after the period is where, not a project), so work.py opens an entry per role.
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing.blocks import TEXT, Item
from resumes.parsing.places import is_place
from resumes.parsing.role_words import ROLE_WORDS_EN
from resumes.parsing.roles import has_company_marker, is_role

MAX_LINE_CHARS = 60
# A grade range after a title: "Software Engineer II-III", "Engineer 2-3".
_GRADE_RANGE = re.compile(r"\s+(?:[1-5]|i{1,3}|iv|v)\s*[-–/]\s*(?:[1-5]|i{1,3}|iv|v)$", re.IGNORECASE)


def stacked_title(text: str) -> bool:
    """A job title line: "Platform Engineer", "Software Engineer II-III", and "Associate, Data
    Engineering" (the role first, then the field it was in)."""
    text = text.strip()
    if not text or len(text) > MAX_LINE_CHARS or text.endswith(".") or has_company_marker(text):
        return False
    if is_role(_GRADE_RANGE.sub("", text)):
        return True
    head, sep, _ = text.partition(", ")
    return bool(sep) and head.lower() in ROLE_WORDS_EN


def _period_line(item: Item | None) -> bool:
    """A period on a line of its own, perhaps with the place after it ("Jan 2019 - Present | Porto")."""
    if item is None or item.kind != TEXT or item.period is None or item.heading:
        return False
    title = item.title.strip(" |·,-–")
    return not title or is_place(title)


def _role_block(items: list[Item], index: int) -> bool:
    item = items[index]
    return (
        item.kind == TEXT
        and item.period is None
        and index + 1 < len(items)
        and stacked_title(item.text)
        and _period_line(items[index + 1])
    )


def _employer_line(items: list[Item], index: int) -> bool:
    item = items[index]
    text = item.text.strip()
    return (
        item.kind == TEXT
        and item.period is None
        and 0 < len(text) <= MAX_LINE_CHARS
        and not text.endswith(":")
        and not (text.endswith(".") and not has_company_marker(text))  # a sentence, not "Harbor Co."
        and not stacked_title(text)
        and not is_place(text)
        and index + 1 < len(items)
        and _role_block(items, index + 1)
    )


def split_stacked_roles(items: list[Item]) -> list[Item]:
    """Items with each role block under an employer line made one dated heading. Only when the
    employer heads two role blocks or more: one role under its employer is read as it always was."""
    result: list[Item] = []
    index = 0
    while index < len(items):
        if not _employer_line(items, index) or len(_blocks_under(items, index)) < 2:
            result.append(items[index])
            index += 1
            continue
        employer = items[index]
        blocks = _blocks_under(items, index)
        for start, end in blocks:
            title, dated = items[start], items[start + 1]
            result.append(
                dataclasses.replace(
                    title,
                    text=title.text,
                    title=title.text,
                    period=dated.period,
                    heading=True,
                    level=employer.level if employer.heading else 0,
                    strong=True,
                    company=employer.text.strip(),
                    position=title.text.strip(),
                )
            )
            result.extend(items[start + 2 : end])
        index = blocks[-1][1]
    return result


def _blocks_under(items: list[Item], index: int) -> list[tuple[int, int]]:
    """(start, end) of each role block under the employer line at index: a block runs from its
    title line to the next block, and the run ends at a line that is no part of a block (a
    heading, a new employer line)."""
    blocks: list[tuple[int, int]] = []
    cursor = index + 1
    while cursor < len(items) and _role_block(items, cursor):
        end = cursor + 2
        while end < len(items) and not _role_block(items, end) and not _closes(items, end):
            end += 1
        blocks.append((cursor, end))
        cursor = end
    return blocks


def _closes(items: list[Item], index: int) -> bool:
    item = items[index]
    return item.heading or item.period is not None or _employer_line(items, index)
