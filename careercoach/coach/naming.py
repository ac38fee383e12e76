"""How the coach names the person's own work: a technology as they spelled it, a job or project
as they titled it. Interview questions and learning paths both quote these."""

from __future__ import annotations

import re

from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.catalog import Technology
from careercoach.coach.phrasing import phrases, render_first
from careercoach.coach.resume import EvidenceUnit


def tech_label(tech: Technology | None, analysis: ResumeAnalysis, unit: EvidenceUnit | None = None) -> str:
    """A technology as the person wrote it (React Query, K8s), else the catalog's short name."""
    if tech is None:
        return ""
    recent_first = sorted(analysis.units, key=lambda u: u.end or (0, 0), reverse=True)
    for candidate in ([unit] if unit else []) + recent_first:
        spelling = candidate.written.get(tech.id) if candidate else None
        if spelling:
            return spelling
    return re.sub(r"\s*\([^)]*\)\s*$", "", tech.name) or tech.name


def anchor_text(unit: EvidenceUnit, language: str, seed: str) -> str:
    """The job or project named the way the person named it."""
    anchors = phrases("interview")["anchors"]
    if unit.kind == "work":
        key = (
            "work"
            if unit.name and unit.org
            else "work_no_org"
            if unit.name
            else "work_org_only"
            if unit.org
            else "work_position"
            if unit.position
            else "work_unnamed"
        )
    elif unit.kind == "education":
        key = "education" if unit.name and unit.org else "education_no_major"
    else:
        key = unit.kind
    slots = {"name": unit.name, "org": unit.org, "position": unit.position}
    text = render_first(anchors.get(key, {}).get(language, []), slots, seed, "anchor", unit.source)
    if text:
        return text
    return {"ko": "이력서에 적으신 경험", "en": "the experience on your resume"}[language]
