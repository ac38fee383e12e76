"""Paragraphs that name the list under them: "**주문 시스템 개편**" then "- …" bullets.

A project is often written as a short line with its bullets listed below it: a bold
paragraph, a <details> summary pasted into Word as a plain paragraph, a name typed above a
bulleted list. Read line by line, the name is one more line of description and the project
is lost. The name is told from a description by its shape (short, no sentence ending) and by
one of two signs: it is set in bold, or it is one of several such paragraphs each heading a
list of its own (a plain description paragraph heads at most one list in an entry). A job
title over bullets is the entry's position, never a project.
"""

from __future__ import annotations

from resumes.parsing.blocks import BULLET, LABEL, TEXT, Item
from resumes.parsing.roles import is_role, role_without_location

MAX_TITLE_CHARS = 50
_SENTENCE_ENDS = (".", "다", "요", ":", "：", "!", "?", ",")


def mark_group_titles(items: list[Item]) -> list[Item]:
    """Sets `titles` on the paragraphs that name the list items directly below them."""
    candidates = [i for i, item in enumerate(items) if _could_title(item, items[i + 1 : i + 2])]
    for position, index in enumerate(candidates):
        neighbours = candidates[position - 1 : position] + candidates[position + 1 : position + 2]
        if items[index].strong or any(_adjacent_groups(items, index, other) for other in neighbours):
            items[index].titles = True
    return items


def _could_title(item: Item, following: list[Item]) -> bool:
    return (
        item.kind == TEXT
        and not item.heading
        and not item.titles
        and item.period is None
        and item.single_date is None
        and 0 < len(item.text) <= MAX_TITLE_CHARS
        and not item.text.endswith(_SENTENCE_ENDS)
        and not (is_role(item.text) or role_without_location(item.text))
        and bool(following)
        and _listed(following[0])
    )


def _listed(item: Item) -> bool:
    return item.kind in (BULLET, LABEL) and item.level > 0 and not item.heading


def _adjacent_groups(items: list[Item], first: int, second: int) -> bool:
    """Two candidate paragraphs with only the first one's list between them (a dated list item
    there heads an entry of its own, so the paragraphs are not siblings)."""
    low, high = sorted((first, second))
    return all(_listed(item) and item.period is None and not item.titles for item in items[low + 1 : high])
