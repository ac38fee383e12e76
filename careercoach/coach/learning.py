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
from careercoach.coach.analysis import GENERIC_CATEGORIES, ResumeAnalysis, tools_touching
from careercoach.coach.candidates import measured_business, role_match, vocabulary
from careercoach.coach.catalog import Technology
from careercoach.coach.interview import anchor_text, tech_label
from careercoach.coach.knowledge import Area, areas_mentioned, load_knowledge
from careercoach.coach.phrasing import phrases, render_first, render_nth
from careercoach.coach.resume import Achievement, EvidenceUnit
from careercoach.coach.catalog import find_technologies
from careercoach.coach.knowledge import areas_in
from careercoach.coach.text import QUOTE_MAX_CHARS, clauses, content_words, fold, has_hangul, has_measurement, quotable

TIER_WEIGHT = {"core": 3.0, "important": 2.0, "plus": 1.5}
MAX_WEAKNESS_PATHS = 3
MAX_PATHS = 7
MAX_STRENGTH_PICKS = 8
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

# Areas that are one story told twice: after one of a group is a strength, the next strength
# should come from elsewhere (cloud, containers and Kubernetes from the same deploy line are
# one strength, not three).
AREA_GROUPS = {
    "cloud": "infra", "containers": "infra", "kubernetes": "infra", "iac": "infra", "networking": "infra",
    "messaging": "distributed", "streaming": "distributed", "distributed_systems": "distributed",
    "concurrency": "distributed",
    "database_design": "data", "database_optimization": "data", "caching": "data",
    "data_pipelines": "data_eng", "data_quality": "data_eng", "ml_ops": "data_eng",
    "frontend_architecture": "client", "mobile_architecture": "client", "accessibility": "client",
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
    return score * (0.5 if area_id in _SOFT_AREAS else 1.0)


def _has_advanced(tech: Technology) -> bool:
    return bool(tech.items("advanced", "en") or tech.items("advanced", "ko"))


def _evidence_line(area_id: str, analysis: ResumeAnalysis, quoted: set[int]
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
        return (id(line) not in quoted, _says(line, area_id), UNIT_EVIDENCE_WEIGHT.get(unit.kind, 0.5),
                min(density, 3), line.measured, -order[id(line)])

    return max(lines, key=rank)


def _line_tech(area: Area, line: Achievement, analysis: ResumeAnalysis, used: dict[str, list[EvidenceUnit]],
               taken: set[str]) -> Technology | None:
    """The technology in the quoted line that does the area's work (Kafka for ordering by
    message key, Terraform for provisioning), if the line names one worth deepening."""
    options = [t for t in line.techs if area.id in t.areas and t.id in used and t.id not in taken
               and t.category != "language" and _has_advanced(t)]
    if not options:
        return None
    frequency = {t.id: sum(1 for _, other in analysis.evidence.get(area.id, []) if t in other.techs) for t in options}
    return max(options, key=lambda t: (t.category in area.tech_categories, -options.index(t), frequency[t.id],
                                       role_match(t, analysis.role)))


def _usage_tech(area: Area, analysis: ResumeAnalysis, used: dict[str, list[EvidenceUnit]],
                taken: set[str]) -> tuple[Technology | None, list[EvidenceUnit]]:
    """For an area no line shows: the technology that defines it and was used the most."""
    options = []
    for tech_id, units in used.items():
        tech = catalog.technology(tech_id)
        if tech is None or area.id not in tech.areas or tech_id in taken or not _has_advanced(tech):
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


def _defining_line(area: Area, analysis: ResumeAnalysis, used: dict[str, list[EvidenceUnit]], taken: set[str],
                   quoted: set[int], near: EvidenceUnit | None
                   ) -> tuple[EvidenceUnit | None, Achievement | None, Technology | None]:
    """Another line showing the area through a technology that defines it (Kafka for messaging),
    for when the best line names none. Areas no kind of tool defines (MLOps, performance) take a
    technology that serves them only from the same job or project (MLflow next to a feature store)."""
    for unit, line in sorted(analysis.evidence.get(area.id, []),
                             key=lambda item: (id(item[1]) in quoted, -UNIT_EVIDENCE_WEIGHT.get(item[0].kind, 0.5))):
        for tech in line.techs:
            if area.id not in tech.areas or tech.id not in used or tech.id in taken or not _has_advanced(tech):
                continue
            if tech.category in area.tech_categories:
                return unit, line, tech
            if not area.tech_categories and unit is near and tech.category not in GENERIC_CATEGORIES:
                return unit, line, tech
    return None, None, None


def _stack_tech(area: Area, unit: EvidenceUnit, line: Achievement, used: dict[str, list[EvidenceUnit]],
                taken: set[str]) -> Technology | None:
    """A line that names no technology ("implemented job control with fork and signals") is
    about its project's own stack: the first stack technology that shows the area."""
    if any(t.category != "language" for t in line.techs):
        return None
    words = content_words(line.text)
    for tech in unit.stack:
        if area.id not in tech.areas or tech.id not in used or tech.id in taken or not _has_advanced(tech):
            continue
        if len(words & vocabulary(tech)) >= 2:
            return tech  # the line speaks the technology's language (fork, signals; Baseline Profile)
    return None


def _strength_picks(analysis: ResumeAnalysis) -> list[StrengthPick]:
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
        elif area_id in _SOFT_AREAS:
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
            unit = max(candidates, key=lambda u: (u.areas.get(area_id, 0.0), u.kind == "work", u.end or (0, 0)),
                       default=None)
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
    return [p for p in picks if p.area.id not in _SOFT_AREAS] + [p for p in picks if p.area.id in _SOFT_AREAS]


def _weakness_areas(analysis: ResumeAnalysis, rich: bool = False) -> list[tuple[str, str, bool]]:
    """(area, tier, shallow) to work on: missing core areas, else the next missing ones, else
    the weakest expected area; two at most for a thin resume, so its plan stays short.
    shallow=True when the resume touches on the area somewhere (a summary sentence, an
    activity, a tool): the advice is then to deepen it, not to start it."""
    gaps = analysis.gaps
    shallow = lambda a: analysis.traces.get(a, 0.0) > 0
    core = [(a, t, shallow(a)) for a, t in gaps if t == "core"]
    chosen = core[:MAX_WEAKNESS_PATHS if rich else MAX_WEAKNESS_PATHS - 1]
    if not chosen:
        chosen = [(a, t, shallow(a)) for a, t in gaps if t == "important"][:MAX_WEAKNESS_PATHS if rich else 2]
    if not chosen and gaps:
        chosen = [(gaps[0][0], gaps[0][1], shallow(gaps[0][0]))]
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
        if word in _COMMON_WORDS or catalog.normalize_technology(word) is not None:
            continue  # naming Kubernetes is not having done "Kubernetes monitoring with the Operator"
        if re.search(r"(?<![a-z0-9])" + re.escape(word) + r"(?![a-z0-9])", resume_text):
            return True
    return False


def _advanced(tech: Technology, language: str, resume_text: str = "") -> list[str]:
    items = [i for i in tech.items("advanced", language) if has_hangul(i) == (language == "ko")]
    fresh = [i for i in items if not _already_done(i, resume_text)]
    return fresh + [i for i in items if i not in fresh]


def _resume_text(analysis: ResumeAnalysis) -> str:
    parts = [analysis.summary]
    for unit in analysis.units:
        parts.append(unit.description)
        parts += [a.text for a in unit.achievements]
        parts += list(unit.written.values()) + unit.unknown_stack
    parts += analysis.unknown_skills + [t.name for t in analysis.skills]
    return " ".join(parts).lower()


def _evidence_quote(pick: StrengthPick) -> str:
    """The part of the line that shows the strength. A long line is quoted by its measured clause,
    which may not be the part that shows the area ("급여 계산 오류 CS를 월 10건에서 1건 이하로
    감소" shows no testing; "JUnit5 + Testcontainers로 통합 테스트 120여 개를 작성" does)."""
    line = pick.line
    if line is None or not line.quote:
        return ""
    if _shows(line.quote, pick):
        return line.quote
    parts = clauses(line.text)
    about = [p for p in parts if _shows(p, pick)]
    if not about:
        return line.quote
    head = quotable(about[0])
    measured = [p for p in parts if has_measurement(p) and p != about[0]]
    limit = QUOTE_MAX_CHARS["ko" if has_hangul(line.text) else "en"]
    if measured and head and len(head) + len(measured[-1]) + 3 <= limit:
        return f"{head} … {measured[-1]}"
    return head or line.quote


def _shows(text: str, pick: StrengthPick) -> bool:
    if pick.tech is not None and pick.tech in find_technologies(text):
        return True
    return pick.area.id in areas_in(fold(text))


def _quote_for(line: Achievement | None, language: str, pick: StrengthPick | None = None) -> str:
    if pick is not None and line is not None and line.quote:
        quote = _evidence_quote(pick)
        return quote if has_hangul(quote) == (language == "ko") else ""
    if line is None or not line.quote:
        return ""
    return line.quote if has_hangul(line.quote) == (language == "ko") else ""


def _strength_path(pick: StrengthPick, analysis: ResumeAnalysis, language: str, seed: str,
                   index: int = 0) -> dict | None:
    table = phrases("learning")["strength"]
    area, tech = pick.area, pick.tech
    anchor = anchor_text(pick.unit, language, seed) if pick.unit else ""
    slots = {"area": area.label(language), "anchor": anchor, "quote": _quote_for(pick.line, language, pick),
             "count": str(pick.evidence_count)}
    resources: list[str] = []
    link = ""
    if tech is not None:
        advanced = _advanced(tech, language, _resume_text(analysis))
        label = tech_label(tech, analysis)
        slots.update(tech=label, adv1=advanced[0] if advanced else "", adv2=advanced[1] if len(advanced) > 1 else "")
        title = render_nth(table["title"][language], slots, seed, index, "s-title")
        # Side projects and coursework are hands-on, not production: no "운영 수준" for them.
        at_work = pick.unit is not None and pick.unit.kind == "work"
        description = render_nth(table["description" if at_work else "description_project"][language], slots,
                                 seed, index, "s-desc")
        names_tech = pick.line is not None and tech in pick.line.techs
        reason_key = ("reason_quote" if at_work else "reason_quote_project") if names_tech else "reason_area_quote"
        reason = (render_nth(table[reason_key][language], slots, seed, index, "s-reason")
                  or render_nth(table["reason_tech"][language], slots, seed, index, "s-reason"))
        docs = render_first(table["resource_docs"][language], slots, seed, "s-docs")
        resources = advanced[:3] + [docs]
        link = _link(tech.docs, area.link_for(analysis.role))
    else:
        area_resources = area.resources_for(analysis.role, language)
        first = _topic(area_resources[0]) if area_resources else ""
        slots.update(first=first, tech="")
        title = render_nth(table["title_area"][language], slots, seed, index, "s-title")
        description = render_nth(table["description_area"][language], slots, seed, index, "s-desc")
        reason = (render_nth(table["reason_area"][language], slots, seed, index, "s-reason")
                  or render_nth(table["reason_area_plain"][language], slots, seed, index, "s-reason"))
        resources = area_resources
        link = _link(area.link_for(analysis.role))
    if not (title and description and reason and link):
        return None
    resources = [r for r in resources if r][:4]
    if len(resources) < 2:
        resources += [r for r in area.resources_for(analysis.role, language) if r not in resources][: 2 - len(resources)]
    return _finish({"type": "strength", "title": title, "description": description, "reason": reason,
                    "resources": resources[:8], "link": link}, language)


def _topic(resource: str) -> str:
    """A study resource as a topic name: "최적화 전에 측정하기: 기준선과 백분위 지표" reads
    inside a sentence as "최적화 전에 측정하기"."""
    head = resource.split(":", 1)[0].strip()
    return head if len(head) >= 4 else resource


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
                   seed: str, merged_next: Area | None, index: int = 0) -> dict | None:
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
        "next_why": merged_next.why_for(analysis.role, language) if merged_next else "",
        "next_first": next_resources[0] if next_resources else "",
        "meaning": area.meaning_for(analysis.role, language),
        "why": area.why_for(analysis.role, language),
        "anchor": anchor_text(unit, language, seed) if unit else "",
        "stack": _stack_text(unit, analysis, language),
        "first": _topic(resources_src[0]) if resources_src else "",
        "band_role": band_role,
        "expected": phrases("learning")["expectations"][language].get(tier, ""),
        "shown_anchor": "",
        "touch_anchor": "",
        "tools": "",
    }
    if shallow:
        shown = [u for u in analysis.units if u.areas.get(area_id, 0.0) > 0 and u.label]
        if shown:
            best = max(shown, key=lambda u: (u.areas.get(area_id, 0.0), u.kind == "work"))
            slots["shown_anchor"] = anchor_text(best, language, seed)
        else:
            touching = [u for u in analysis.units if u.label and area_id in areas_mentioned(
                fold(" ".join([u.description, *(a.text for a in u.achievements)])))]
            if touching:
                slots["touch_anchor"] = anchor_text(touching[0], language, seed)
        tools = tools_touching(area_id, analysis.units)[:2]
        slots["tools"] = ("·" if language == "ko" else ", ").join(tech_label(t, analysis) for t in tools)
    title_key = "title_next" if merged_next else "title_shallow" if shallow else "title"
    title = render_nth(table[title_key][language], slots, seed, index, "w-title")
    description = (render_nth(table["description"][language], slots, seed, index, "w-desc")
                   or render_nth(table["description_plain"][language], slots, seed, index, "w-desc"))
    if merged_next:
        description += " " + render_first(table["description_next"][language], slots, seed, "w-next", area_id)
    if shallow:
        reason = (render_nth(table["reason_shallow"][language], slots, seed, index, "w-reason")
                  or render_nth(table["reason_shallow_mention"][language], slots, seed, index, "w-reason")
                  or render_nth(table["reason_shallow_tools"][language], slots, seed, index, "w-reason")
                  or render_nth(table["reason_shallow_plain"][language], slots, seed, index, "w-reason"))
    else:
        reason = (render_nth(table["reason"][language], slots, seed, index, "w-reason")
                  or render_nth(table["reason_plain"][language], slots, seed, index, "w-reason"))
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


