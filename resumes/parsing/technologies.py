"""The seam to the offline coach's technology catalog.

Everything the parser knows about technology names comes through here, so the catalog can
change (or be missing in a stripped-down install) without touching the parsing rules. Without
the catalog, names written in a skills or "Tech:" line are still read verbatim; only inference
(a tech stack from prose, sorting unlabelled skills) is skipped.
"""
from __future__ import annotations

import functools

# Catalog categories -> technical_skills keys of the resume format.
SKILL_KEY_BY_CATEGORY = {
    "language": "programming_languages",
    "framework": "frameworks",
    "library": "frameworks",
    "frontend": "frameworks",
    "mobile": "frameworks",
    "data": "frameworks",
    "ml": "frameworks",
    "api": "frameworks",
    "database": "databases",
    "messaging": "message_queue_caching",
    "cache": "message_queue_caching",
    "cloud": "cloud_platforms",
    "platform": "cloud_platforms",
    "container": "devops_tools",
    "orchestration": "devops_tools",
    "iac": "devops_tools",
    "ci_cd": "devops_tools",
    "monitoring": "monitoring_tools",
}
OTHER_SKILLS = "others"


@functools.lru_cache(maxsize=1)
def _catalog():
    try:
        from careercoach.coach import catalog
    except ImportError:
        return None
    return catalog


def mentioned_technologies(text: str) -> list[str]:
    """Canonical names of the technologies a text mentions, in order of first mention."""
    catalog = _catalog()
    if catalog is None or not text.strip():
        return []
    return [technology.name for technology in catalog.find_technologies(text)]


def skill_key(name: str) -> str | None:
    """The technical_skills key a technology name belongs under, None when it is unknown."""
    catalog = _catalog()
    technology = catalog.normalize_technology(name) if catalog is not None else None
    if technology is None:
        return None
    return SKILL_KEY_BY_CATEGORY.get(technology.category, OTHER_SKILLS)


def technology_key(name: str) -> str:
    """A comparable key: the catalog id when the name is known, else the folded name."""
    catalog = _catalog()
    technology = catalog.normalize_technology(name) if catalog is not None else None
    return technology.id if technology is not None else " ".join(name.lower().split())
