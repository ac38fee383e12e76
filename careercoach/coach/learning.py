"""A learning plan: deepen what the resume proves, fill what the role expects and it lacks.

Strength paths start from the strongest demonstrated areas and the technology that carries
them, deepened with that technology's advanced topics. Weakness paths are the areas the role
family expects at this band that the evidence does not show, most important first; a path
never teaches the basics of something the resume already shows, because such areas are not
gaps by construction (see analysis._gaps).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from careercoach.coach import catalog
from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.candidates import role_match
from careercoach.coach.catalog import Technology
from careercoach.coach.interview import anchor_text, tech_label
from careercoach.coach.knowledge import Area, load_knowledge
from careercoach.coach.phrasing import phrases, render_first
from careercoach.coach.resume import Achievement, EvidenceUnit
from careercoach.coach.text import has_hangul

TIER_WEIGHT = {"core": 3.0, "important": 2.0, "plus": 1.5}
MAX_WEAKNESS_PATHS = 3
MAX_PATHS = 6
SAFE_LINK_PREFIX = "https://"


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
_SOFT_AREAS = {"business_domain", "leadership"}


def _strength_picks(analysis: ResumeAnalysis) -> list[StrengthPick]:
    knowledge = load_knowledge()
    used = _usage(analysis)
    tiers = analysis.expected_tiers
    ranked = sorted(
        (a for a in analysis.demonstrated if a in knowledge.areas),
        key=lambda a: (-(min(analysis.area_scores.get(a, 0.0), 4.0) * TIER_WEIGHT.get(tiers.get(a, ""), 1.0)), a),
    )
    with_tech: list[StrengthPick] = []
    without_tech: list[StrengthPick] = []
    taken_techs: set[str] = set()
    for area_id in ranked:
        area = knowledge.areas[area_id]
        options = []
        for tech_id, units in used.items():
            tech = catalog.technology(tech_id)
            if tech is None or area_id not in tech.areas or tech_id in taken_techs:
                continue
            if not tech.items("advanced", "en") and not tech.items("advanced", "ko"):
                continue
            strong = tech.category in area.tech_categories
            lines = sum(1 for u in units for a in u.achievements if tech in a.techs)
            lines_in_area = sum(1 for u in units for a in u.achievements if tech in a.techs and area_id in a.areas)
            score = len(units) + lines + 2 * lines_in_area + (2.0 if strong else 0.0)
            score += 1.0 if role_match(tech, analysis.role) else 0.0
            score -= 2.0 if tech.category == "language" else 0.0
            options.append((score, tech_id, tech, units, lines))
        if options and area_id not in _SOFT_AREAS:
            _, _, tech, units, lines = max(options, key=lambda o: (o[0], o[1]))
            unit = max(units, key=lambda u: (sum(1 for a in u.achievements if tech in a.techs),
                                             u.kind == "work", u.areas.get(area_id, 0.0), u.end or (0, 0)))
            line, _ = _best_line(unit, area_id, tech)
            with_tech.append(StrengthPick(area, tech, unit, line, lines or len(units)))
            taken_techs.add(tech.id)
        else:
            units = [u for u in analysis.units if u.areas.get(area_id, 0.0) > 0]
            unit = max(units, key=lambda u: u.areas.get(area_id, 0.0)) if units else None
            line = _best_line(unit, area_id, None)[0] if unit else None
            without_tech.append(StrengthPick(area, None, unit, line, len(units)))
    return with_tech + without_tech


def _weakness_areas(analysis: ResumeAnalysis) -> list[tuple[str, str, bool]]:
    """(area, tier, shallow) to work on: missing core areas, else the next missing ones, else
    the weakest expected area (shallow=True: shown a little, needs depth)."""
    gaps = analysis.gaps
    core = [(a, t, False) for a, t in gaps if t == "core"]
    chosen = core[:MAX_WEAKNESS_PATHS]
    if not chosen:
        chosen = [(a, t, False) for a, t in gaps if t == "important"][:2]
    if not chosen and gaps:
        chosen = [(gaps[0][0], gaps[0][1], False)]
    if not chosen:
        expected = [a for a, tier in analysis.expected_tiers.items() if tier in ("core", "important")]
        if expected:
            weakest = min(expected, key=lambda a: (analysis.area_scores.get(a, 0.0), a))
            chosen = [(weakest, analysis.expected_tiers[weakest], True)]
    return chosen


def _context_unit(analysis: ResumeAnalysis, area: Area) -> EvidenceUnit | None:
    """The job or project where the missing area would have mattered most: the most recent,
    largest piece of work (prefer paid work)."""
    units = [u for u in analysis.units if u.kind in ("work", "project") and u.label]
    if not units:
        units = [u for u in analysis.units if u.kind in ("activity", "education") and u.label]
    if not units:
        return None
    return max(units, key=lambda u: (u.kind == "work", len(u.stack) >= 2, u.end or (0, 0), len(u.achievements)))


def _stack_text(unit: EvidenceUnit | None, analysis: ResumeAnalysis, language: str) -> str:
    if unit is None:
        return ""
    techs = [t for t in (unit.stack or unit.techs) if t.category != "language"][:3] or (unit.stack or unit.techs)[:2]
    names = [tech_label(t, analysis, unit) for t in techs]
    if not names and unit.unknown_stack:
        names = unit.unknown_stack[:2]
    return "·".join(names) if language == "ko" else ", ".join(names)


_VENDORS = ("aws", "amazon", "azure", "gcp", "google", "firebase")


def _vendor(tech_id: str) -> str:
    head = tech_id.split("-")[0]
    return {"amazon": "aws", "google": "gcp"}.get(head, head) if head in _VENDORS else ""


def _popularity() -> dict[str, int]:
    """How often the catalog names a technology as someone else's alternative: a fair proxy for
    how standard a tool is, with no outside data."""
    counts: dict[str, int] = {}
    for tech in catalog.all_technologies():
        for alt in tech.alternatives:
            counts[alt] = counts.get(alt, 0) + 1
    return counts


def _area_tools(area: Area, analysis: ResumeAnalysis, limit: int = 1) -> list[Technology]:
    """Standard tools that define the area for this role, which the person does not list yet;
    cloud-vendor products only for the clouds the person already uses."""
    known = {t.id for t in analysis.technologies()} | {t.id for t in analysis.skills}
    vendors = {_vendor(t) for t in known} - {""}
    if {"aws", "gcp", "azure"} & known:
        vendors |= {"aws", "gcp", "azure"} & known
    popularity = _popularity()
    tools = [t for t in catalog.all_technologies()
             if area.id in t.areas and t.category in area.tech_categories and t.id not in known and t.docs
             and role_match(t, analysis.role)
             and (t.id in ("aws", "gcp", "azure") or not _vendor(t.id) or _vendor(t.id) in vendors)]
    tools.sort(key=lambda t: (-popularity.get(t.id, 0), t.id))
    return tools[:limit]


def _link(*urls: str) -> str:
    for url in urls:
        if isinstance(url, str) and url.startswith(SAFE_LINK_PREFIX):
            return url
    return ""


_COMMON_WORDS = {
    "with", "and", "the", "for", "from", "into", "using", "based", "between", "data", "design",
    "mode", "model", "models", "time", "level", "testing", "tests", "cluster", "clusters", "service",
    "services", "application", "performance", "async", "state", "custom", "native", "multi", "real",
}


def _already_done(item: str, resume_text: str) -> bool:
    """True when a distinctive term of an advanced topic already appears on the resume
    (recommending 'transactional outbox' to someone who built one is noise)."""
    for word in re.findall(r"[a-z][a-z0-9_\-]{3,}", item.lower()):
        if word in _COMMON_WORDS:
            continue
        if re.search(r"(?<![a-z0-9])" + re.escape(word) + r"(?![a-z0-9])", resume_text):
            return True
    return False


def _advanced(tech: Technology, language: str, resume_text: str = "") -> list[str]:
    items = [i for i in tech.items("advanced", language) if has_hangul(i) == (language == "ko")]
    fresh = [i for i in items if not _already_done(i, resume_text)]
    return fresh if len(fresh) >= 2 else items


def _resume_text(analysis: ResumeAnalysis) -> str:
    parts = [analysis.summary]
    for unit in analysis.units:
        parts.append(unit.description)
        parts += [a.text for a in unit.achievements]
        parts += list(unit.written.values()) + unit.unknown_stack
    parts += analysis.unknown_skills + [t.name for t in analysis.skills]
    return " ".join(parts).lower()


def _quote_for(line: Achievement | None, language: str) -> str:
    if line is None or not line.quote:
        return ""
    return line.quote if has_hangul(line.quote) == (language == "ko") else ""


def _strength_path(pick: StrengthPick, analysis: ResumeAnalysis, language: str, seed: str) -> dict | None:
    table = phrases("learning")["strength"]
    area, tech = pick.area, pick.tech
    anchor = anchor_text(pick.unit, language, seed) if pick.unit else ""
    slots = {"area": area.label(language), "anchor": anchor, "quote": _quote_for(pick.line, language),
             "count": str(pick.evidence_count)}
    resources: list[str] = []
    link = ""
    if tech is not None:
        advanced = _advanced(tech, language, _resume_text(analysis))
        label = tech_label(tech, analysis)
        slots.update(tech=label, adv1=advanced[0] if advanced else "", adv2=advanced[1] if len(advanced) > 1 else "")
        title = render_first(table["title"][language], slots, seed, "s-title", area.id)
        description = render_first(table["description"][language], slots, seed, "s-desc", area.id)
        names_tech = pick.line is not None and tech in pick.line.techs
        reason_key = "reason_quote" if names_tech else "reason_area_quote"
        reason = (render_first(table[reason_key][language], slots, seed, "s-reason", area.id)
                  or render_first(table["reason_tech"][language], slots, seed, "s-reason", area.id))
        docs = render_first(table["resource_docs"][language], slots, seed, "s-docs")
        resources = advanced[:3] + [docs]
        link = _link(tech.docs, area.link_for(analysis.role))
    else:
        area_resources = area.resources_for(analysis.role, language)
        first = area_resources[0] if area_resources else ""
        slots.update(first=first, tech="")
        title = render_first(table["title_area"][language], slots, seed, "s-title", area.id)
        description = render_first(table["description_area"][language], slots, seed, "s-desc", area.id)
        reason = (render_first(table["reason_area"][language], slots, seed, "s-reason", area.id)
                  or render_first(table["reason_area_plain"][language], slots, seed, "s-reason", area.id))
        resources = area_resources
        link = _link(area.link_for(analysis.role))
    if not (title and description and reason and link):
        return None
    resources = [r for r in resources if r][:4]
    if len(resources) < 2:
        resources += [r for r in area.resources_for(analysis.role, language) if r not in resources][: 2 - len(resources)]
    return _finish({"type": "strength", "title": title, "description": description, "reason": reason,
                    "resources": resources[:8], "link": link}, language)


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _finish(path: dict, language: str) -> dict:
    """Trim to the schema's limits; English sentences start with a capital letter."""
    for key, limit in (("title", 200), ("description", 1200), ("reason", 1200)):
        value = path[key]
        if language == "en":
            value = _sentence_case(value)
        path[key] = value[:limit]
    path["resources"] = [r[:300] for r in path["resources"] if r][:8]
    return path


