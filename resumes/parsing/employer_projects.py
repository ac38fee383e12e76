"""Projects grouped by employer in the projects section.

A career table lists the employers; a later "주요 프로젝트" / "Key Projects" section then names
each employer again as a list item and nests that employer's projects under it. Those items
are the employer, not projects of their own: the nested projects become work entries of the
employer the table already gave, with its position and period.
"""

from __future__ import annotations

import dataclasses
import re

from resumes.parsing.blocks import BULLET, TEXT, Item
from resumes.parsing.company_names import company_key, letters_key, name_key
from resumes.parsing.dates import find_periods
from resumes.parsing.places import is_place
from resumes.parsing.project_groups import is_title_row
from resumes.parsing.projects import parse_projects


def split_employer_projects(items: list[Item], works: list[dict]) -> tuple[list[Item], list[dict]]:
    """The project items that stay personal projects, and the work entries read from the groups."""
    companies = {name_key(w["company"]): w for w in works if w["company"]}
    kept: list[Item] = []
    groups: list[tuple[dict, list[Item]]] = []
    group_level = None
    heading_level = None  # the level of an "Employer — Project" heading whose lines are being taken
    for item in items:
        if heading_level is not None and not (item.heading and item.level <= heading_level):
            held = _role_row_work(item, groups[-1][0], works)
            if held is not None:  # "Data Engineer, AI Lab ⇥ 2022 - 2024": the job of what follows
                groups.append((held, []))
            elif not (is_place(item.text) and not groups[-1][1]):
                groups[-1][1].append(item)
            continue
        heading_level = None
        if group_level is not None and item.level > group_level:
            groups[-1][1].append(dataclasses.replace(item, level=item.level - group_level))
            continue
        group_level = None
        row_work = _employer_row(item, works)
        if row_work is not None:  # "(주) Acme ⇥ 2019 - 2024" over the projects done there
            groups.append((row_work, []))
            heading_level = item.level if item.heading else ANY_HEADING
            continue
        named = _employer_heading(item, companies) if item.heading else None
        if named is not None:  # "### 모래시계 — 정산 배치 재설계 (2023.02 ~ 2024.01)"
            groups.append((named[0], [dataclasses.replace(item, text=named[1], title=named[1], level=0)]))
            heading_level = item.level
            continue
        work = companies.get(name_key(item.text)) if item.kind == BULLET and item.period is None else None
        if work is not None:
            groups.append((work, []))
            group_level = item.level
        else:
            kept.append(item)
    entries = [_as_work(work, project) for work, nested in groups for project in parse_projects(nested)]
    return kept, entries


# A name set in brackets as a banner: "[ (주)누리페이 ]", "【 누리페이 】"
_ENCLOSED = re.compile(r"^\s*[\[【〔「『《［]\s*(.+?)\s*[\]】〕」』》］]\s*$")
# An employer row that is no heading groups the items up to the next heading of any level.
ANY_HEADING = 99


def _employer_row(item: Item, works: list[dict]) -> dict | None:
    """The first work entry of the employer a heading or bold row names by itself (with a
    period at most): a group of that employer's projects, not a project of its own."""
    if item.kind != TEXT or not (item.heading or item.strong):
        return None
    name = company_key(_ENCLOSED.sub(r"\1", item.title if item.period else item.text))  # "[ (주)누리페이 ]"
    return next((w for w in works if name and company_key(w["company"]) == name), None)


def _role_row_work(item: Item, work: dict, works: list[dict]) -> dict | None:
    """The entry of the group's employer a job title row stands for: the one with the row's
    period, or the one whose position opens the row ("Software Engineer, DevOps ⇥ Seoul")."""
    if item.kind != TEXT or item.heading:
        return None
    same = [w for w in works if w["company"] == work["company"]]
    if item.period is not None and is_title_row(item.title):
        return next((w for w in same if _same_period(w["duration"], item.period)), None)
    text = name_key(item.text)
    return next((w for w in same if w["position"] and text.startswith(name_key(w["position"]))), None)


def _same_period(duration: str | None, period) -> bool:
    found = find_periods(duration or "")
    return bool(found) and (found[0].start, found[0].end) == (period.start, period.end)


_LEAD = re.compile(r"^(?P<employer>[^|:—–-]{1,40}?)\s*(?:\s[—–-]\s|\s?[|:]\s)\s*(?P<project>\S.*)$")


