"""What a resume shows: role family, experience band, evidence units and skill areas."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from careercoach.coach import catalog
from careercoach.coach.area_scoring import score_unit_areas
from careercoach.coach.bands import experience_band
from careercoach.coach.catalog import Technology
from careercoach.coach.knowledge import Knowledge, areas_in, load_knowledge
from careercoach.coach.periods import merged_months
from careercoach.coach.priors import probes, situation
from careercoach.coach.resume import (
    Achievement,
    EvidenceUnit,
    evidence_units,
    skill_names,
    summary_text,
)
from careercoach.coach.role_family import infer_role
from careercoach.coach.text import fold

SUMMARY_WEIGHT = 0.5
DEMONSTRATED = 1.0


@dataclass
class ResumeAnalysis:
    units: list[EvidenceUnit]
    role: str
    role_scores: dict[str, float]
    band: str
    months: int
    area_scores: dict[str, float]
    demonstrated: list[str]  # strongest first
    listed: set[str]  # claimed in technical_skills only
    gaps: list[tuple[str, str]]  # (area, tier) expected by the role and not shown, most important first
    skills: list[Technology]
    unknown_skills: list[str]
    summary: str
    seed: str
    has_work: bool
    expected_tiers: dict[str, str] = field(default_factory=dict)
    # area -> the lines (with their unit) that show it, in resume order
    evidence: dict[str, list[tuple[EvidenceUnit, Achievement]]] = field(default_factory=dict)
    # area -> how much the resume says about it anywhere, before tool hints (0: nothing at all)
    traces: dict[str, float] = field(default_factory=dict)
    # area -> what that trace is: "evidence" (a line or a defining tool), "mention" (a loose word
    # somewhere), "tool" (a running system that touches it)
    trace_kinds: dict[str, str] = field(default_factory=dict)
    # "thin", "no_work", "career_changer" or "" (priors.situation), and the areas a hiring
    # manager for this role and band probes first, in order (data/priors.yaml)
    situation: str = ""
    probes: list[str] = field(default_factory=list)

    def units_of(self, *kinds: str) -> list[EvidenceUnit]:
        return [u for u in self.units if u.kind in kinds]

    def technologies(self) -> list[Technology]:
        """Every catalog technology used in a job or project, in resume order."""
        seen, ordered = set(), []
        for unit in self.units:
            for tech in unit.techs:
                if tech.id not in seen:
                    seen.add(tech.id)
                    ordered.append(tech)
        return ordered


MENTION_TRACE = 0.1
TOOL_TRACE = 0.2
# Running one of these exposes a person to its areas (Kafka: distributed systems); a test runner
# or a web framework says nothing about CI/CD or concurrency.
TOOL_TRACE_CATEGORIES = {"database", "messaging", "cache", "cloud", "container", "orchestration", "data", "ml", "game"}
# ...and only to the areas a running system forces on its operator. Storing files in S3 is no
# security work, and a database is no testing.
TOOL_TRACE_AREAS = {
    "distributed_systems",
    "concurrency",
    "networking",
    "performance",
    "caching",
    "streaming",
    "database_optimization",
    "messaging",
    "data_pipelines",
}


def tools_touching(area_id: str, units: list[EvidenceUnit]) -> list[Technology]:
    """Technologies the person ran that touch an area without defining it, in resume order."""
    found, seen = [], set()
    for unit in units:
        if unit.kind not in ("work", "project", "activity"):
            continue
        for tech in unit.techs:
            if (
                tech.id not in seen
                and tech.category in TOOL_TRACE_CATEGORIES
                and area_id in tech.areas
                and area_id in TOOL_TRACE_AREAS
            ):
                seen.add(tech.id)
                found.append(tech)
    return found


def _tool_traces(units: list[EvidenceUnit]) -> set[str]:
    areas = set()
    for unit in units:
        if unit.kind in ("work", "project", "activity"):
            for tech in unit.techs:
                if tech.category in TOOL_TRACE_CATEGORIES:
                    areas.update(a for a in tech.areas if a in TOOL_TRACE_AREAS)
    return areas


def _whole_text(resume: dict, units: list[EvidenceUnit], summary: str, skills: list[str]) -> str:
    """Everything the person wrote, folded: where a gap is looked for before it is named."""
    parts = [summary, *skills]
    for unit in units:
        parts += [
            unit.name,
            unit.position,
            unit.description,
            *(a.text for a in unit.achievements),
            *unit.written.values(),
            *unit.unknown_stack,
        ]
    return fold(" ".join(p for p in parts if p))[:200000]


def _add_mentions(
    traces: dict[str, float], kinds: dict[str, str], text: str, shown: set[str], knowledge: Knowledge
) -> None:
    """Areas the resume names only loosely ("테스트 12개 작성", "deployed to EC2") get a small
    trace, so a plan says "deepen" there instead of "no experience"."""
    for area_id in knowledge.mention_matcher.areas_in(text):
        if area_id not in shown and kinds.get(area_id) != "evidence":
            traces[area_id] = max(traces.get(area_id, 0.0), MENTION_TRACE)
            kinds[area_id] = "mention"


def resume_seed(resume: dict) -> str:
    """A stable fingerprint of the resume content; chooses phrasing variants deterministically."""
    try:
        payload = json.dumps(resume, sort_keys=True, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        payload = repr(resume)
    return hashlib.sha256(payload[:200000].encode("utf-8", "replace")).hexdigest()


def _evidence(units: list[EvidenceUnit]) -> dict[str, list[tuple[EvidenceUnit, Achievement]]]:
    found: dict[str, list[tuple[EvidenceUnit, Achievement]]] = {}
    for unit in units:
        if unit.kind not in ("work", "project", "activity"):
            continue
        for achievement in unit.achievements:
            for area_id in sorted(achievement.shows):
                found.setdefault(area_id, []).append((unit, achievement))
    return found


def _summary_areas(summary: str) -> dict[str, float]:
    return {area_id: SUMMARY_WEIGHT for area_id in areas_in(fold(summary))}


def _listed_areas(skills: list[Technology], knowledge: Knowledge) -> set[str]:
    listed = set()
    for tech in skills:
        for area_id in tech.areas:
            area = knowledge.areas.get(area_id)
            if area is not None and tech.category in area.tech_categories:
                listed.add(area_id)
    return listed


def total_months(resume: dict, units: list[EvidenceUnit]) -> int:
    value = resume.get("total_experience_months")
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1200:
        return int(value)
    periods = [(u.start, u.end) for u in units if u.kind == "work" and u.start and u.end]
    return merged_months(periods)


def _gaps(
    role_id: str,
    band: str,
    demonstrated: set[str],
    listed: set[str],
    probed: list[str],
    knowledge: Knowledge,
    situation: str = "",
) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Expected areas the resume does not demonstrate, what a hiring manager probes first at
    the front (priors.yaml), then the order of roles.yaml; how much the resume touches on each
    is in `traces`, for the wording."""
    family = knowledge.roles.get(role_id) or knowledge.roles.get(knowledge.fallback_family)
    ranked = family.ranked(band) if family else []
    expected = dict(reversed(ranked))
    # A situation's probes (no work yet, a career change) are the point of the plan: core.
    ranked = [(a, "core" if situation else expected.get(a, "important")) for a in probed] + ranked
    tiers: dict[str, str] = {}
    for area_id, tier in ranked:
        tiers.setdefault(area_id, tier)
    gaps = [(a, t) for a, t in tiers.items() if a not in demonstrated and a not in listed and a in knowledge.areas]
    return gaps, tiers