def _weakness_path(area_id: str, tier: str, shallow: bool, analysis: ResumeAnalysis, language: str,
                   seed: str, merged_next: Area | None) -> dict | None:
    knowledge = load_knowledge()
    area = knowledge.areas[area_id]
    table = phrases("learning")["weakness"]
    bands = phrases("learning")["bands"][language]
    family = knowledge.roles.get(analysis.role)
    role_label = family.label(language) if family else analysis.role
    band_role = f"{bands[analysis.band]} {role_label}"
    unit = _context_unit(analysis, area)
    resources_src = area.resources_for(analysis.role, language)
    next_resources = merged_next.resources_for(analysis.role, language) if merged_next else []
    slots = {
        "area": area.label(language),
        "area_short": area.short_label(language),
        "next": merged_next.short_label(language) if merged_next else "",
        "next_why": merged_next.why.get(language, "") if merged_next else "",
        "next_first": next_resources[0] if next_resources else "",
        "meaning": area.meaning_for(analysis.role, language),
        "why": area.why.get(language, ""),
        "anchor": anchor_text(unit, language, seed) if unit else "",
        "stack": _stack_text(unit, analysis, language),
        "first": resources_src[0] if resources_src else "",
        "band_role": band_role,
    }
    title_key = "title_next" if merged_next else "title"
    title = render_first(table[title_key][language], slots, seed, "w-title", area_id)
    description = (render_first(table["description"][language], slots, seed, "w-desc", area_id)
                   or render_first(table["description_plain"][language], slots, seed, "w-desc", area_id))
    if merged_next:
        description += " " + render_first(table["description_next"][language], slots, seed, "w-next", area_id)
    if shallow:
        reason = render_first(table["reason_shallow"][language], slots, seed, "w-reason", area_id)
    else:
        reason = (render_first(table["reason"][language], slots, seed, "w-reason", area_id)
                  or render_first(table["reason_plain"][language], slots, seed, "w-reason", area_id))
    tools = _area_tools(area, analysis)
    extra = [render_first(table["resource_tool"][language], {"tool": re_name(t)}, seed, "w-tool") for t in tools]
    resources = resources_src[:3]
    if merged_next:
        resources = resources_src[:2] + next_resources[:2]
    resources = [r for r in resources + extra if r][:5]
    link = _link(area.link_for(analysis.role), *(t.docs for t in tools))
    if not (title and description and reason and link) or len(resources) < 2:
        return None
    return _finish({"type": "weakness", "title": title, "description": description, "reason": reason,
                    "resources": resources, "link": link}, language)


