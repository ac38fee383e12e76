"""Each checklist point against the answer: covered, partial or missing, with the words that
cover it. A point is a weighted set of keys; a place in the answer covers it when it holds
enough of that weight and says something concrete there (a sentence that only names the topic,
"모니터링을 강화하겠습니다", covers nothing)."""

from __future__ import annotations

from dataclasses import dataclass

from careercoach.coach.feedback.needs import Need, point_needs
from careercoach.coach.feedback.reading import Place, QuestionWords, Reading
from careercoach.coach.feedback.rules import load_rules

# A long point is met by its main words, not by every word: past this weight, more is not needed.
ENOUGH_WEIGHT = 3.5
CLASS_KEYS = frozenset({"@number", "@tool", "@period", "@self", "@money"})


@dataclass
class PointResult:
    point: str
    status: str
    evidence: str
    score: float
    specifics: float


def _overlap(needs: list[Need], place: Place) -> float:
    """Share of the point's weight the place meets. An evidence class ("@period": some period
    is named) stands for one thing said, so it meets one need, not a baseline and a period."""
    total = min(sum(n.weight for n in needs if not n.bonus), ENOUGH_WEIGHT)
    if not total:
        return 0.0
    met, used = 0.0, set()
    for need in sorted(needs, key=lambda n: -n.weight):
        found = place.keys - used
        credit = need.credit(found)
        if credit and not (need.keys & found - CLASS_KEYS):
            used |= need.keys & found  # met only through a class: the class is spent
        met += credit
    return min(1.0, met / total)


def quote(text: str, limit: int) -> str:
    """A verbatim prefix of the sentence, cut at a word boundary."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return cut[:space] if space > limit // 2 else cut


def judge_point(point: str, reading: Reading, asked: frozenset[str] = frozenset()) -> PointResult:
    rules = load_rules()
    t = rules.thresholds
    needs = point_needs(point, rules, asked)
    best, best_score = None, 0.0
    for place in (p for p in reading.places if not p.dismissal):
        score = _overlap(needs, place)
        if score > best_score or (best is not None and score == best_score and place.specifics > best.specifics):
            best, best_score = place, score
    if best_score < t["covered_overlap"]:
        for place in (p for p in reading.pairs if not p.dismissal):
            score = _overlap(needs, place)
            if score >= best_score + 0.15:
                best, best_score = place, score
    status = "missing"
    if best is not None:
        # The closer the words match, the less extra matter is needed to believe the match.
        slack = 2 * max(0.0, best_score - t["covered_overlap"])
        if best_score >= t["covered_overlap"] and best.specifics >= t["covered_specifics"] - slack:
            status = "covered"
        elif best_score >= t["partial_overlap"] and best.specifics >= t["partial_specifics"] - slack:
            status = "partial"
        elif best_score >= t["partial_overlap_concrete"] and best.specifics >= t["partial_concrete_specifics"]:
            status = "partial"  # one word of the point in a sentence dense with concrete matter
    evidence = quote(best.text, int(t["evidence_chars"])) if best is not None and status != "missing" else ""
    return PointResult(point, status, evidence, round(best_score, 3), best.specifics if best else 0.0)


def relevance(point: str, question: QuestionWords) -> float:
    """How much of the point the question sentence itself asks for: a checklist item that shares
    nothing with the question (a template that does not fit it) matters least to a follow-up."""
    return _overlap(point_needs(point), Place("", set(question.asked_keys), 0.0))