def _employer_heading(item: Item, companies: dict) -> tuple[dict, str] | None:
    """(the employer's entry, the project name) of a projects-section heading that opens with an
    employer of the work section: the project was done there, so it is work, not a side project."""
    match = _LEAD.match(item.title or item.text)
    if match is None:
        return None
    lead = company_key(match["employer"])
    work = next((w for w in companies.values() if lead and company_key(w["company"]) == lead), None)
    return (work, match["project"].strip()) if work is not None else None


def _as_work(work: dict, project: dict) -> dict:
    return {
        **work,
        "duration": project["duration"] or work["duration"],
        "project_name": project["name"],
        "project_description": project["description"],
        "tech_stack": project["tech_stack"],
        "achievements": project["key_achievements"] + project["architecture_highlights"],
    }


def merge_work(works: list[dict], extra: list[dict]) -> list[dict]:
    """The table's bare employer rows give way to their project entries, in the table's order;
    a row stays when a project has a period of its own, so the tenure is not lost."""
    merged: list[dict] = []
    for work in works:
        own = [e for e in extra if e["company"] == work["company"]]
        bare = not (work["project_name"] or work["achievements"] or work["project_description"])
        tenure_kept = all(e["duration"] == work["duration"] for e in own)
        if not (own and bare and tenure_kept):
            merged.append(work)
        merged.extend(e for e in own if e not in merged)
    return merged


def same_projects_once(entries: list[dict]) -> list[dict]:
    """One employer's project named twice (a "projects" row of the employer's table, then the
    project's own heading below it; "BOS 2.0(Bithumb …)" and "BOS 2.0 (Bithumb …)"), or one job
    told twice with no project named (a career table's row, then its detail), is one entry: the
    one with more content stays and takes what only the other had."""
    kept: list[dict] = []
    for entry in entries:
        twin = next((k for k in kept if _same_project(k, entry)), None)
        if twin is None:
            kept.append(entry)
            continue
        base, other = (twin, entry) if _content(twin) >= _content(entry) else (entry, twin)
        for key, value in other.items():
            if not base.get(key):
                base[key] = value
        base["achievements"] = list(dict.fromkeys([*base["achievements"], *other["achievements"]]))
        base["tech_stack"] = list(dict.fromkeys([*base["tech_stack"], *other["tech_stack"]]))
        kept[kept.index(twin)] = base
    return kept


def _same_project(one: dict, other: dict) -> bool:
    """Same employer, same name but for spacing and punctuation; "Payment API" and "Payment API
    v2" are two projects. Two roles are never one project: where both entries give a position or
    a period and these differ, the entries stay apart whatever their names."""
    first = letters_key(one["project_name"])
    if not first and not letters_key(other["project_name"]):
        return _same_job(one, other)
    return (
        bool(first)
        and one["company"] == other["company"]
        and first == letters_key(other["project_name"])
        and _agree(letters_key(one["position"]), letters_key(other["position"]))
        and _agree(_months(one["duration"]), _months(other["duration"]))
    )


def _same_job(one: dict, other: dict) -> bool:
    """One job told twice, no project named in either: a career table's row, then the detail
    section's dated item for the same employer ("- 누리페이 (2020.03 ~ 2022.05)"). The employer is
    the same but for spacing and legal form, the periods share more than the month a change of
    role falls in, and the positions, where both are given, are the same."""
    key, first, second = company_key(one["company"]), _span(one["duration"]), _span(other["duration"])
    return (
        bool(key)
        and key == company_key(other["company"])
        and _agree(letters_key(one["position"]), letters_key(other["position"]))
        and first is not None
        and second is not None
        and min(first[1], second[1]) - max(first[0], second[0]) >= 1
    )


def _span(duration: str | None) -> tuple[int, float] | None:
    """The period's first and last month, an ongoing one open to the end."""
    periods = find_periods(duration or "")
    if not periods:
        return None
    end = periods[0].end
    return periods[0].start.index, end.index if end is not None else float("inf")


def _agree(one, other) -> bool:
    return not one or not other or one == other


def _months(duration: str | None) -> tuple | None:
    """The period's first and last month, so "2021.03 ~ 2023.02" and "2021.03~2023.02" agree."""
    periods = find_periods(duration or "")
    if not periods:
        return letters_key(duration) or None
    return periods[0].start.index, periods[0].end.index if periods[0].end else None


def _content(entry: dict) -> int:
    return len(entry["achievements"]) + bool(entry["project_description"]) + len(entry["tech_stack"])
