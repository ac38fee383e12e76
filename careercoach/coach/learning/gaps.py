"""Weakness paths: the areas the role family expects at this band that the evidence does not
show, most important first. A path never teaches the basics of something the resume already
shows, because such areas are not gaps by construction (see analysis._gaps)."""

from __future__ import annotations

from careercoach.coach.analysis import ResumeAnalysis, tools_touching
from careercoach.coach.knowledge import Area, areas_mentioned, load_knowledge
from careercoach.coach.learning.resources import (
    area_tools,
    finish_path,
    re_name,
    safe_link,
    sentence_case,
    stack_text,
    topic_name,
)
from careercoach.coach.naming import anchor_text, tech_label
from careercoach.coach.phrasing import phrases, render_first, render_nth
from careercoach.coach.resume import EvidenceUnit
from careercoach.coach.text import fold

MAX_WEAKNESS_PATHS = 3


def weakness_areas(analysis: ResumeAnalysis, rich: bool = False) -> list[tuple[str, str, bool]]:
    """(area, tier, shallow) to work on: the areas a hiring manager for this role and band
    probes first (priors.yaml) that the resume does not show, three at most for a rich resume
    and two for a thin one; when it shows all of them, the missing core areas, else the weakest
    expected one. shallow=True when the resume touches on the area somewhere (a summary
    sentence, an activity, a tool): the advice is then to deepen it, not to start it."""
    gaps = analysis.gaps
    tiers = dict(gaps)
    limit = MAX_WEAKNESS_PATHS if rich else MAX_WEAKNESS_PATHS - 1
    probed = [(a, tiers[a], analysis.traces.get(a, 0.0) > 0) for a in analysis.probes if a in tiers]
    # A third gap only when the role counts it as core: a long list of gaps reads as noise.
    chosen = probed[:2] + [p for p in probed[2:limit] if p[1] == "core"][: max(0, limit - 2)]
    if not chosen:
        chosen = [(a, t, analysis.traces.get(a, 0.0) > 0) for a, t in gaps if t == "core"][:limit]
    if not chosen and gaps:
        chosen = [(gaps[0][0], gaps[0][1], analysis.traces.get(gaps[0][0], 0.0) > 0)]
    if not chosen:
        expected = [a for a, tier in analysis.expected_tiers.items() if tier in ("core", "important")]
        if expected:
            weakest = min(expected, key=lambda a: (analysis.area_scores.get(a, 0.0), a))
            chosen = [(weakest, analysis.expected_tiers[weakest], True)]
    return chosen


# Areas whose practice is tied to one kind of technology: their advice names only the parts of
# a stack they apply to ("EXPLAIN ANALYZE" on PostgreSQL, never on a UIKit app or a cluster).
STACK_BOUND = {
    "database_optimization",
    "database_design",
    "caching",
    "messaging",
    "streaming",
    "frontend_architecture",
    "mobile_architecture",
    "accessibility",
    "data_quality",
    "data_pipelines",
    "ml_ops",
    "api_design",
    "concurrency",
}


def fits(tech, area: Area) -> bool:
    return tech.category != "language" and (area.id in tech.areas or tech.category in area.tech_categories)


def context_unit(analysis: ResumeAnalysis, area: Area) -> EvidenceUnit | None:
    """The job or project where the missing area would have mattered most: one whose stack the
    area applies to, then the most recent, largest piece of work (prefer paid work)."""
    units = [u for u in analysis.units if u.kind in ("work", "project") and u.label]
    if not units:
        units = [u for u in analysis.units if u.kind in ("activity", "education") and u.label]
    if not units:
        return None
    return max(
        units,
        key=lambda u: (
            any(fits(t, area) for t in u.stack or u.techs),
            u.kind == "work",
            len(u.stack) >= 2,
            u.end or (0, 0),
            len(u.achievements),
        ),
    )


def area_stack(unit: EvidenceUnit | None, area: Area, analysis: ResumeAnalysis, language: str) -> str:
    """The part of the unit's stack the area's advice applies to; all of it for areas that apply
    to any stack (testing, security, monitoring), nothing when no part fits."""
    if unit is None or area.id not in STACK_BOUND:
        return stack_text(unit, analysis, language)
    techs = [t for t in unit.stack or unit.techs if fits(t, area)][:3]
    names = [tech_label(t, analysis, unit) for t in techs]
    return ("·" if language == "ko" else ", ").join(names)


