"""The holistic grade: coverage of the checklist first, then what the answer shows (concrete
matter, filler, wrong claims, text aimed at the grader)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careercoach.coach.feedback.points import PointResult
from careercoach.coach.feedback.reading import Reading
from careercoach.coach.text import hangul_share

# Coverage needed for each grade, highest first. A 3 is "about half the points" (the labels'
# rubric), so two points covered and one partly of four (0.625) is a 3, not a 4.
BANDS = ((0.8, 5), (0.7, 4), (0.4, 3), (0.2, 2))
FILLER_SHARE = 0.12
RICH_NUMBERS, RICH_NAMES = 3, 2
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.+#-]+")


@dataclass
class Verdict:
    grade: int
    reason: str  # a key of phrasing.yaml's grade_reason
    # What moved the grade away from the coverage band, in order (keys of phrasing.yaml's
    # grade_limit): the reason sentence names these and only these, so it never claims a cause
    # that did not apply (no "no numbers" when numbers were found).
    limits: list[str] = field(default_factory=list)


def coverage(results: list[PointResult]) -> float:
    if not results:
        return 0.0
    score = sum(1.0 if r.status == "covered" else 0.5 if r.status == "partial" else 0.0 for r in results)
    return round(score / len(results), 2)


def _rich(reading: Reading, question_text: str) -> bool:
    """Concrete throughout: several figures of its own and several named tools or identifiers
    (the labels' "strong": specific, with mechanisms and numbers). A lexical match can call such
    an answer's points partial when they are covered in other words; the grade should not follow."""
    own_numbers = [n for n in reading.numbers if n not in question_text]
    names = set(reading.identifiers) | set(reading.technologies)
    if hangul_share(reading.text) >= 0.3:  # in Korean prose, a word in Latin letters names a tool
        names |= {w for w in LATIN_NAME.findall(reading.text) if w.lower() not in question_text.lower()}
    return len(own_numbers) >= RICH_NUMBERS and len(names) >= RICH_NAMES


def _shows_something(reading: Reading, question_text: str) -> bool:
    """A figure of its own or a name from code or configuration: concrete matter of some kind."""
    return bool(reading.identifiers) or any(n not in question_text for n in reading.numbers)


def grade(
    results: list[PointResult],
    reading: Reading,
    *,
    dont_know: bool,
    off_topic: bool,
    concerns: int,
    earlier_concrete: int = 0,  # concrete matter of the earlier turns of a follow-up thread
    question_text: str = "",  # numbers the question states are not the answer's own
) -> Verdict:
    if dont_know:
        return Verdict(1, "dont_know")
    if off_topic:
        return Verdict(1, "off_topic")
    share = coverage(results)
    value = next((g for floor, g in BANDS if share >= floor), 1)
    limits: list[str] = []
    covered = sum(1 for r in results if r.status == "covered")
    if value == 4 and covered >= max(3, len(results) - 1):
        value = 5  # every point but one shown concretely: a checklist item may not fit the question
    if value == 1 and any(r.status != "missing" for r in results) and _shows_something(reading, question_text):
        value = 2  # the labels' 1 is "nothing concrete": a point touched with figures or code is not that
    if value < 4 and all(r.status != "missing" for r in results) and _rich(reading, question_text):
        value, limits = 4, ["rich"]  # every point touched, with figures and named mechanisms throughout
    concrete = len(reading.numbers) + len(reading.identifiers) + len(reading.technologies) + earlier_concrete
    if concrete == 0 and value > 2:
        value, limits = 2, [*limits, "no_concrete"]
    if reading.content_terms and len(reading.buzz) / len(reading.content_terms) > FILLER_SHARE and value > 1:
        value, limits = value - 1, [*limits, "filler"]
    if concerns:
        return Verdict(min(value, 2 if concerns == 1 else 1), "concern", [*limits, "concern"])
    if reading.injection and value > 1:
        value, limits = value - 1, [*limits, "injection"]  # steering the grader is itself a poor sign
    return Verdict(value, str(value), limits)
