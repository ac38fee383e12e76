"""A position written once for a tenure serves every entry of that tenure.

Korean resumes often list the career twice: a 경력사항 table row ("2021.04 ~ 현재 | 누리페이 | 책임")
and, in the 경력기술서 below, the projects done there under "누리페이 (2021.04 ~ 현재)" with no title.
Each project entry is the same job, so it takes the title the table gave it. Only an entry with
the same employer and the same period is filled, and only when that tenure names one position.
"""

from __future__ import annotations

from resumes.parsing.company_names import company_key
from resumes.parsing.dates import find_periods


def _tenure(entry: dict) -> tuple[str, tuple] | None:
    company = company_key(entry.get("company"))
    periods = find_periods(entry.get("duration") or "")
    if not company or len(periods) != 1:
        return None
    period = periods[0]
    end = period.end.index if period.end else None
    return company, (period.start.index, end)


def with_shared_positions(entries: list[dict]) -> list[dict]:
    """The entries, each untitled one given the one position its employer's same tenure names."""
    tenures = [_tenure(entry) for entry in entries]
    titles: dict[tuple, set[str]] = {}
    for entry, tenure in zip(entries, tenures, strict=True):
        if tenure and entry.get("position"):
            titles.setdefault(tenure, set()).add(entry["position"])
    filled = []
    for entry, tenure in zip(entries, tenures, strict=True):
        known = titles.get(tenure, set()) if tenure else set()
        if not entry.get("position") and len(known) == 1:
            entry = {**entry, "position": next(iter(known))}
        filled.append(entry)
    return filled
