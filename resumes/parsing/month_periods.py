"""A period of one month, where a period is expected: a table's period cell ("2025.10") or a
line of nothing but a month under an entry or project title ("2025. 10.", "Oct 2025").

A period is two ends or a running end (dates.py), so a stint or a project of one month came
out with no period at all. A month alone is read as that month's period (start = end) only
where nothing but a period stands: the whole line, or the period column of a table row. In a
sentence, beside a title ("Go Northwest Meetup 2023.10": an event's date) or as a day
("2025.10.01"), it stays a date; a bare year, a two-digit year ("25.10"), a version ("1.21") or
a score ("3.5") is no month at all.
"""

from __future__ import annotations

import re

from resumes.parsing.dates import Period, find_dates, find_periods
from resumes.parsing.lines import Line

_EDGES = " \t()（）[]"
_DAY_PARTS = 3  # "2025.10.01", "2025년 10월 1일": year, month and day
# The last cell of a line: after a column gap or a " | " (the last one; the title keeps the rest).
_LAST_CELL = re.compile(r"\s*(?:\t|\s\|\s)\s*(?=[^\t|]*$)")


def one_month(text: str) -> Period | None:
    """The period of the one month `text` is made of, brackets aside; None otherwise."""
    written = text.strip(_EDGES)
    if not written or find_periods(written):
        return None
    dates = find_dates(written)
    if len(dates) != 1:
        return None
    date, shown, span = dates[0]
    if written[: span[0]].strip() or written[span[1] :].strip(" ."):
        return None  # more than the month on the line
    if len(_numbers(shown)) >= _DAY_PARTS:
        return None  # a day, not a month
    start = text.index(written) + span[0]
    return Period(date, date, shown, (start, start + len(shown)))


def _numbers(text: str) -> list[str]:
    digits = "".join(c if c.isdigit() else " " for c in text)
    return digits.split()


def one_month_header(line: Line, *, whole: bool = True) -> tuple[str, Period | None] | None:
    """(title, period) of a line that is one month alone (`whole`), or whose last cell is one
    month: "바다랩스 | 인턴 | 2025.10" (a table row's heading, tables.py puts the period last),
    "Route Planner ⇥ Oct 2025", or a title and the month put on the line below it
    (blocks.merge_split_headers joins them with a column gap)."""
    alone = one_month(line.text) if whole else None
    if alone is not None:
        return "", alone
    cells = _LAST_CELL.split(line.text.rstrip(), maxsplit=1) if _LAST_CELL.search(line.text) else []
    if len(cells) != 2 or not cells[0].strip():
        return None
    month = one_month(cells[1])
    if month is None:
        return None
    start = len(line.text.rstrip()) - len(cells[1]) + month.span[0]
    return cells[0].strip(), Period(month.start, month.end, month.text, (start, start + len(month.text)))
