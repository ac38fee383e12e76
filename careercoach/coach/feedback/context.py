"""A follow-up answer is graded in context: what the earlier turns of the same question already
covered stays covered.

An interviewer who asks "캐시 무효화는 어떻게 하셨나요?" after a first answer does not forget the
first answer; the follow-up answer only has to add what was missing. Each earlier answer is read
against the same checklist, and a point keeps the best status any turn gave it, quoting the turn
that gave it (the current turn wins a tie). Earlier answers are read by the same rules as the
current one: a refusal meets nothing, and sentences aimed at the grader or calling a practice
unnecessary earn nothing there either.
"""

from __future__ import annotations

from dataclasses import dataclass

from careercoach.coach.feedback.points import PointResult, judge_point
from careercoach.coach.feedback.reading import QuestionWords, read_answer

RANK = {"missing": 0, "partial": 1, "covered": 2}


@dataclass
class Earlier:
    """What the earlier turns add: a better status for some points, and concrete matter."""

    results: list[PointResult]
    concrete: int = 0  # numbers, identifiers and tools the earlier answers showed


def earlier_turns(points: list[str], history: list[dict], words: QuestionWords) -> Earlier:
    """The best status each point got in the earlier answers of the thread."""
    best = [PointResult(point, "missing", "", 0.0, 0.0) for point in points]
    concrete = 0
    for turn in history:
        text = str(turn.get("answer") or "").strip()
        if not text:
            continue
        reading = read_answer(text, words)
        concrete += len(reading.numbers) + len(reading.identifiers) + len(reading.technologies)
        for index, point in enumerate(points):
            found = judge_point(point, reading, words.subject)
            if RANK[found.status] > RANK[best[index].status]:
                best[index] = found
    return Earlier(best, concrete)


def carry(results: list[PointResult], earlier: Earlier) -> list[PointResult]:
    """The current turn's results, each raised to what an earlier turn already showed."""
    return [
        before if RANK[before.status] > RANK[now.status] else now
        for now, before in zip(results, earlier.results, strict=True)
    ]
