"""The title, company and years of experience a posting states.

Years: the minimum the posting asks for. New graduates welcome ("신입 가능", "신입~3년",
"entry-level") is 0; "6+ years ..., including 3+ years writing Go" is 6 (the overall floor);
no number anywhere is None. Only the header and the requirement sections are read, so
"장기근속 휴가 (3년 5일)" under 복지 is never taken for an experience requirement.
"""

from __future__ import annotations

import re

from careercoach.coach.posting_skills import rules
from careercoach.coach.text import fold

MAX_YEARS = 30
_KO_RANGE = re.compile(r"(\d{1,2})\s*(?:~|-|–|∼)\s*(\d{1,2})\s*년")
_KO_MIN = re.compile(r"(\d{1,2})\s*년\s*(?:이상|차|↑|\+|이상의)|경력\s*(\d{1,2})\s*년")
_EN_RANGE = re.compile(r"(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*(?:\+\s*)?years?", re.IGNORECASE)
_EN_MIN = re.compile(
    r"(\d{1,2})\s*\+\s*(?:years?|yrs?)|(?:at least|minimum(?: of)?|min\.?)\s*(\d{1,2})\s*(?:years?|yrs?)|"
    r"(\d{1,2})\s*(?:or more|plus)\s*years?|(\d{1,2})\s*years?\s*(?:of|in|as|with|'|’|experience)",
    re.IGNORECASE,
)


def _years_in(line: str) -> list[int]:
    found = []
    for pattern in (_KO_RANGE, _EN_RANGE):
        for match in pattern.finditer(line):
            found.append(int(match.group(1)))
        line = pattern.sub(" ", line)
    for pattern in (_KO_MIN, _EN_MIN):
        for match in pattern.finditer(line):
            number = next(g for g in match.groups() if g)
            found.append(int(number))
    return [n for n in found if 0 <= n <= MAX_YEARS]


def _entry_level(line: str) -> bool:
    folded = fold(line)
    config = rules().config
    if any(fold(w) in folded for w in config.get("entry_level_refused") or []):
        return False
    return any(fold(w) in folded for w in config.get("entry_level") or [])


def years_required(sections) -> int | None:
    header = [line for s in sections if s.kind == "header" for line in s.lines]
    asked = [line for s in sections if s.kind in ("required", "other") for line in s.lines]
    if any(_entry_level(line) for line in header + asked):
        return 0
    asked_years = [n for line in asked for n in _years_in(line)]
    if asked_years:
        return max(asked_years)
    header_years = [n for line in header for n in _years_in(line)]
    return min(header_years) if header_years else None


def guess_title_company(sections) -> tuple[str, str]:
    """From the first lines: "[회사] 제목", "회사 | 제목", or "Title" over "Company · City"."""
    header = next((s.lines for s in sections if s.kind == "header"), [])
    if not header:
        return "", ""
    first = header[0].strip()
    bracket = re.match(r"^\[([^\]]{1,40})\]\s*(.+)$", first)
    if bracket:
        return bracket.group(2).strip()[:200], bracket.group(1).strip()
    if " | " in first:
        left, right = (part.strip() for part in first.split(" | ", 1))
        return right[:200], left[:80]
    company = ""
    if len(header) > 1:
        second = re.split(r"\s+[·|]\s+|\s+-\s+", header[1])[0].strip()
        if 1 < len(second) <= 40 and not re.search(r"\d\s*년|years?|경력|정규직|full-time", second, re.IGNORECASE):
            company = second
    return first[:200], company