def _strength_line(pick: StrengthPick, analysis: ResumeAnalysis, language: str, seed: str, index: int = 0) -> str:
    table = phrases("learning")["analysis"]
    anchor = anchor_text(pick.unit, language, seed) if pick.unit else ""
    evidence = ""
    if _quote_for(pick.line, language, pick):
        evidence = _quote_for(pick.line, language, pick)
    elif pick.tech is not None:
        evidence = tech_label(pick.tech, analysis, pick.unit)
    slots = {"area": pick.area.label(language), "anchor": anchor, "evidence": evidence}
    text = (render_nth(table["strength"][language], slots, seed, index, "a-strength")
            or render_nth(table["strength_plain"][language], slots, seed, index, "a-strength")
            or pick.area.label(language))
    return _sentence_case(text) if language == "en" else text


def _weakness_line(area_id: str, shallow: bool, language: str, seed: str, index: int = 0,
                   kind: str = "") -> str:
    table = phrases("learning")["analysis"]
    area = load_knowledge().areas[area_id]
    key = {"mention": "weakness_mentioned", "tool": "weakness_tools"}.get(kind, "weakness_shallow") if shallow \
        else "weakness"
    text = render_nth(table[key][language], {"area": area.label(language)}, seed, index, "a-weak")
    return _sentence_case(text) if language == "en" else text


