"""A plan names each job or project in full once per section (the strengths, the summary, the
paths), then refers to it briefly: "모빌리티원의 '사내 개발자 플랫폼(IDP)' 프로젝트" eight times
reads like a form letter."""

from __future__ import annotations

from careercoach.coach.analysis import ResumeAnalysis
from careercoach.coach.naming import anchor_text

_SAME = {
    "ko": {"project": "같은 프로젝트", "job": "같은 업무"},
    "en": {"project": "the same project", "job": "the same job"},
}


def _anchors(analysis: ResumeAnalysis, language: str) -> list[tuple[str, str]]:
    """(full anchor, name-only anchor) for every job and project, longest first."""
    found = []
    for unit in analysis.units:
        if unit.kind not in ("work", "project", "activity") or not unit.label:
            continue
        full = anchor_text(unit, language, analysis.seed)
        name = unit.name or unit.org
        if language == "ko":
            short = f"'{name}' 프로젝트" if full.endswith("프로젝트") else full
        else:
            short = f"the {name} project" if full.startswith("the ") and "project" in full else name
        if full and len(full) > 12:
            found.append((full, short if short and short != full else ""))
    return sorted(set(found), key=lambda pair: -len(pair[0]))


def _same(full: str, language: str) -> str:
    kind = "project" if ("프로젝트" in full or "project" in full.lower()) else "job"
    return _SAME[language][kind]


def shorten_repeats(
    texts: list[str], analysis: ResumeAnalysis, language: str, named_before: set[str] | None = None
) -> list[str]:
    """The texts of one section, in reading order: each anchor keeps its first mention (by name
    alone when an earlier section of the plan already named it in full), and later mentions
    become "같은 프로젝트" / "the same project". `named_before` collects the full mentions."""
    named_before = named_before if named_before is not None else set()
    anchors = _anchors(analysis, language)
    seen: set[str] = set()
    result = []
    for text in texts:
        for full, name_only in anchors:
            if full not in text:
                continue
            head, _, rest = text.partition(full)
            if full in seen:
                head, rest = "", text  # every mention in this text is a repeat
            else:
                seen.add(full)
                head += name_only if full in named_before and name_only else full
            # English names are short enough to repeat; Korean anchors carry the company too.
            brief = name_only if language == "en" and name_only else _same(full, language)
            text = head + rest.replace(full, brief)
            text = text.replace("같은 프로젝트 등", "같은 프로젝트").replace("같은 업무 등", "같은 업무")
        result.append(text)
    named_before |= seen
    return result
