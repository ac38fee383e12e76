"""Which areas the resume proves, best first, and the line and technology that prove each.

An area's strength is counted in independent evidence: lines per job or project, paid work
and measured lines first; a second area of the same kind, or one whose only proof was already
quoted for a stronger area, sinks.
"""

from __future__ import annotations

from dataclasses import dataclass

from careercoach.coach import catalog
from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.area_scoring import GENERIC_CATEGORIES
from careercoach.coach.candidates import measured_business, role_match
from careercoach.coach.catalog import Technology
from careercoach.coach.knowledge import Area, load_knowledge
from careercoach.coach.question_tech import vocabulary
from careercoach.coach.resume import Achievement, EvidenceUnit
from careercoach.coach.text import content_words

MAX_STRENGTH_PICKS = 8


@dataclass
class StrengthPick:
    area: Area
    tech: Technology | None
    unit: EvidenceUnit | None
    line: Achievement | None
    evidence_count: int


def _usage(analysis: ResumeAnalysis) -> dict[str, list[EvidenceUnit]]:
    """Technology id -> the jobs and projects whose stack or text uses it."""
    used: dict[str, list[EvidenceUnit]] = {}
    legacy = {old.id for unit in analysis.units for old, _, _ in unit.moves}
    for unit in analysis.units:
        if unit.kind not in ("work", "project", "activity"):
            continue
        for tech in unit.techs:
            if tech.id not in legacy:  # a technology the person migrated away from is no strength to deepen
                used.setdefault(tech.id, []).append(unit)
    return used


def _best_line(unit: EvidenceUnit, area_id: str, tech: Technology | None) -> tuple[Achievement | None, bool]:
    """The line that best shows `area` with `tech`, and whether that line names the technology."""
    if tech is not None:
        naming = [a for a in unit.achievements if tech in a.techs]
        if naming:
            return max(naming, key=lambda a: (area_id in a.areas, a.measured, -a.index)), True
    showing = [a for a in unit.achievements if area_id in a.areas]
    if showing:
        return max(showing, key=lambda a: (a.measured, -a.index)), False
    return None, False


# Strength paths about these read as generic advice; they come after technology-backed ones.
SOFT_AREAS = {"business_domain", "leadership"}


# Areas that are one story told twice: after one of a group is a strength, the next strength
# should come from elsewhere (cloud, containers and Kubernetes from the same deploy line are
# one strength, not three).
AREA_GROUPS = {
    "cloud": "infra",
    "containers": "infra",
    "kubernetes": "infra",
    "iac": "infra",
    "networking": "infra",
    "messaging": "distributed",
    "streaming": "distributed",
    "distributed_systems": "distributed",
    "concurrency": "distributed",
    "database_design": "data",
    "database_optimization": "data",
    "caching": "data",
    "data_pipelines": "data_eng",
    "data_quality": "data_eng",
    "ml_ops": "data_eng",
    "frontend_architecture": "client",
    "mobile_architecture": "client",
    "accessibility": "client",
}


UNIT_EVIDENCE_WEIGHT = {"work": 1.5, "project": 1.0, "activity": 0.5}


UNIT_EVIDENCE_CAP = 2.5


SAME_GROUP_FACTOR = 0.6


SHOWN_ELSEWHERE_FACTOR = 0.5


def _says(line: Achievement, area_id: str) -> bool:
    """Whether the area is what the line is about: named in its words, or, when the words say
    nothing else, shown by the first product it names ("Managed three EKS clusters" is Kubernetes
    work; the ALB in "rolling deploys behind an ALB" and the S3 that LocalStack stands in for in
    "a Docker Compose stack with LocalStack for S3" are details)."""
    if area_id in line.prose_areas:
        return True
    if line.prose_areas:
        return False
    lead = next((t for t in line.techs if t.category not in GENERIC_CATEGORIES), None)
    return lead is None or area_id in lead.areas


