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

from careercoach.coach.feedback.points import PointResult, judge_point, quote, relevance
from careercoach.coach.feedback.reading import QuestionWords, Reading, read_answer
from careercoach.coach.feedback.rules import load_rules

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


def asked_target(points: list[str], asked: QuestionWords | None) -> int | None:
    """The checklist point a follow-up question aims at: the one its wording quotes (the offline
    follow-ups quote their point), else the one it shares most words with, if any."""
    if asked is None:
        return None
    quoted = [i for i, point in enumerate(points) if point.strip() and point.strip() in asked.text]
    if quoted:
        return max(quoted, key=lambda i: len(points[i]))
    scores = [relevance(point, asked) for point in points]
    best = max(range(len(points)), key=lambda i: scores[i], default=None)
    return best if best is not None and scores[best] > 0 else None


def answer_to_asked(
    results: list[PointResult],
    reading: Reading,
    asked_text: str,
    asked: QuestionWords,
    subject: frozenset[str],
    replies: bool = True,
) -> list[PointResult]:
    """A follow-up answer replies to the follow-up question, often in words of its own ("the bug
    and the fix" for "장애와 해결"): the question already names the point, as in a conversation.
    So the point it aims at gets what the answer shows read against the question's wording, and
    an answer concrete enough to cover a point (figures, identifiers, new terms) that only half
    repeats that wording covers it; one that shares none of it but uses words of the question or
    of the follow-up (`replies`) still counts as partly covering. Called only for an answer that
    is neither a refusal nor off-topic."""
    t = load_rules().thresholds
    reply = judge_point(asked_text, reading, subject)
    place = max((p for p in reading.places if not p.dismissal), key=lambda p: p.specifics, default=None)
    concrete = place is not None and place.specifics >= t["covered_specifics"]
    status = {"covered": "covered", "partial": "covered" if concrete else "partial"}.get(reply.status)
    if status is None and concrete and replies:
        status = "partial"
    if status is None:
        return results
    target = asked_target([r.point for r in results], asked)
    if target is None:
        # A question in words of its own (an LLM's "sub 클레임은 어떻게 제한하셨나요?") still probes
        # an open point: the one this answer comes closest to, credited as partly covered at most.
        open_points = [i for i, r in enumerate(results) if r.status == "missing"]
        if not open_points:
            return results
        target, status = max(open_points, key=lambda i: (results[i].score, -i)), "partial"
    if RANK[status] <= RANK[results[target].status]:
        return results
    evidence = reply.evidence or quote(place.text, int(t["evidence_chars"]))
    raised = PointResult(results[target].point, status, evidence, reply.score, max(reply.specifics, place.specifics))
    return [raised if i == target else r for i, r in enumerate(results)]