def _skills(resume: dict) -> tuple[list[Technology], list[str]]:
    """The technical_skills section: catalog technologies, and the names the catalog lacks."""
    skills, unknown_skills, seen = [], [], set()
    for name in skill_names(resume):
        tech = catalog.normalize_technology(name)
        if tech and tech.id not in seen:
            seen.add(tech.id)
            skills.append(tech)
        elif not tech and name not in unknown_skills:
            unknown_skills.append(name)
    return skills, unknown_skills


def _area_scores(
    resume: dict, units: list[EvidenceUnit], summary: str
) -> tuple[dict[str, float], dict[str, float], dict[str, str]]:
    """Add up what the units and the summary show of each area: the scores that decide what is
    demonstrated, and the traces (with their kind) that decide how a gap is worded."""
    area_scores: dict[str, float] = {}
    hint_scores: dict[str, float] = {}
    for unit in units:
        for area_id, score in unit.areas.items():
            area_scores[area_id] = area_scores.get(area_id, 0.0) + score
        for area_id, score in unit.hints.items():
            hint_scores[area_id] = hint_scores.get(area_id, 0.0) + score
    for area_id, score in _summary_areas(summary).items():
        area_scores[area_id] = area_scores.get(area_id, 0.0) + score
    traces = dict(area_scores)
    trace_kinds = {area_id: "evidence" for area_id, score in area_scores.items() if score > 0}
    for area_id in _tool_traces(units):
        if area_id not in traces:
            traces[area_id] = TOOL_TRACE  # running Kafka touches distributed systems
            trace_kinds[area_id] = "tool"
    # Years of paid engineering work show programming ability well enough that "learn the
    # fundamentals" would be the wrong advice for a mid-level or senior engineer.
    if any(u.kind == "work" for u in units) and total_months(resume, units) >= 24:
        area_scores["programming_fundamentals"] = area_scores.get("programming_fundamentals", 0.0) + DEMONSTRATED
    # Tools only hint at a practice (using Vue is not performance work): hints top up real
    # evidence to the threshold but never reach it alone.
    for area_id, hint in hint_scores.items():
        if area_id in area_scores:
            area_scores[area_id] += min(hint, DEMONSTRATED / 2)
    return area_scores, traces, trace_kinds