def re_name(tech: Technology) -> str:
    return re.sub(r"\s*\([^)]*\)\s*$", "", tech.name) or tech.name


def _strength_line(pick: StrengthPick, analysis: ResumeAnalysis, language: str, seed: str) -> str:
    table = phrases("learning")["analysis"]
    anchor = anchor_text(pick.unit, language, seed) if pick.unit else ""
    evidence = ""
    if pick.line is not None and pick.line.quote and has_hangul(pick.line.quote) == (language == "ko"):
        evidence = pick.line.quote
    elif pick.tech is not None:
        evidence = tech_label(pick.tech, analysis, pick.unit)
    slots = {"area": pick.area.label(language), "anchor": anchor, "evidence": evidence}
    text = (render_first(table["strength"][language], slots, seed, "a-strength", pick.area.id)
            or render_first(table["strength_plain"][language], slots, seed, "a-strength", pick.area.id)
            or pick.area.label(language))
    return _sentence_case(text) if language == "en" else text


def _weakness_line(area_id: str, shallow: bool, language: str, seed: str) -> str:
    table = phrases("learning")["analysis"]
    area = load_knowledge().areas[area_id]
    key = "weakness_shallow" if shallow else "weakness"
    text = render_first(table[key][language], {"area": area.label(language)}, seed, "a-weak", area_id)
    return _sentence_case(text) if language == "en" else text


