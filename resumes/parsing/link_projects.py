"""A project that is only a labelled link ("포트폴리오 ⇥ https://…", "GitHub: https://…").

A portfolio section often holds no project at all, just the address of the portfolio, written
as a label and its link. Read as a project, the label became its name. A "project" named by a
link word or by nothing, with nothing but the link, is the person's link: it fills the contact's portfolio or
GitHub address when those are empty, and is no project.
"""

from __future__ import annotations

from resumes.parsing.field_words import field_key, words

# Words that name a link rather than a project, beside the field lexicon's link words.
LINK_NAMES = frozenset(
    field_key(word)
    for word in (
        *words("github"),
        *words("demo"),
        *words("link"),
        "portfolio",
        "포트폴리오",
        "blog",
        "블로그",
        "notion",
        "노션",
        "site",
        "사이트",
        "웹사이트",
    )
)
_CONTENT = ("duration", "description", "tech_stack", "key_achievements", "architecture_highlights")


def without_link_projects(draft: dict) -> dict:
    """The draft with each link-only project moved to the contact's links."""
    kept = []
    for project in draft["personal_projects"]:
        if not _link_only(project):
            kept.append(project)
            continue
        contact = draft["contact"]
        if project["github_url"] and not contact.get("github"):
            contact["github"] = project["github_url"]
        if project["demo_url"] and not contact.get("portfolio"):
            contact["portfolio"] = project["demo_url"]
    draft["personal_projects"] = kept
    return draft


def _link_only(project: dict) -> bool:
    name = field_key(project.get("name") or "")
    linked = project.get("github_url") or project.get("demo_url")
    return bool((not name or name in LINK_NAMES) and linked) and not any(project.get(key) for key in _CONTENT)
