"""A job card whose facts are list items: "#### 누리랩" over "- 2021.03 - 2023.02" and "- 검색팀
Backend Engineer" (a Jekyll about tab). The items under the employer heading are its period and
its title, not duties: a short run of items right under a heading, one of them only a period and
another a role (alone or with its team, role_lines.py), has that role item read as the line under
the heading that names the job, so the work reader gives it as the position.

The same holds one level flatter: a Word file made from "<li><b>2016 - 2020, Company</b><br>
Title<br>…</li>" has the dated employer item, its title and its summary as sibling list items.
A role item right after a dated item that names no role is that employer's title line."""

from __future__ import annotations

import dataclasses

from resumes.parsing.blocks import BULLET, TEXT, Item
from resumes.parsing.role_lines import MAX_LINE_CHARS, role_line
from resumes.parsing.roles import is_role

MAX_CARD_ITEMS = 3  # a period, a title and perhaps a note; a longer list is the job's duties


def role_items_as_titles(items: list[Item]) -> list[Item]:
    """The items with such a card's period moved onto its heading and its role item set right
    under the heading as a line of text (the work reader's "title under the company" line)."""
    out: list[Item] = []
    index = 0
    while index < len(items):
        item = items[index]
        run = _bullet_run(items, index + 1) if item.heading and item.period is None else []
        dated = next((at for at in run if _only_period(items[at])), None)
        role = next((at for at in run if _role_item(items[at])), None)
        if len(run) > MAX_CARD_ITEMS or dated is None or role is None:
            out.append(item)
            index += 1
            continue
        out.append(dataclasses.replace(item, period=items[dated].period, title=item.text))
        out.append(dataclasses.replace(items[role], kind=TEXT))
        out.extend(items[at] for at in run if at not in (role, dated))
        index = run[-1] + 1
    return _roles_under_dated_items(out)


def _roles_under_dated_items(items: list[Item]) -> list[Item]:
    out = list(items)
    for index in range(1, len(items)):
        item, above = items[index], items[index - 1]
        if (
            item.kind == BULLET
            and above.kind == BULLET
            and above.period is not None
            and above.title.strip()
            and not is_role(above.title.strip())
            and item.level == above.level
            and _role_item(item)
        ):
            out[index] = dataclasses.replace(item, kind=TEXT)
    return out


def _bullet_run(items: list[Item], start: int) -> list[int]:
    run = []
    at = start
    while at < len(items) and items[at].kind == BULLET and not items[at].heading:
        run.append(at)
        at += 1
    return run


def _only_period(item: Item) -> bool:
    return item.period is not None and not item.title.strip()


def _role_item(item: Item) -> bool:
    text = item.text.strip()
    return item.period is None and len(text) <= MAX_LINE_CHARS and (is_role(text) or role_line(text) is not None)
