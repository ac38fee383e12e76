"""A place set between the employer and the title: "**Brightmoor**, Leeds Data Engineer",
"Corvane Ltd. Hong Kong Summer Trainee", "Tallow Group, Hong Kong Trainee".

A one-line header in a LaTeX or word-processor CV often runs the company, the city and the title
together, with the company's bold as the only divider (lost in most PDF text layers). The split
leaves the city at the head of the position. A position whose first one to three words are a
known city or country (places.py) and whose rest is a job title on its own is that title.

The same goes for a project name: a line beside the period that only says where or how the job
was held ("Springfield, OR;", "Part-time") names no project, however the reader came to take it.
"""

from __future__ import annotations

from resumes.parsing.places import CITIES, COUNTRIES, is_employment_phrase, is_place
from resumes.parsing.roles import is_role

_KNOWN = CITIES | COUNTRIES


def without_lead_place(position: str | None) -> str | None:
    """ "Edinburgh Software Engineering Intern" -> "Software Engineering Intern"; a title that
    only starts like a place ("Seoul Team Lead" stays when "Team Lead" is no title) is kept."""
    words = (position or "").split()
    for size in (3, 2, 1):
        head, rest = " ".join(words[:size]).rstrip(","), " ".join(words[size:])
        if len(words) > size and head[:1].isupper() and head.lower() in _KNOWN and is_role(rest):
            return rest
    return position


def entries_without_lead_places(entries: list[dict]) -> list[dict]:
    """Work entries whose position opens with the place beside their named employer."""
    for entry in entries:
        if entry.get("company") and entry.get("position"):
            entry["position"] = without_lead_place(entry["position"])
    return entries


def entries_without_place_projects(entries: list[dict]) -> list[dict]:
    """Work entries whose project name is a place or a work arrangement lose it, before entries
    are matched by their names: two roles in one city are not one project."""
    for entry in entries:
        name = entry.get("project_name")
        if name and (is_place(name) or is_employment_phrase(name)):
            entry["project_name"] = None
    return entries