def _shallow_slots(area_id: str, analysis: ResumeAnalysis, language: str, seed: str) -> dict:
    """Where the resume touches the area: a job that shows a little of it, else one that names
    it loosely, and the running tools that touch it."""
    slots = {}
    shown = [u for u in analysis.units if u.areas.get(area_id, 0.0) > 0 and u.label]
    if shown:
        best = max(shown, key=lambda u: (u.areas.get(area_id, 0.0), u.kind == "work"))
        slots["shown_anchor"] = anchor_text(best, language, seed)
    else:
        touching = [
            u
            for u in analysis.units
            if u.label
            and area_id in areas_mentioned(fold(" ".join([u.description, *(a.text for a in u.achievements)])))
        ]
        if touching:
            slots["touch_anchor"] = anchor_text(touching[0], language, seed)
    tools = tools_touching(area_id, analysis.units)[:2]
    slots["tools"] = ("·" if language == "ko" else ", ").join(tech_label(t, analysis) for t in tools)
    return slots


def _weakness_slots(
    area: Area, tier: str, analysis: ResumeAnalysis, language: str, seed: str, merged_next: Area | None
) -> dict:
    """What a weakness path's sentences may say: the area, why this role needs it at this band,
    where in the resume it would fit, and the next area when two gaps share one path."""
    bands = phrases("learning")["bands"][language]
    family = load_knowledge().roles.get(analysis.role)
    role_label = family.label(language) if family else analysis.role
    unit = context_unit(analysis, area)
    resources_src = area.resources_for(analysis.role, language)
    next_resources = merged_next.resources_for(analysis.role, language) if merged_next else []
    return {
        "area": area.label(language),
        "area_short": area.short_label(language),
        "next": merged_next.short_label(language) if merged_next else "",
        "next_why": merged_next.why_for(analysis.role, language) if merged_next else "",
        "next_first": next_resources[0] if next_resources else "",
        "meaning": area.meaning_for(analysis.role, language),
        "why": area.why_for(analysis.role, language),
        "anchor": anchor_text(unit, language, seed) if unit else "",
        "stack": area_stack(unit, area, analysis, language),
        "first": topic_name(resources_src[0]) if resources_src else "",
        "band_role": f"{bands[analysis.band]} {role_label}",
        "expected": phrases("learning")["expectations"][language].get(tier, ""),
        "shown_anchor": "",
        "touch_anchor": "",
        "tools": "",
    }


def _weakness_reason(table: dict, slots: dict, language: str, seed: str, index: int, shallow: bool) -> str:
    """Why this path: for an area the resume touches on, the most specific wording its slots
    allow (a line, a mention, the tools), else the plain one."""
    keys = ("reason_shallow", "reason_shallow_mention", "reason_shallow_tools", "reason_shallow_plain")
    if not shallow:
        keys = ("reason", "reason_plain")
    for key in keys:
        reason = render_nth(table[key][language], slots, seed, index, "w-reason")
        if reason:
            return reason
    return ""


def weakness_path(
    area_id: str,
    tier: str,
    shallow: bool,
    analysis: ResumeAnalysis,
    language: str,
    seed: str,
    merged_next: Area | None,
    index: int = 0,
) -> dict | None:
    area = load_knowledge().areas[area_id]
    table = phrases("learning")["weakness"]
    slots = _weakness_slots(area, tier, analysis, language, seed, merged_next)
    if shallow:
        slots.update(_shallow_slots(area_id, analysis, language, seed))
    title_key = "title_next" if merged_next else "title_shallow" if shallow else "title"
    title = render_nth(table[title_key][language], slots, seed, index, "w-title")
    description = render_nth(table["description"][language], slots, seed, index, "w-desc") or render_nth(
        table["description_plain"][language], slots, seed, index, "w-desc"
    )
    if merged_next:
        description += " " + render_first(table["description_next"][language], slots, seed, "w-next", area_id)
    reason = _weakness_reason(table, slots, language, seed, index, shallow)
    tools = area_tools(area, analysis)
    extra = [render_first(table["resource_tool"][language], {"tool": re_name(t)}, seed, "w-tool") for t in tools]
    resources_src = area.resources_for(analysis.role, language)
    resources = resources_src[:3]
    if merged_next:
        resources = resources_src[:2] + merged_next.resources_for(analysis.role, language)[:2]
    resources = [r for r in resources + extra if r][:5]
    link = safe_link(area.link_for(analysis.role), *(t.docs for t in tools))
    if not (title and description and reason and link) or len(resources) < 2:
        return None
    return finish_path(
        {
            "type": "weakness",
            "title": title,
            "description": description,
            "reason": reason,
            "resources": resources,
            "link": link,
        },
        language,
    )


def weakness_line(area_id: str, shallow: bool, language: str, seed: str, index: int = 0, kind: str = "") -> str:
    table = phrases("learning")["analysis"]
    area = load_knowledge().areas[area_id]
    key = (
        {"mention": "weakness_mentioned", "tool": "weakness_tools"}.get(kind, "weakness_shallow")
        if shallow
        else "weakness"
    )
    text = render_nth(table[key][language], {"area": area.label(language)}, seed, index, "a-weak")
    return sentence_case(text) if language == "en" else text
