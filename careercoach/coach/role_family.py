"""Which role family a resume belongs to: recent job titles first, then the technologies used
(each shared among the families it serves), then the summary, where a stated move
("looking to move into data engineering") outweighs the past."""

from __future__ import annotations

import re

from careercoach.coach.catalog import Technology
from careercoach.coach.knowledge import Knowledge
from careercoach.coach.resume import EvidenceUnit
from careercoach.coach.text import fold

_ASPIRATION = re.compile(
    r"looking to|looking for|aspir|transition|move into|moving into|grow into|pursue|seeking|"
    r"want to become|career change|전환|목표|희망|준비하고|준비 중|되고 싶|도전하고",
    re.IGNORECASE,
)


def _recency_order(units: list[EvidenceUnit]) -> list[EvidenceUnit]:
    return sorted(units, key=lambda u: (u.end or (0, 0), u.start or (0, 0)), reverse=True)


def _title_hits(text: str, knowledge: Knowledge) -> dict[str, float]:
    hits: dict[str, float] = {}
    folded = fold(text)
    if not folded:
        return hits
    for family in knowledge.roles.values():
        if family.titles is not None and family.titles.search(folded):
            hits[family.id] = hits.get(family.id, 0.0) + 1.0
    if not hits:
        for pattern, families in knowledge.shared_titles:
            if pattern is not None and families and pattern.search(folded):
                for family in families:
                    hits[family] = hits.get(family, 0.0) + 1.0 / len(families)
    return hits


def _target_family(sentence: str, knowledge: Knowledge) -> str:
    """The role a sentence says the person is moving towards ("데이터 엔지니어로의 전환을 준비",
    "looking to move into data engineering"): the family named closest to the aspiration."""
    folded = fold(sentence)
    aspiration = _ASPIRATION.search(folded)
    if not aspiration:
        return ""
    best, best_distance = "", 10**6
    for family in knowledge.roles.values():
        if family.titles is None:
            continue
        for match in family.titles.finditer(folded):
            distance = min(abs(aspiration.start() - match.end()), abs(match.start() - aspiration.end()))
            if distance < best_distance:
                best, best_distance = family.id, distance
    return best


def _add(scores: dict[str, float], family: str, amount: float) -> None:
    scores[family] = scores.get(family, 0.0) + amount


def infer_role(
    units: list[EvidenceUnit], summary: str, skills: list[Technology], knowledge: Knowledge
) -> tuple[str, dict[str, float]]:
    scores: dict[str, float] = {}
    work = _recency_order([u for u in units if u.kind == "work"])
    for rank, unit in enumerate(work):
        recency = 1.0 if rank == 0 else 0.7
        for family, hit in _title_hits(unit.position, knowledge).items():
            _add(scores, family, 3.0 * hit * recency)
    tech_weight = {"work": 1.0, "project": 0.6, "activity": 0.2, "education": 0.1, "certification": 0.2}
    for unit in units:
        recency = 1.0 if unit.kind != "work" or (work and unit is work[0]) else 0.7
        for tech in unit.techs:
            roles = [r for r in tech.roles if r != "fullstack" and r in knowledge.roles]
            for family in roles:
                _add(scores, family, tech_weight.get(unit.kind, 0.2) * recency / len(roles))
    for tech in skills:
        roles = [r for r in tech.roles if r != "fullstack" and r in knowledge.roles]
        for family in roles:
            _add(scores, family, 0.3 / len(roles))
    for sentence in re.split(r"(?<=[.!?])\s+|(?<=다\.)\s*|\n", summary):
        for family, hit in _title_hits(sentence, knowledge).items():
            _add(scores, family, 2.0 * hit)
        target = _target_family(sentence, knowledge)
        if target:
            _add(scores, target, 10.0)
    if not scores:
        return knowledge.fallback_family, scores
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    best = ranked[0][0]
    if "fullstack" in knowledge.roles and best != "fullstack":
        backend, frontend = scores.get("backend", 0.0), scores.get("frontend", 0.0)
        top = ranked[0][1]
        both_strong = (
            min(backend, frontend) >= 0.35 * top and min(backend, frontend) >= 3.0 and best in ("backend", "frontend")
        )
        named = (
            scores.get("fullstack", 0.0) > 0
            and min(backend, frontend) >= 0.15 * max(backend, frontend)
            and min(backend, frontend) >= 1.0
        )
        if both_strong or named or scores.get("fullstack", 0.0) >= top:
            best = "fullstack"
    return best, scores
