"""Dates in a resume: the period of a job or project ('2024.05 ~ 2025.06', 'Jan 2020 -
present') and the months of experience that overlapping periods add up to."""

from __future__ import annotations

import datetime
import re

from careercoach.coach.text import clean

_YEAR_MONTH = re.compile(r"((?:19|20)\d\d)\s*(?:[.\-/년]\s*(\d{1,2})(?!\d))?")
_PRESENT = re.compile(r"present|current|now|ongoing|today|현재|재직|진행\s*중|진행중", re.IGNORECASE)
_MONTH_NAMES = {
    m: i
    for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}
_NAMED_MONTH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*((?:19|20)\d\d)", re.IGNORECASE
)


def today() -> tuple[int, int]:
    now = datetime.date.today()
    return now.year, now.month


def parse_period(value: object) -> tuple[tuple[int, int] | None, tuple[int, int] | None, bool]:
    """(start, end, ongoing) from '2024.05 ~ 2025.06', 'Jan 2020 - present', '2023.10'."""
    text = clean(value, limit=120)
    if not text:
        return None, None, False
    points = []
    for match in _NAMED_MONTH.finditer(text):
        points.append((match.start(), int(match.group(2)), _MONTH_NAMES[match.group(1).lower()[:3]]))
    if not points:
        for match in _YEAR_MONTH.finditer(text):
            month = int(match.group(2)) if match.group(2) else None
            if month is not None and not 1 <= month <= 12:
                month = None
            points.append((match.start(), int(match.group(1)), month))
    ongoing = bool(_PRESENT.search(text))
    if not points:
        return None, None, ongoing
    points.sort()
    start = (points[0][1], points[0][2] or 1)
    if ongoing:
        end = today()
    elif len(points) > 1:
        end = (points[-1][1], points[-1][2] or 12)
    else:
        end = (points[0][1], points[0][2] or 12)
    if end < start:
        start, end = end, start
    return start, end, ongoing


def merged_months(periods: list[tuple[tuple[int, int], tuple[int, int]]]) -> int:
    """Months covered by possibly overlapping periods, each month counted once."""
    spans = sorted((s[0] * 12 + s[1] - 1, e[0] * 12 + e[1] - 1) for s, e in periods if s and e)
    total, current_start, current_end = 0, None, None
    for start, end in spans:
        if current_end is None or start > current_end + 1:
            if current_end is not None:
                total += current_end - current_start + 1
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None:
        total += current_end - current_start + 1
    return total