def _join(labels: list[str], language: str) -> str:
    if not labels:
        return ""
    if language == "ko":
        return ", ".join(labels)
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def generate_plan(analysis: ResumeAnalysis, language: str) -> dict:
    knowledge = load_knowledge()
    seed = analysis.seed
    weak = _weakness_areas(analysis)
    weak_ids = [a for a, _, _ in weak]
    paths: list[dict] = []
    consumed: set[str] = set()
    for area_id, tier, shallow in weak:
        if area_id in consumed:
            continue
        area = knowledge.areas[area_id]
        merged = None
        missing = {a for a, _ in analysis.gaps}
        if area.next and area.next in missing and area.next in knowledge.areas:
            merged = knowledge.areas[area.next]
            consumed.add(area.next)
        path = _weakness_path(area_id, tier, shallow, analysis, language, seed, merged)
        if path:
            paths.append(path)
            consumed.add(area_id)

    picks = [p for p in _strength_picks(analysis) if p.area.id not in consumed]
    want_strengths = max(2, 4 - len(paths))
    strength_paths, strength_picks = [], []
    for pick in picks:
        if len(strength_paths) >= want_strengths:
            break
        path = _strength_path(pick, analysis, language, seed)
        if path:
            strength_paths.append(path)
            strength_picks.append(pick)
    if not strength_paths:
        strength_paths, strength_picks = _fallback_strength(analysis, language, seed)
    if not paths:
        paths = _fallback_weakness(analysis, language, seed)
    learning_paths = (strength_paths + paths)[:MAX_PATHS]

    strengths = [_strength_line(p, analysis, language, seed) for p in strength_picks[:5]]
    weaknesses = [_weakness_line(a, s, language, seed) for a, _, s in weak[:5] if a in knowledge.areas]
    extra_gaps = [a for a, _ in analysis.gaps if a not in weak_ids and a not in consumed][:2]
    weaknesses += [_weakness_line(a, False, language, seed) for a in extra_gaps]
    summary = _summary(analysis, strength_picks, weak_ids, language, seed)
    return {
        "analysis": {"strengths": [s[:400] for s in strengths if s][:8] or [summary[:200]],
                     "weaknesses": [w[:400] for w in weaknesses if w][:8] or [summary[:200]]},
        "summary": summary[:1200],
        "learning_paths": learning_paths,
    }