def _evidence_score(area_id: str, analysis: ResumeAnalysis, quoted: set[int]) -> float:
    """How well the resume proves an area: lines that show it, counted per job or project (a
    fifth line in one project adds less than a line in a second one), paid work above side
    projects, prose above a mere mention of a tool, measured lines above unmeasured ones."""
    per_unit: dict[str, float] = {}
    for unit, line in analysis.evidence.get(area_id, []):
        weight = UNIT_EVIDENCE_WEIGHT.get(unit.kind, 0.5) * (1.0 if _says(line, area_id) else 0.6)
        weight += 0.3 if line.measured else 0.0
        if id(line) in quoted:
            weight *= SHOWN_ELSEWHERE_FACTOR
        per_unit[unit.source] = per_unit.get(unit.source, 0.0) + weight
    score = sum(min(v, UNIT_EVIDENCE_CAP) for v in per_unit.values()) + 0.5 * max(0, len(per_unit) - 1)
    if not per_unit:
        score = 0.3 * min(analysis.area_scores.get(area_id, 0.0), 3.0)
    tier = analysis.expected_tiers.get(area_id, "")
    score += {"core": 1.0, "important": 0.5}.get(tier, 0.0)
    if not tier:
        score *= 0.8  # proven, but not what this role is hired for
    return score * (0.5 if area_id in SOFT_AREAS else 1.0)


def has_advanced(tech: Technology) -> bool:
    return bool(tech.items("advanced", "en") or tech.items("advanced", "ko"))


def _evidence_line(
    area_id: str, analysis: ResumeAnalysis, quoted: set[int]
) -> tuple[EvidenceUnit | None, Achievement | None]:
    """The line to quote for an area: not already quoted for another strength, saying it in
    words rather than by naming a tool, measured, from paid work."""
    lines = analysis.evidence.get(area_id, [])
    if not lines:
        return None, None
    order = {id(line): i for i, (_, line) in enumerate(lines)}

    area = load_knowledge().areas[area_id]

    def rank(item):
        unit, line = item
        # The line naming the most tools of the area is the one most about it (VPC, ALB, ECS and
        # RDS in Terraform is cloud work; LocalStack standing in for S3 is not).
        density = sum(1 for t in line.techs if t.category in area.tech_categories and area_id in t.areas)
        return (
            id(line) not in quoted,
            _says(line, area_id),
            UNIT_EVIDENCE_WEIGHT.get(unit.kind, 0.5),
            min(density, 3),
            line.measured,
            -order[id(line)],
        )

    return max(lines, key=rank)


def _line_tech(
    area: Area, line: Achievement, analysis: ResumeAnalysis, used: dict[str, list[EvidenceUnit]], taken: set[str]
) -> Technology | None:
    """The technology in the quoted line that does the area's work (Kafka for ordering by
    message key, Terraform for provisioning), if the line names one worth deepening."""
    options = [
        t
        for t in line.techs
        if area.id in t.areas and t.id in used and t.id not in taken and t.category != "language" and has_advanced(t)
    ]
    if not options:
        return None
    frequency = {t.id: sum(1 for _, other in analysis.evidence.get(area.id, []) if t in other.techs) for t in options}
    return max(
        options,
        key=lambda t: (
            t.category in area.tech_categories,
            -options.index(t),
            frequency[t.id],
            role_match(t, analysis.role),
        ),
    )


def _usage_tech(
    area: Area, analysis: ResumeAnalysis, used: dict[str, list[EvidenceUnit]], taken: set[str]
) -> tuple[Technology | None, list[EvidenceUnit]]:
    """For an area no line shows: the technology that defines it and was used the most."""
    options = []
    for tech_id, units in used.items():
        tech = catalog.technology(tech_id)
        if tech is None or area.id not in tech.areas or tech_id in taken or not has_advanced(tech):
            continue
        strong = tech.category in area.tech_categories
        lines = sum(1 for u in units for a in u.achievements if tech in a.techs)
        score = len(units) + lines + (2.0 if strong else 0.0)
        score += 1.0 if role_match(tech, analysis.role) else 0.0
        score -= 2.0 if tech.category == "language" else 0.0
        options.append((score, tech_id, tech, units))
    if not options:
        return None, []
    _, _, tech, units = max(options, key=lambda o: (o[0], o[1]))
    return tech, units


def _defining_line(
    area: Area,
    analysis: ResumeAnalysis,
    used: dict[str, list[EvidenceUnit]],
    taken: set[str],
    quoted: set[int],
    near: EvidenceUnit | None,
) -> tuple[EvidenceUnit | None, Achievement | None, Technology | None]:
    """Another line showing the area through a technology that defines it (Kafka for messaging),
    for when the best line names none. Areas no kind of tool defines (MLOps, performance) take a
    technology that serves them only from the same job or project (MLflow next to a feature store)."""
    for unit, line in sorted(
        analysis.evidence.get(area.id, []),
        key=lambda item: (id(item[1]) in quoted, -UNIT_EVIDENCE_WEIGHT.get(item[0].kind, 0.5)),
    ):
        for tech in line.techs:
            if area.id not in tech.areas or tech.id not in used or tech.id in taken or not has_advanced(tech):
                continue
            if tech.category in area.tech_categories:
                return unit, line, tech
            if not area.tech_categories and unit is near and tech.category not in GENERIC_CATEGORIES:
                return unit, line, tech
    return None, None, None