def _join(labels: list[str], language: str) -> str:
    if not labels:
        return ""
    if language == "ko":
        return ", ".join(labels)
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _listable(pick: StrengthPick) -> bool:
    """A business strength needs a line that measures a business result ("노쇼율 12% -> 7%"); a
    line that merely names a domain ("결제 흐름 E2E 테스트") shows testing, not business sense."""
    if pick.area.id != "business_domain":
        return True
    return pick.line is not None and measured_business(pick.line)


def _richness(analysis: ResumeAnalysis) -> tuple[int, int]:
    """(achievement lines, jobs and projects with lines): how much there is to build a plan on."""
    units = [u for u in analysis.units if u.kind in ("work", "project") and u.achievements]
    return sum(len(u.achievements) for u in units), len(units)


def _strength_count(analysis: ResumeAnalysis, picks: list[StrengthPick], weakness_paths: int) -> int:
    """Thin resumes get a short plan (three or four paths); a resume with many projects gets a
    strength path for each area it proves with more than one line, up to four."""
    lines, units = _richness(analysis)
    base = max(2, 4 - weakness_paths)
    if lines < 8 or units < 2:
        return base
    proven = sum(1 for p in picks if p.area.id not in _SOFT_AREAS
                 and (p.evidence_count >= 3 or (p.evidence_count >= 2 and p.tech is not None)))
    ceiling = 4 if lines >= 14 and weakness_paths <= 2 else 3
    return max(base, min(ceiling, proven))