def _summary(analysis: ResumeAnalysis, picks: list[StrengthPick], weak_ids: list[str], language: str,
             seed: str) -> str:
    knowledge = load_knowledge()
    bands = phrases("learning")["bands"][language]
    family = knowledge.roles.get(analysis.role)
    band_role = f"{bands[analysis.band]} {family.label(language) if family else analysis.role}"
    anchor_unit = next((p.unit for p in picks if p.unit is not None), None)
    slots = {
        "band_role": band_role,
        "strengths": _join([p.area.label(language) for p in picks[:3]], language),
        "weaknesses": _join([knowledge.areas[a].label(language) for a in weak_ids[:3]], language),
        "anchor": anchor_text(anchor_unit, language, seed) if anchor_unit else "",
    }
    text = render_first(phrases("learning")["summary"][language], slots, seed, "summary")
    if text:
        return _sentence_case(text) if language == "en" else text
    return {"ko": f"{band_role}에게 기대되는 역량을 기준으로 이력서를 분석했습니다.",
            "en": f"Your resume was read against what is expected of a {band_role}."}[language]


def _fallback_strength(analysis: ResumeAnalysis, language: str, seed: str) -> tuple[list[dict], list[StrengthPick]]:
    """Nothing is demonstrated yet: build on the technology or area the resume leans on most."""
    knowledge = load_knowledge()
    techs = [t for t in analysis.technologies() if t.items("advanced", language)] + \
            [t for t in analysis.skills if t.items("advanced", language)]
    if techs:
        tech = techs[0]
        area_id = next((a for a in tech.areas if a in knowledge.areas), "programming_fundamentals")
        unit = next((u for u in analysis.units if tech in u.techs), None)
        pick = StrengthPick(knowledge.areas[area_id], tech, unit, None, 1)
    else:
        pick = StrengthPick(knowledge.areas["programming_fundamentals"], None, None, None, 0)
    path = _strength_path(pick, analysis, language, seed)
    if path is None:
        area = pick.area
        path = {"type": "strength",
                "title": area.label(language),
                "description": area.why.get(language, area.label(language)),
                "reason": {"ko": "이력서에 적힌 경험을 바탕으로 가장 먼저 다질 기초입니다.",
                           "en": "The foundation to build first, given the experience on your resume."}[language],
                "resources": area.resources_for(analysis.role, language)[:3],
                "link": area.link_for(analysis.role)}
        path = _finish(path, language)
    return [path], [pick]


def _fallback_weakness(analysis: ResumeAnalysis, language: str, seed: str) -> list[dict]:
    for area_id in ("testing", "monitoring", "system_design"):
        path = _weakness_path(area_id, "important", True, analysis, language, seed, None)
        if path:
            return [path]
    return []
