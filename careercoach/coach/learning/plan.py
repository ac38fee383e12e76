"""A learning plan: deepen what the resume proves, fill what the role expects and it lacks.

Weakness paths come first in the building (they decide how many strength paths fit), strength
paths first in the output; the analysis lists a few more proven areas than there are paths.
"""

from __future__ import annotations

from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.knowledge import load_knowledge
from careercoach.coach.learning.brevity import shorten_repeats
from careercoach.coach.learning.gaps import weakness_areas, weakness_line, weakness_path
from careercoach.coach.learning.paths import strength_line, strength_path
from careercoach.coach.learning.resources import finish_path, sentence_case
from careercoach.coach.learning.strengths import SOFT_AREAS, StrengthPick, listable, strength_picks
from careercoach.coach.naming import anchor_text, tech_label
from careercoach.coach.phrasing import phrases, render_first
from careercoach.coach.thin import is_thin, portfolio_path, thin_summary

MAX_PATHS = 7


def _join(labels: list[str], language: str) -> str:
    if not labels:
        return ""
    if language == "ko":
        return ", ".join(labels)
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


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
    proven = sum(
        1
        for p in picks
        if p.area.id not in SOFT_AREAS and (p.evidence_count >= 3 or (p.evidence_count >= 2 and p.tech is not None))
    )
    ceiling = 4 if lines >= 14 and weakness_paths <= 2 else 3
    return max(base, min(ceiling, proven))


def _weakness_paths(
    analysis: ResumeAnalysis, weak: list[tuple[str, str, bool]], language: str
) -> tuple[list[dict], set[str]]:
    """One path per gap area, a following area (`next` in areas.yaml) folded into it when it is
    missing too; returns the paths and every area they cover."""
    knowledge = load_knowledge()
    paths: list[dict] = []
    consumed: set[str] = set()
    missing = {a for a, _ in analysis.gaps}
    for area_id, tier, shallow in weak:
        if area_id in consumed:
            continue
        area = knowledge.areas[area_id]
        merged = None
        if area.next and area.next in missing and area.next in knowledge.areas:
            merged = knowledge.areas[area.next]
            consumed.add(area.next)
        path = weakness_path(area_id, tier, shallow, analysis, language, analysis.seed, merged, len(paths))
        if path:
            paths.append(path)
            consumed.add(area_id)
    return paths, consumed


def _strength_paths(
    analysis: ResumeAnalysis, picks: list[StrengthPick], want: int, language: str
) -> tuple[list[dict], list[StrengthPick]]:
    chosen_paths, chosen = [], []
    for pick in picks:
        if len(chosen_paths) >= want:
            break
        if pick.line is not None and any(p.line is pick.line for p in chosen):
            continue  # one line of the resume backs one strength
        path = strength_path(pick, analysis, language, analysis.seed, len(chosen_paths))
        if path:
            chosen_paths.append(path)
            chosen.append(pick)
    if not chosen_paths:
        return _fallback_strength(analysis, language, analysis.seed)
    return chosen_paths, chosen


def _listed_picks(
    analysis: ResumeAnalysis, chosen: list[StrengthPick], picks: list[StrengthPick]
) -> list[StrengthPick]:
    """The analysis may name a few more proven areas than there are strength paths."""
    more = [
        p
        for p in picks
        if p not in chosen
        and p.line is not None
        and listable(p)
        and (
            p.evidence_count >= 2
            or (p.line.measured and analysis.expected_tiers.get(p.area.id) in ("core", "important"))
        )
    ]
    listed: list[StrengthPick] = []
    for pick in chosen + more:
        if pick.line is None or all(p.line is not pick.line for p in listed):
            listed.append(pick)  # one line of the resume backs one strength
    return listed[:5]


def _weakness_lines(
    analysis: ResumeAnalysis, weak: list[tuple[str, str, bool]], consumed: set[str], language: str
) -> list[str]:
    knowledge = load_knowledge()
    seed, kinds = analysis.seed, analysis.trace_kinds
    weak_ids = [a for a, _, _ in weak]
    lines = [
        weakness_line(a, s, language, seed, i, kinds.get(a, ""))
        for i, (a, _, s) in enumerate(weak[:5])
        if a in knowledge.areas
    ]
    extra_gaps = [
        a for a, tier in analysis.gaps if a not in weak_ids and a not in consumed and tier in ("core", "important")
    ][:2]
    lines += [
        weakness_line(a, analysis.traces.get(a, 0.0) > 0, language, seed, len(lines) + i, kinds.get(a, ""))
        for i, a in enumerate(extra_gaps)
    ]
    return lines


def planned_gaps(analysis: ResumeAnalysis) -> list[tuple[str, str, bool]]:
    """(area, tier, shallow) of the weakness paths this plan is built on, in order."""
    lines, units = _richness(analysis)
    return weakness_areas(analysis, rich=lines >= 8 and units >= 2)


