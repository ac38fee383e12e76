"""The review schedule, deliberately simple so a person can predict it.

Intervals are 1, 3, 7, 14 and 30 days. A weak point is due the same day it was missed (retake
while it is fresh). Each later attempt at its question moves it by that attempt's grade:
grade 4-5 passes the next interval (step + 1; after the 30-day one the point is learned and
leaves the review), grade 3 repeats the current interval, grade 1-2 starts over at 1 day.
A point the attempt missed again counts as grade 2 at most, and a partly covered one as 3 at
most, so a good answer elsewhere in the question does not advance a point still not said."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

INTERVALS = (1, 3, 7, 14, 30)
_CAP_BY_VERDICT = {"missing": 2, "partial": 3, "covered": 5}


@dataclass(frozen=True)
class Position:
    step: int  # intervals passed so far, 0..len(INTERVALS)
    due_on: date
    retired: bool = False


def first_position(today: date) -> Position:
    return Position(step=0, due_on=today)


def effective_grade(grade: int, verdict: str) -> int:
    return min(grade, _CAP_BY_VERDICT.get(verdict, 5))


def next_position(step: int, grade: int, today: date) -> Position:
    if grade >= 4:
        step += 1
        if step > len(INTERVALS):
            return Position(step=len(INTERVALS), due_on=today, retired=True)
        return Position(step=step, due_on=today + timedelta(days=INTERVALS[step - 1]))
    if grade <= 2:
        return Position(step=1, due_on=today + timedelta(days=INTERVALS[0]))
    step = max(step, 1)
    return Position(step=step, due_on=today + timedelta(days=INTERVALS[step - 1]))