def analyze(resume: dict) -> ResumeAnalysis:
    """Read a resume (any shape) into what it demonstrates and what its role still expects."""
    if not isinstance(resume, dict):
        resume = {}
    knowledge = load_knowledge()
    units = evidence_units(resume)
    for unit in units:
        score_unit_areas(unit, knowledge)
    summary = summary_text(resume)
    skills, unknown_skills = _skills(resume)
    area_scores, traces, trace_kinds = _area_scores(resume, units, summary)
    demonstrated = sorted((a for a, s in area_scores.items() if s >= DEMONSTRATED), key=lambda a: (-area_scores[a], a))
    listed = _listed_areas(skills, knowledge) - set(demonstrated)

    role_id, role_scores = infer_role(units, summary, skills, knowledge)
    months = total_months(resume, units)
    band = experience_band(months)
    whole_text = _whole_text(resume, units, summary, skill_names(resume))
    _add_mentions(traces, trace_kinds, whole_text, set(demonstrated) | listed, knowledge)
    kind = situation(units, summary, band)
    probed = probes(role_id, band, kind)
    gaps, tiers = _gaps(role_id, band, set(demonstrated), listed, probed, knowledge, kind)
    return ResumeAnalysis(
        units=units,
        role=role_id,
        role_scores=role_scores,
        band=band,
        months=months,
        area_scores=area_scores,
        demonstrated=demonstrated,
        listed=listed,
        gaps=gaps,
        skills=skills,
        unknown_skills=unknown_skills,
        summary=summary,
        seed=resume_seed(resume),
        has_work=any(u.kind == "work" for u in units),
        expected_tiers=tiers,
        evidence=_evidence(units),
        traces=traces,
        trace_kinds=trace_kinds,
        situation=kind,
        probes=probed,
    )
