"""What a path recommends: study topics not already done, standard tools of an area, official
links, and the limits and casing every path is trimmed to."""

from __future__ import annotations

import re

from careercoach.coach import catalog
from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.candidates import role_match
from careercoach.coach.catalog import Technology
from careercoach.coach.checklist import foreign
from careercoach.coach.knowledge import Area
from careercoach.coach.naming import tech_label
from careercoach.coach.resume import EvidenceUnit
from careercoach.coach.text import has_hangul

SAFE_LINK_PREFIX = "https://"


def stack_text(unit: EvidenceUnit | None, analysis: ResumeAnalysis, language: str) -> str:
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


def area_tools(area: Area, analysis: ResumeAnalysis, limit: int = 1) -> list[Technology]:
    """Standard tools that define the area for this role, which the person does not list yet;
    cloud-vendor products only for the clouds the person already uses."""
    known = {t.id for t in analysis.technologies()} | {t.id for t in analysis.skills}
    vendors = {_vendor(t) for t in known} - {""}
    if {"aws", "gcp", "azure"} & known:
        vendors |= {"aws", "gcp", "azure"} & known
    popularity = _popularity()
    # A tool made for this area (JMeter is a load tester, not a unit-test framework), on the
    # person's platform (XCTest for an iOS developer, not Cypress), the most specific first.
    tools = [
        t
        for t in catalog.all_technologies()
        if t.areas
        and t.areas[0] == area.id
        and t.category in area.tech_categories
        and t.id not in known
        and t.docs
        and role_match(t, analysis.role)
        and not foreign(t.name, known)
        and (t.id in ("aws", "gcp", "azure") or not _vendor(t.id) or _vendor(t.id) in vendors)
    ]
    tools.sort(key=lambda t: (analysis.role not in t.roles, len(t.roles), -popularity.get(t.id, 0), t.id))
    return tools[:limit]


def safe_link(*urls: str) -> str:
    for url in urls:
        if isinstance(url, str) and url.startswith(SAFE_LINK_PREFIX):
            return url
    return ""


_COMMON_WORDS = {
    "with",
    "and",
    "the",
    "for",
    "from",
    "into",
    "using",
    "based",
    "between",
    "data",
    "design",
    "mode",
    "model",
    "models",
    "time",
    "level",
    "testing",
    "tests",
    "cluster",
    "clusters",
    "service",
    "services",
    "application",
    "performance",
    "async",
    "state",
    "custom",
    "native",
    "multi",
    "real",
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


def advanced_topics(tech: Technology, language: str, resume_text: str = "") -> list[str]:
    items = [i for i in tech.items("advanced", language) if has_hangul(i) == (language == "ko")]
    fresh = [i for i in items if not _already_done(i, resume_text)]
    return fresh + [i for i in items if i not in fresh]


def resume_text(analysis: ResumeAnalysis) -> str:
    parts = [analysis.summary]
    for unit in analysis.units:
        parts.append(unit.description)
        parts += [a.text for a in unit.achievements]
        parts += list(unit.written.values()) + unit.unknown_stack
    parts += analysis.unknown_skills + [t.name for t in analysis.skills]
    return " ".join(parts).lower()


def topic_name(resource: str) -> str:
    """A study resource as a topic name: "최적화 전에 측정하기: 기준선과 백분위 지표" reads
    inside a sentence as "최적화 전에 측정하기"."""
    head = resource.split(":", 1)[0].strip()
    return head if len(head) >= 4 else resource


def re_name(tech: Technology) -> str:
    return re.sub(r"\s*\([^)]*\)\s*$", "", tech.name) or tech.name


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def finish_path(path: dict, language: str) -> dict:
    """Trim to the schema's limits; English sentences start with a capital letter."""
    for key, limit in (("title", 200), ("description", 1200), ("reason", 1200)):
        value = path[key]
        if language == "en":
            value = sentence_case(value)
        path[key] = value[:limit]
    path["resources"] = [r[:300] for r in path["resources"] if r][:8]
    return path
