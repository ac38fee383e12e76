"""Reading a pasted job posting, offline: its sections, the skills it requires and prefers,
and the years of experience it asks for.

    parse_posting(text) -> {"title", "company", "required_skills", "preferred_skills",
                            "years_required", "sections"}

Skills come only from the requirement and nice-to-have sections (자격요건 / 우대사항,
Requirements / Nice to have): a technology named only under 주요업무, the stack or the company
blurb is what the team uses, not what it asks of the applicant. Benefits, location, hiring
process and salary are kept as sections and never read. Skill names are the catalog's canonical
names; "A | B" means any one of them. All words are data (`data/postings.yaml`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from careercoach.coach.posting_lines import line_groups
from careercoach.coach.posting_skills import display_name, rules
from careercoach.coach.text import fold

MAX_POSTING_CHARS = 20_000
SKILL_KINDS = ("required", "preferred")
NOISE_KINDS = ("about", "benefits", "location", "process", "conditions", "salary")

_BULLET = re.compile(r"^\s*(?:[-•·*▪◦●○■□◆◇▶►▸✓✔※>+]+|\d{1,2}[.)](?!\d)|[①-⑳]|\(\d{1,2}\))\s*")
_DECOR = "[]【】〔〕<>《》()■□◆◇●○▶►▷▸#*=-–—•·※✔✅☑📌|:：/ \t"
_HEADING_NOISE = re.compile(r"[\s'’`\"]+")


@dataclass
class Section:
    kind: str
    heading: str
    lines: list[str] = field(default_factory=list)


def _compact(text: str) -> str:
    return _HEADING_NOISE.sub("", fold(text))


@functools.lru_cache(maxsize=1)
def _headings() -> list[tuple[str, str, str]]:
    """(compact alias, folded alias, kind), longest first: "Preferred qualifications" beats
    "qualifications"."""
    triples = [
        (_compact(alias), fold(alias), kind)
        for kind, aliases in (rules().config.get("headings") or {}).items()
        for alias in aliases
    ]
    return sorted(triples, key=lambda triple: len(triple[0]), reverse=True)


def heading_kind(line: str) -> tuple[str, str] | None:
    """(kind, rest) when `line` is a section heading; rest is content written after a colon."""
    stripped = line.strip()
    rest = ""
    colon = re.search(r"[:：]", stripped)
    if colon and 0 < colon.start() <= 30:
        stripped, rest = stripped[: colon.start()], stripped[colon.end() :].strip()
    head = re.sub(r"^\d{1,2}[.)]\s*", "", stripped.strip(_DECOR)).strip(_DECOR)
    if not head or len(head) > 40:
        return None
    compact, folded = _compact(head), fold(head)
    for alias, _, kind in _headings():
        if compact == alias:
            return kind, rest
    if rest:
        return None
    for alias, spelled, kind in _headings():
        # "우대사항 (해당 시)", "About Kestrel": the heading words, then a short remark.
        if (
            len(alias) >= 4
            and folded.startswith(spelled)
            and folded[len(spelled) :][:1] in (" ", "(", "/", "[")
            and len(folded) - len(spelled) <= 20
        ):
            return kind, ""
    return None


def _unknown_heading(line: str) -> bool:
    """A bracketed or boxed short line ("[이런 분을 찾아요]") we have no words for."""
    text = line.strip()
    boxed = re.match(r"^(\[[^\]]{2,30}\]|【[^】]{2,30}】|<[^>]{2,30}>|[■◆▶#]+\s*\S.{0,28}|[^\s:：].{1,28}[:：])$", text)
    return bool(boxed) and not re.search(r"\d{2,}", text)


def _kind_by_words(heading: str) -> str:
    folded = fold(heading)
    for kind, words in (rules().config.get("heading_words") or {}).items():
        if any(fold(word) in folded for word in words):
            return kind
    return "other"


def split_sections(text: str) -> list[Section]:
    sections = [Section("header", "")]
    for raw in _lines(text):
        found = heading_kind(raw)
        if found:
            sections.append(Section(found[0], raw.strip()))
            if found[1]:
                sections[-1].lines.extend(_items(found[1]))
        elif _unknown_heading(raw) and len(sections[-1].lines) + len(sections) > 1:
            sections.append(Section(_kind_by_words(raw), raw.strip()))
        else:
            sections[-1].lines.extend(_items(raw))
    return [s for s in sections if s.lines or s.kind != "header"]


def _lines(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text or "").replace("\r\n", "\n").replace("\r", "\n")
    return [line for line in text.split("\n") if line.strip()]


def _items(line: str) -> list[str]:
    """A line as list items: bullets removed, inline "• a • b" split."""
    parts = re.split(r"\s+[•▪◦]\s+", line) if re.search(r"\S\s+[•▪◦]\s+\S", line) else [line]
    items = []
    for part in parts:
        item = _BULLET.sub("", part).strip()
        if item:
            items.append(item[:500])
    return items


def _marked(line: str, names: str) -> bool:
    folded = fold(line)
    return any(fold(marker) in folded for marker in rules().config.get(names) or [])


def requirement_lines(sections: list[Section]) -> list[tuple[str, str]]:
    """(required|preferred, line) for every line that may name a skill, in posting order."""
    asked = [s for s in sections if s.kind in SKILL_KINDS]
    if not asked or not any(line_groups(line) for s in asked for line in s.lines):
        fallback = [s for s in sections if s.kind in ("other", "header")]
        asked = [
            Section("required", s.heading, s.lines[1:] if s.kind == "header" and len(s.lines) > 1 else s.lines)
            for s in fallback
        ]
        if not any(line_groups(line) for s in asked for line in s.lines):
            asked = [
                Section("required", s.heading, s.lines) for s in sections if s.kind in ("stack", "responsibilities")
            ]
    found = []
    for section in asked:
        for line in section.lines:
            kind = section.kind
            if kind == "required" and _marked(line, "preferred_markers"):
                kind = "preferred"
            elif kind == "preferred" and _marked(line, "required_markers"):
                kind = "required"
            found.append((kind, line))
    return found


def skill_groups(sections: list[Section]) -> dict[str, list[tuple[str, ...]]]:
    """Required and preferred skill groups, each once; a skill required is not also preferred."""
    result: dict[str, list[tuple[str, ...]]] = {"required": [], "preferred": []}
    seen: set[frozenset] = set()
    named: set[str] = set()
    for kind, line in sorted(requirement_lines(sections), key=lambda pair: pair[0] != "required"):
        for group in line_groups(line):
            if frozenset(group) in seen or (len(group) == 1 and group[0] in named):
                continue
            seen.add(frozenset(group))
            named.update(group)
            result[kind].append(group)
    return result


def group_name(group: tuple[str, ...]) -> str:
    return " | ".join(display_name(key) for key in group)


def parse_posting(text: str, *, title: str = "", company: str = "") -> dict:
    """The parsed posting in the contract's shape (DESIGN.md, `generate posting`)."""
    from careercoach.coach.posting_meta import guess_title_company, years_required

    text = (text or "")[:MAX_POSTING_CHARS]
    sections = split_sections(text)
    groups = skill_groups(sections)
    guessed_title, guessed_company = guess_title_company(sections)
    return {
        "title": (title or "").strip() or guessed_title,
        "company": (company or "").strip() or guessed_company,
        "required_skills": [group_name(g) for g in groups["required"]],
        "preferred_skills": [group_name(g) for g in groups["preferred"]],
        "years_required": years_required(sections),
        "sections": [{"kind": s.kind, "heading": s.heading, "lines": s.lines} for s in sections],
    }