def _stack_tech(
    area: Area, unit: EvidenceUnit, line: Achievement, used: dict[str, list[EvidenceUnit]], taken: set[str]
) -> Technology | None:
    """A line that names no technology ("implemented job control with fork and signals") is
    about its project's own stack: the first stack technology that shows the area."""
    if any(t.category != "language" for t in line.techs):
        return None
    words = content_words(line.text)
    for tech in unit.stack:
        if area.id not in tech.areas or tech.id not in used or tech.id in taken or not has_advanced(tech):
            continue
        if len(words & vocabulary(tech)) >= 2:
            return tech  # the line speaks the technology's language (fork, signals; Baseline Profile)
    return None


def strength_picks(analysis: ResumeAnalysis) -> list[StrengthPick]:
    """Demonstrated areas, best proven first, each with the line that proves it and the
    technology that line is about; an area whose only proof was already quoted for a stronger
    one sinks, and so does a second area of the same kind. Soft areas (business, leadership)
    come after the technical ones: their advice reads as generic."""
    knowledge = load_knowledge()
    used = _usage(analysis)
    remaining = [a for a in analysis.demonstrated if a in knowledge.areas]
    picks: list[StrengthPick] = []
    taken_techs: set[str] = set()
    quoted: set[int] = set()
    groups: set[str] = set()
    while remaining and len(picks) < MAX_STRENGTH_PICKS:

        def value(area_id: str) -> float:
            score = _evidence_score(area_id, analysis, quoted)
            group = AREA_GROUPS.get(area_id, area_id)
            return score * (SAME_GROUP_FACTOR if group in groups else 1.0)

        area_id = max(remaining, key=lambda a: (value(a), analysis.area_scores.get(a, 0.0), a))
        remaining.remove(area_id)
        area = knowledge.areas[area_id]
        unit, line = _evidence_line(area_id, analysis, quoted)
        tech = None
        if area_id == "business_domain":
            measured = [(u, a) for u, a in analysis.evidence.get(area_id, []) if measured_business(a)]
            if measured:
                unit, line = max(measured, key=lambda item: (id(item[1]) not in quoted, item[0].kind == "work"))
        elif area_id in SOFT_AREAS:
            pass
        elif line is not None:
            tech = _line_tech(area, line, analysis, used, taken_techs)
            if tech is None:
                other_unit, other_line, other_tech = _defining_line(area, analysis, used, taken_techs, quoted, unit)
                if other_tech is not None:
                    unit, line, tech = other_unit, other_line, other_tech
                else:
                    tech = _stack_tech(area, unit, line, used, taken_techs)
        else:
            tech, tech_units = _usage_tech(area, analysis, used, taken_techs)
            candidates = tech_units or [u for u in analysis.units if u.areas.get(area_id, 0.0) > 0]
            unit = max(
                candidates, key=lambda u: (u.areas.get(area_id, 0.0), u.kind == "work", u.end or (0, 0)), default=None
            )
            line = _best_line(unit, area_id, tech)[0] if unit is not None else None
            if line is not None and area_id not in line.shows and (tech is None or tech not in line.techs):
                line = None  # quote nothing rather than a line about something else
        count = len({id(a) for _, a in analysis.evidence.get(area_id, [])})
        picks.append(StrengthPick(area, tech, unit, line, count))
        if tech is not None:
            taken_techs.add(tech.id)
        if line is not None:
            quoted.add(id(line))
        groups.add(AREA_GROUPS.get(area_id, area_id))
    return [p for p in picks if p.area.id not in SOFT_AREAS] + [p for p in picks if p.area.id in SOFT_AREAS]


def listable(pick: StrengthPick) -> bool:
    """A business strength needs a line that measures a business result ("노쇼율 12% -> 7%"); a
    line that merely names a domain ("결제 흐름 E2E 테스트") shows testing, not business sense."""
    if pick.area.id != "business_domain":
        return True
    return pick.line is not None and measured_business(pick.line)