def generate_plan(analysis: ResumeAnalysis, language: str) -> dict:
    knowledge = load_knowledge()
    seed = analysis.seed
    lines, units = _richness(analysis)
    weak = _weakness_areas(analysis, rich=lines >= 8 and units >= 2)
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
        path = _weakness_path(area_id, tier, shallow, analysis, language, seed, merged, len(paths))
        if path:
            paths.append(path)
            consumed.add(area_id)

    picks = [p for p in _strength_picks(analysis) if p.area.id not in consumed]
    want_strengths = _strength_count(analysis, picks, len(paths))
    strength_paths, strength_picks = [], []
    for pick in picks:
        if len(strength_paths) >= want_strengths:
            break
        path = _strength_path(pick, analysis, language, seed, len(strength_paths))
        if path:
            strength_paths.append(path)
            strength_picks.append(pick)
    if not strength_paths:
        strength_paths, strength_picks = _fallback_strength(analysis, language, seed)
    if not paths:
        paths = _fallback_weakness(analysis, language, seed)
    learning_paths = (strength_paths + paths)[:MAX_PATHS]

    # The analysis may name a few more proven areas than there are strength paths.
    listed = strength_picks + [p for p in picks if p not in strength_picks and p.line is not None
                               and _listable(p) and (p.evidence_count >= 2 or (
                                   p.line.measured and analysis.expected_tiers.get(p.area.id) in ("core", "important")))
                               ][:max(0, 5 - len(strength_picks))]
    strengths = [_strength_line(p, analysis, language, seed, i) for i, p in enumerate(listed[:5])]
    kinds = analysis.trace_kinds
    weaknesses = [_weakness_line(a, s, language, seed, i, kinds.get(a, "")) for i, (a, _, s) in enumerate(weak[:5])
                  if a in knowledge.areas]
    extra_gaps = [a for a, tier in analysis.gaps if a not in weak_ids and a not in consumed
                  and tier in ("core", "important")][:2]
    weaknesses += [_weakness_line(a, analysis.traces.get(a, 0.0) > 0, language, seed, len(weaknesses) + i,
                                  kinds.get(a, "")) for i, a in enumerate(extra_gaps)]
    summary = _summary(analysis, strength_picks, weak_ids, language, seed)
    return {
        "analysis": {"strengths": [s[:400] for s in strengths if s][:8] or [summary[:200]],
                     "weaknesses": [w[:400] for w in weaknesses if w][:8] or [summary[:200]]},
        "summary": summary[:1200],
        "learning_paths": learning_paths,
    }


def _strength_label(pick: StrengthPick, analysis: ResumeAnalysis, language: str) -> str:
    """An area with the technology that carries it, so the summary names what the person did:
    "메시지 큐와 비동기 처리(Kafka)"."""
    label = pick.area.label(language)
    if pick.tech is None:
        return label
    tech = tech_label(pick.tech, analysis, pick.unit)
    return f"{label}({tech})" if language == "ko" else f"{label} ({tech})"


def _summary(analysis: ResumeAnalysis, picks: list[StrengthPick], weak_ids: list[str], language: str,
             seed: str) -> str:
    knowledge = load_knowledge()
    bands = phrases("learning")["bands"][language]
    family = knowledge.roles.get(analysis.role)
    band_role = f"{bands[analysis.band]} {family.label(language) if family else analysis.role}"
    anchor_unit = next((p.unit for p in picks if p.unit is not None), None)
    slots = {
        "band_role": band_role,
        "strengths": _join([_strength_label(p, analysis, language) for p in picks[:3]], language),
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
