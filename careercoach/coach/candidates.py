"""Candidate interview questions: what in this resume is worth asking about, and how.

Candidates come from evidence: each achievement line (what was done, with its numbers) and each
technology used (with the catalog's failure modes, scaling concerns, tests and alternatives).
Every candidate carries a score; `selection.py` picks five of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.catalog import Technology
from careercoach.coach.knowledge import areas_in
from careercoach.coach.quantities import measures
from careercoach.coach.question_tech import RUNTIME_CATEGORIES, TESTABLE_CATEGORIES, related_tech
from careercoach.coach.resume import Achievement, EvidenceUnit
from careercoach.coach.text import clauses, fold, has_result
from careercoach.coach.tradeoffs import alternative, decisions, role_match

# Which kind of question an achievement invites, by the areas it shows.
AREA_TYPES = {
    "performance": ["Performance"],
    "database_optimization": ["Performance"],
    "caching": ["Performance"],
    "testing": ["Quality"],
    "ci_cd": ["Quality"],
    "data_quality": ["Quality", "Reliability"],
    "leadership": ["Collaboration"],
    "business_domain": ["Business"],
    "cost_optimization": ["Business"],
    "monitoring": ["Reliability"],
    "concurrency": ["Reliability"],
    "security": ["Reliability"],
    "distributed_systems": ["Reliability", "Scalability"],
    "messaging": ["Reliability"],
    "system_design": ["Scalability"],
    "streaming": ["Scalability"],
    "kubernetes": ["Scalability"],
}


UNIT_BASE = {"work": 3.0, "project": 2.0, "activity": 1.0, "education": 0.5, "certification": 0.3}


@dataclass
class Candidate:
    qtype: str
    unit: EvidenceUnit
    achievement: Achievement | None = None
    tech: Technology | None = None
    tech_name: str = ""
    alt: Technology | None = None
    alt_unit: EvidenceUnit | None = None
    score: float = 0.0
    alt_name: str = ""
    # Trade-off only: "decision" (the resume records it), "used_both" (the person used the
    # alternative elsewhere) or "hypothetical" (an alternative the person never used)
    mode: str = ""

    def about(self) -> set[str]:
        """What the question is about: its line, else its technology (two questions on two
        different lines may share a technology; two on one technology alone may not)."""
        keys = set()
        if self.achievement is not None:
            keys.add(f"line:{self.unit.source}:{self.achievement.index}")
            if self.tech is not None and self.tech in self.achievement.techs and self.qtype == "Trade-off":
                keys.add(f"tech:{self.tech.id}")
        elif self.tech is not None:
            keys.add(f"tech:{self.tech.id}")
        elif self.tech_name:
            keys.add(f"tech:{self.tech_name.lower()}")
        if self.alt is not None:
            keys.add(f"tech:{self.alt.id}")
        elif self.alt_name:
            keys.add(f"tech:{self.alt_name.lower()}")
        if not keys:
            keys.add(f"unit:{self.unit.source}:{self.qtype}")
        return keys


def resume_unit(analysis: ResumeAnalysis, techs: Sequence[Technology] = ()) -> EvidenceUnit:
    """The resume as a whole, as one unit: what questions fall back to when no job, project
    or activity gives them a subject (here, and in interview.py for its open questions)."""
    return EvidenceUnit(
        source="summary" if analysis.summary else "resume",
        kind="resume",
        name="",
        org="",
        position="",
        description="",
        achievements=[],
        techs=list(techs),
        unknown_stack=[],
        team_size=None,
        start=None,
        end=None,
        ongoing=False,
    )


def _question_units(analysis: ResumeAnalysis) -> list[EvidenceUnit]:
    units = analysis.units_of("work", "project")
    if not any(u.achievements or u.techs for u in units):
        units += analysis.units_of("activity", "education", "certification")
    if not units:
        units = analysis.units_of("activity", "education", "certification")
    if not units:
        # Nothing but a name or a summary: ask about the resume as a whole.
        units = [resume_unit(analysis, analysis.skills[:5])]
    return units


def _unit_base(unit: EvidenceUnit, analysis: ResumeAnalysis, latest_work: EvidenceUnit | None) -> float:
    base = UNIT_BASE.get(unit.kind, 0.3)
    if unit.kind == "project" and not analysis.has_work:
        base = UNIT_BASE["work"]
    if unit is latest_work:
        base += 0.5
    base += min(len(unit.achievements), 6) * 0.1
    return base


def measured_business(achievement: Achievement) -> bool:
    """A clause that both measures something and talks about customers, money or operations."""
    for clause in clauses(achievement.text):
        if has_result(clause) and areas_in(fold(clause)) & {"business_domain", "cost_optimization"}:
            return True
    return False


def _line_types(achievement: Achievement) -> list[str]:
    kinds = []
    for area_id in sorted(achievement.areas):
        for qtype in AREA_TYPES.get(area_id, []):
            if qtype not in kinds:
                kinds.append(qtype)
    return kinds


def _line_candidates(unit: EvidenceUnit, base: float, core: set[str], role: str) -> list[Candidate]:
    """Questions about each line: one per question type the line's areas suggest, and an
    Implementation question about the line itself."""
    found: list[Candidate] = []
    for achievement in unit.achievements:
        result = has_result(achievement.text)
        value = base + (1.5 if result else 0.6 if achievement.measured else 0.0) + (0.5 if achievement.pairs else 0.0)
        value += min(len(achievement.areas & core), 2) * 0.4
        value -= 0.3 if achievement.kind == "architecture" else 0.0
        kinds = _line_types(achievement)
        for qtype in kinds:
            if qtype == "Business" and not measured_business(achievement):
                continue  # a business question needs a business result to measure
            if qtype == "Performance" and not ("performance" in achievement.areas or measures(achievement, qtype)):
                continue  # do not presume a bottleneck the line does not mention, nor read money as latency
            tech = None if qtype in ("Business", "Collaboration") else related_tech(achievement, unit, qtype, role)
            bonus = 0.5 if qtype in ("Performance", "Business") and achievement.measured else 0.0
            found.append(Candidate(qtype, unit, achievement, tech, score=value + 0.5 + bonus + (0.3 if tech else 0.0)))
        tech = related_tech(achievement, unit, "Implementation", role)
        found.append(
            Candidate(
                "Implementation",
                unit,
                achievement,
                tech,
                score=value + (0.3 if tech else 0.0) - (1.2 if kinds else 0.0),
            )
        )
    return found


def _stack_candidates(
    unit: EvidenceUnit, base: float, core: set[str], analysis: ResumeAnalysis, decided: bool
) -> list[Candidate]:
    """Questions about each technology of the unit's stack: the trade-off behind it (a recorded
    migration first), and how it fails, scales and is tested."""
    found: list[Candidate] = []
    role = analysis.role
    for position, tech in enumerate(unit.stack or unit.techs):
        # Lines that are mainly about this technology, not merely mentioning it.
        lines = [
            a for a in unit.achievements if tech in a.techs and related_tech(a, unit, "Implementation", role) == tech
        ]
        value = base + (1.0 if role_match(tech, role) else 0.0) + (0.5 if lines else -0.7)
        value += 0.4 if set(tech.areas) & core else 0.0
        value += 0.3 if position < 3 else 0.0
        language = tech.category == "language"
        value -= 1.0 if language else 0.0
        if any(old.id == tech.id for old, _, _ in unit.moves):
            continue  # a technology the person moved away from is not theirs to defend
        alt, alt_unit, telling = alternative(tech, unit, analysis)
        # An alternative the person never used is asked only when the resume records no decision.
        if alt is not None and tech.category != "tool" and (alt_unit is not None or not decided):
            line = lines[0] if lines else None
            # Test runners and CI services make thinner trade-off stories than the stack itself.
            supporting = -1.0 if tech.category in ("testing", "ci_cd", "monitoring") else 0.0
            found.append(
                Candidate(
                    "Trade-off",
                    unit,
                    line,
                    tech,
                    alt=alt,
                    alt_unit=alt_unit,
                    score=value + 0.3 + supporting + (0.0 if language else telling),
                    mode="used_both" if alt_unit is not None else "hypothetical",
                )
            )
        for qtype, kind, bonus in (
            ("Reliability", "failure_modes", 0.3),
            ("Scalability", "scaling", 0.2),
            ("Quality", "testing", 0.3 if tech.category == "testing" else -0.4),
        ):
            if not tech.items(kind, "en"):
                continue
            if qtype in ("Reliability", "Scalability") and tech.category not in RUNTIME_CATEGORIES:
                continue
            if qtype == "Quality" and tech.category not in TESTABLE_CATEGORIES:
                continue
            # Quote a line only when the question is about that line's technology.
            line = next(
                (a for a in lines if qtype in _line_types(a) and related_tech(a, unit, qtype, role) == tech), None
            )
            found.append(Candidate(qtype, unit, line, tech, score=value + bonus))
    return found


def candidates(analysis: ResumeAnalysis) -> list[Candidate]:
    found: list[Candidate] = []
    units = _question_units(analysis)
    work = [u for u in units if u.kind == "work"]
    latest_work = max(work, key=lambda u: (u.end or (0, 0), u.start or (0, 0))) if work else None
    core = {a for a, tier in analysis.expected_tiers.items() if tier == "core"}
    recorded = {id(unit): decisions(unit) for unit in units}
    decided = any(recorded.values())
    for unit in units:
        base = _unit_base(unit, analysis, latest_work)
        found += _line_candidates(unit, base, core, analysis.role)
        found += _stack_candidates(unit, base, core, analysis, decided)
        for decision in recorded[id(unit)]:
            found.append(
                Candidate(
                    "Trade-off",
                    unit,
                    decision.line,
                    decision.chosen,
                    tech_name=decision.chosen_name,
                    alt=decision.rejected,
                    alt_name=decision.rejected_name,
                    mode="decision",
                    score=base + 2.5,
                )
            )
        for name in unit.unknown_stack[:3]:
            found.append(Candidate("Trade-off", unit, None, None, tech_name=name, score=base - 1.0))
        team_bonus = 0.5 if (unit.team_size or 0) >= 3 else 0.0
        found.append(Candidate("Collaboration", unit, None, None, score=base - 0.8 + team_bonus))
        # Open questions that need no evidence of their own, so five can always be asked.
        for qtype in ("Implementation", "Reliability", "Scalability", "Quality"):
            found.append(Candidate(qtype, unit, None, None, score=base - 1.5))
    return found