def _shorten_paths(paths: list[dict], analysis: ResumeAnalysis, language: str) -> None:
    """Each path names its project once (in full only the first time in the plan), then
    refers to it briefly."""
    named: set[str] = set()
    for path in paths:
        path["description"], path["reason"] = shorten_repeats(
            [path["description"], path["reason"]], analysis, language, named
        )
        if language == "en":
            path["description"], path["reason"] = sentence_case(path["description"]), sentence_case(path["reason"])


def generate_plan(analysis: ResumeAnalysis, language: str) -> dict:
    seed = analysis.seed
    weak = planned_gaps(analysis)
    paths, consumed = _weakness_paths(analysis, weak, language)
    picks = [p for p in strength_picks(analysis) if p.area.id not in consumed]
    want_strengths = _strength_count(analysis, picks, len(paths))
    chosen_paths, chosen = _strength_paths(analysis, picks, want_strengths, language)
    if is_thin(analysis):
        # Too little to deepen: the first path is building one project (thin.py).
        chosen_paths = [portfolio_path(analysis, language)] + [
            p for p, pick in zip(chosen_paths, chosen, strict=False) if pick.line is not None
        ][:1]
    if not paths:
        paths = _fallback_weakness(analysis, language, seed)
    learning_paths = (chosen_paths + paths)[:MAX_PATHS]
    strengths = [
        strength_line(p, analysis, language, seed, i) for i, p in enumerate(_listed_picks(analysis, chosen, picks))
    ]
    weaknesses = _weakness_lines(analysis, weak, consumed, language)
    summary = _summary(analysis, chosen, [a for a, _, _ in weak], language, seed)
    if is_thin(analysis):
        # Nothing proven yet: say so rather than praise a strength the resume does not show.
        summary = thin_summary(
            language,
            _band_role(analysis, language),
            _join([load_knowledge().areas[a].label(language) for a, _, _ in weak[:2]], language),
        )
        strengths = [s for s, p in zip(strengths, chosen, strict=False) if p.line is not None] or [
            thin_summary(language, "", "")
        ]
    strengths = shorten_repeats(strengths, analysis, language)
    summary = shorten_repeats([summary], analysis, language)[0]
    _shorten_paths(learning_paths, analysis, language)
    return {
        "analysis": {
            "strengths": [s[:400] for s in strengths if s][:8] or [summary[:200]],
            "weaknesses": [w[:400] for w in weaknesses if w][:8] or [summary[:200]],
        },
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


def _band_role(analysis: ResumeAnalysis, language: str) -> str:
    family = load_knowledge().roles.get(analysis.role)
    bands = phrases("learning")["bands"][language]
    return f"{bands[analysis.band]} {family.label(language) if family else analysis.role}"


def _summary(analysis: ResumeAnalysis, picks: list[StrengthPick], weak_ids: list[str], language: str, seed: str) -> str:
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
        return sentence_case(text) if language == "en" else text
    return {
        "ko": f"{band_role}에게 기대되는 역량을 기준으로 이력서를 분석했습니다.",
        "en": f"Your resume was read against what is expected of a {band_role}.",
    }[language]


def _fallback_strength(analysis: ResumeAnalysis, language: str, seed: str) -> tuple[list[dict], list[StrengthPick]]:
    """Nothing is demonstrated yet: build on the technology or area the resume leans on most."""
    knowledge = load_knowledge()
    techs = [t for t in analysis.technologies() if t.items("advanced", language)] + [
        t for t in analysis.skills if t.items("advanced", language)
    ]
    if techs:
        tech = techs[0]
        area_id = next((a for a in tech.areas if a in knowledge.areas), "programming_fundamentals")
        unit = next((u for u in analysis.units if tech in u.techs), None)
        pick = StrengthPick(knowledge.areas[area_id], tech, unit, None, 1)
    else:
        pick = StrengthPick(knowledge.areas["programming_fundamentals"], None, None, None, 0)
    path = strength_path(pick, analysis, language, seed)
    if path is None:
        area = pick.area
        path = {
            "type": "strength",
            "title": area.label(language),
            "description": area.why.get(language, area.label(language)),
            "reason": {
                "ko": "이력서에 적힌 경험을 바탕으로 가장 먼저 다질 기초입니다.",
                "en": "The foundation to build first, given the experience on your resume.",
            }[language],
            "resources": area.resources_for(analysis.role, language)[:3],
            "link": area.link_for(analysis.role),
        }
        path = finish_path(path, language)
    return [path], [pick]


def _fallback_weakness(analysis: ResumeAnalysis, language: str, seed: str) -> list[dict]:
    for area_id in ("testing", "monitoring", "system_design"):
        path = weakness_path(area_id, "important", True, analysis, language, seed, None)
        if path:
            return [path]
    return []
