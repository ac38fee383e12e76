"""A title a slide-like page repeats: "누리페이", or "누리페이 | 정산 자동화", over every page of it.

A 경력기술서 set as slides gives each page a big title, the employer's name or "Company |
Project", and an employer or a project that runs over several pages says its title again on
each. The repeat is the page turning, not a new job or project: read as one, it opened an
entry of the employer's name as a project, or a second entry of the same project with the
rest of its bullets. A heading that says again the heading still in force on its level, with
no period on it or on the line after it, continues the entry that heading opened.
"""

from __future__ import annotations

from resumes.parsing.blocks import Item
from resumes.parsing.company_names import letters_key


def without_repeated_titles(items: list[Item]) -> list[Item]:
    """The section's items without the headings that only repeat the title in force."""
    kept: list[Item] = []
    in_force: dict[int, str] = {}  # a level's last heading, as compared
    for index, item in enumerate(items):
        if item.heading:
            key = letters_key(item.text)
            following = items[index + 1] if index + 1 < len(items) else None
            if key and item.period is None and in_force.get(item.level) == key and not _dated(following):
                continue
            in_force = {level: text for level, text in in_force.items() if level < item.level}
            in_force[item.level] = key
        kept.append(item)
    return kept


def _dated(item: Item | None) -> bool:
    return item is not None and (item.period is not None or item.single_date is not None)
