"""The holistic grade: coverage of the checklist first, then what the answer shows (concrete
matter, filler, wrong claims, text aimed at the grader)."""

from __future__ import annotations

from dataclasses import dataclass

from careercoach.coach.feedback.points import PointResult
from careercoach.coach.feedback.reading import Reading

# Coverage needed for each grade, highest first.
BANDS = ((0.8, 5), (0.6, 4), (0.4, 3), (0.2, 2))
FILLER_SHARE = 0.12


@dataclass
class Verdict:
    grade: int
    reason: str  # a key of phrasing.yaml's grade_reason


def coverage(results: list[PointResult]) -> float:
    if not results:
        return 0.0
    score = sum(1.0 if r.status == "covered" else 0.5 if r.status == "partial" else 0.0 for r in results)
    return round(score / len(results), 2)


def grade(results: list[PointResult], reading: Reading, *, dont_know: bool, off_topic: bool, concerns: int) -> Verdict:
    if dont_know:
        return Verdict(1, "dont_know")
    if off_topic:
        return Verdict(1, "off_topic")
    share = coverage(results)
    value = next((g for floor, g in BANDS if share >= floor), 1)
    covered = sum(1 for r in results if r.status == "covered")
    if value == 4 and covered >= max(3, len(results) - 1):
        value = 5  # every point but one shown concretely: a checklist item may not fit the question
    concrete = len(reading.numbers) + len(reading.identifiers) + len(reading.technologies)
    if concrete == 0:
        value = min(value, 2)
    if reading.content_terms and len(reading.buzz) / len(reading.content_terms) > FILLER_SHARE:
        value = max(1, value - 1)
    if concerns:
        return Verdict(min(value, 2 if concerns == 1 else 1), "concern")
    if reading.injection:
        value = max(1, value - 1)  # an attempt to steer the grader is itself a poor sign
    return Verdict(value, str(value))
