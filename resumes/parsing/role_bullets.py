"""Roles held at one employer, listed as bullets under its heading:

    ### Northwind Labs (2017 – 2023)
    - **Engineering Manager** (2021 – 2023): led 3 teams
    - **Senior Engineer** (2019 – 2021): owned the billing platform

Each bullet that opens with a job title is one role at that employer, so it becomes an entry of
its own (the employer, that title, the bullet's period or else the employer's, what follows the
title as its description). Without this the titles were read as project names and the employer's
entry had no position. Only when the heading's first line under it is such a bullet: a job whose
duties merely mention a title stays as it is.
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing.blocks import BULLET, TEXT, Item
from resumes.parsing.roles import company_and_position, is_role

MAX_TITLE_CHARS = 60
_LEAD = re.compile(r"^(?P<title>[^:：]{2,60}?)\s*[:：]\s*(?P<rest>.*)$")


def role_bullets_as_entries(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    index = 0
    while index < len(items):
        item = items[index]
        end = next((at for at in range(index + 1, len(items)) if _ends_job(items[at], item)), len(items))
        if not (item.heading and not item.position and index + 1 < end and _role_of(items[index + 1])):
            out.append(item)
            index += 1
            continue
        company = item.company or company_and_position(item.title or item.text)[0]
        for child in items[index + 1 : end]:
            out.extend(_as_entry(child, item, company) if _role_of(child) else [child])
        index = end
    return out


def _ends_job(item: Item, heading: Item) -> bool:
    return item.heading and item.level <= heading.level


def _role_of(item: Item) -> tuple[str, str] | None:
    """(the title, the rest) of a bullet opening with a job title, None for any other item."""
    if item.kind != BULLET or item.level > 1:
        return None
    if item.period is not None:  # "Engineering Manager (2021 – 2023): led 3 teams" reads "title | rest"
        head, _, tail = item.title.partition(" | ")
        title, rest = head.strip(" *_"), item.rest or tail.strip(" :：")
    else:
        match = _LEAD.match(item.text)
        if match is None:
            return None
        title, rest = match["title"].strip(" *_"), match["rest"]
    return (title, rest) if len(title) <= MAX_TITLE_CHARS and is_role(title) else None


def _as_entry(child: Item, employer: Item, company: str | None) -> list[Item]:
    title, rest = _role_of(child)
    heading = dataclasses.replace(
        employer,
        text=f"{company} | {title}" if company else title,
        title=f"{company} | {title}" if company else title,
        company=company,
        position=title,
        period=child.period or employer.period,
        rest="",
    )
    return [heading, Item(kind=TEXT, text=rest)] if rest else [heading]
