"""Choosing five questions: the band's difficulty mix, varied types, distinct subjects."""

from __future__ import annotations

from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.candidates import Candidate

# Slots per band: (difficulty, preferred types in order). DESIGN.md fixes the difficulty mix.
PLANS = {
    "senior": [
        ("hard", ["Trade-off", "Scalability", "Reliability"]),
        ("hard", ["Reliability", "Scalability", "Trade-off"]),
        ("hard", ["Scalability", "Reliability", "Trade-off", "Performance"]),
        ("medium", ["Performance", "Implementation", "Business"]),
        ("medium", ["Collaboration", "Business", "Quality", "Implementation"]),
    ],
    "mid": [
        ("easy", ["Implementation", "Quality", "Collaboration"]),
        ("medium", ["Performance", "Business", "Implementation"]),
        ("medium", ["Reliability", "Quality", "Scalability"]),
        ("medium", ["Quality", "Business", "Collaboration", "Implementation"]),
        ("hard", ["Trade-off", "Scalability", "Reliability"]),
    ],
    "junior": [
        ("easy", ["Implementation", "Quality"]),
        ("easy", ["Quality", "Collaboration", "Implementation", "Business"]),
        ("medium", ["Performance", "Business", "Implementation"]),
        ("medium", ["Reliability", "Business", "Quality", "Performance"]),
        ("hard", ["Trade-off", "Scalability", "Reliability"]),
    ],
}


DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


def _band_fit(qtype: str, band: str) -> float:
    if band == "senior" and qtype in ("Trade-off", "Scalability", "Reliability"):
        return 0.5
    if band == "junior" and qtype in ("Implementation", "Quality"):
        return 0.5
    return 0.0


def _fill(
    plan: list[tuple[str, list[str]]], order: list[int], pool: list[Candidate], band: str
) -> tuple[float, list[tuple[int, Candidate, str]]]:
    chosen: list[tuple[int, Candidate, str]] = []
    used_types: list[str] = []
    used_keys: set[str] = set()
    unit_uses: dict[str, int] = {}
    total = 0.0
    for slot in order:
        difficulty, preferences = plan[slot]
        best, best_value = None, float("-inf")
        for cand in pool:
            if cand.about() & used_keys:
                continue
            fit = 3.0 - preferences.index(cand.qtype) if cand.qtype in preferences else -2.0
            if cand.qtype in used_types:
                fit -= 6.0
            value = cand.score + fit + _band_fit(cand.qtype, band) - 1.0 * unit_uses.get(cand.unit.source, 0)
            if value > best_value:
                best, best_value = cand, value
        if best is None:
            continue
        total += best_value
        chosen.append((slot, best, difficulty))
        used_types.append(best.qtype)
        used_keys |= best.about()
        unit_uses[best.unit.source] = unit_uses.get(best.unit.source, 0) + 1
    return total, chosen


def _shortlist(pool: list[Candidate], per_type: int = 40) -> list[Candidate]:
    """The best candidates of each type: a long resume yields thousands, five are needed."""
    by_type: dict[str, list[Candidate]] = {}
    for cand in pool:
        by_type.setdefault(cand.qtype, []).append(cand)
    short = []
    for group in by_type.values():
        group.sort(key=lambda c: -c.score)
        short += group[:per_type]
    return short


def select(analysis: ResumeAnalysis, pool: list[Candidate]) -> list[tuple[Candidate, str]]:
    """Fill the band's five slots: preferred types first, distinct subjects, spread over units.

    The hard slots are filled first: they need the most specific material (a trade-off the
    person actually made, a failure mode of their own stack), the easy ones can use anything.
    """
    plan = PLANS.get(analysis.band, PLANS["mid"])
    pool = _shortlist(pool)
    indexes = list(range(len(plan)))
    hard_first = sorted(indexes, key=lambda i: -DIFFICULTY_ORDER[plan[i][0]])
    best_chosen: list = []
    for order in (hard_first, indexes, list(reversed(indexes))):
        _, chosen = _fill(plan, order, pool, analysis.band)
        if len(chosen) > len(best_chosen):
            best_chosen = chosen
        if len(best_chosen) == len(plan):
            break
    best_chosen.sort(key=lambda item: item[0])
    return [(cand, difficulty) for _, cand, difficulty in best_chosen]
