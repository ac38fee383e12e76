"""Split resume lines into sections by their headings, in Korean and English.

A heading is a short line that, once its decorations are gone ("■ 경력", "[경력사항]",
"EXPERIENCE", "Work Experience:", "E X P E R I E N C E", "경력 (총 1년 2개월)"), is one of
the known names. Headings the draft has no field for (languages, interests, ...) still end
the section before them, so their lines do not leak into it.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz, process

from resumes.parsing.lines import HEADING, Line
from resumes.parsing.section_names import (  # noqa: F401 (the section names are used as sections.WORK)
    ACTIVITIES,
    CERTIFICATIONS,
    CONTACT,
    EDUCATION,
    HEADER,
    IGNORED,
    NAMES,
    PROJECTS,
    SKILLS,
    SUMMARY,
    WORK,
)


def _key(text: str) -> str:
    return re.sub(r"[\s_]+", "", text).lower()


_KEYS = {_key(name): section for section, names in NAMES.items() for name in names}
_DECORATION = "■□▣▶►▷▸●○◆◇◈★☆#*=~|:：•·<>[]【】〔〕「」『』《》〈〉_-–—. "
_TRAILING_NOTE = re.compile(
    r"\s*(?:\([^)]*\)|（[^）]*）|(?:총\s*)?\d+\s*(?:년|개월|years?|months?|yrs?|mos?)"
    r"(?:\s*\d+\s*(?:개월|months?|mos?))?)\s*$",
    re.IGNORECASE,
)
_JOIN = re.compile(r"\s*(?:&|/|·|,|\+|\band\b|\s및\s)\s*", re.IGNORECASE)
_HEADING_MARKERS = set("■□▣▶►▷▸●○◆◇◈★☆#")
_NUMBERING = re.compile(r"^(?:\(?\d{1,2}[.)]?|[①-⑳])$")
MAX_HEADING_CHARS = 40
FUZZY_CUTOFF = 88
# Headings from the document's own structure that are not section names title an entry
# (a company, a project); a <summary> (level 7 and deeper) never opens a section.
MAX_SECTION_LEVEL = 6


def heading_of(line: Line) -> str | None:
    """The section a line opens, or None when it is not a heading."""
    if not line.text or len(line.text) > MAX_HEADING_CHARS:
        return None
    if line.kind == HEADING:
        return None if line.level > MAX_SECTION_LEVEL else lexicon_section(line.flat)
    if line.bullet and line.marker not in _HEADING_MARKERS and not _NUMBERING.match(line.marker):
        return None
    return _known_section(line.flat)


def lexicon_section(text: str) -> str | None:
    """A structural heading's section: the lexicon, then a close spelling ("Work Experiences",
    "Technical Skils") by rapidfuzz."""
    found = _known_section(text)
    if found is not None:
        return found
    key = _key(_strip_decoration(_TRAILING_NOTE.sub("", _without_symbols(text))))
    if len(key) < 4:
        return None
    match = process.extractOne(key, _KEYS.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return _KEYS[match[0]] if match else None


def _without_symbols(text: str) -> str:
    """Emoji and icons off a heading ("🔨 Skills", "💼 경력")."""
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "SC" and ch not in "\ufe0f\u200d")
    return kept.strip()


def _known_section(flat: str) -> str | None:
    text = _TRAILING_NOTE.sub("", _without_symbols(flat))
    text = _strip_decoration(text)
    found = _KEYS.get(_key(text))
    if found is None:
        # Two section names joined: "Activities & Awards", "자격증 및 수상", "학력 / Education".
        pieces = [p for p in _JOIN.split(text) if p.strip()]
        sections = [_KEYS.get(_key(piece)) for piece in pieces]
        if len(pieces) > 1 and all(sections):
            found = sections[0]
    return found


def _strip_decoration(text: str) -> str:
    stripped = text.strip(_DECORATION)
    # Numbering: "1. 경력", "02 프로젝트", "II. Education".
    stripped = re.sub(r"^(?:\d{1,2}|[IVX]{1,4})(?:[.)]\s*|\s+)", "", stripped)
    return stripped.strip(_DECORATION) or text


def split_sections(lines: list[Line]) -> tuple[list[tuple[str, list[Line]]], list[str]]:
    """Sections in document order as (section, lines); a section may appear more than once.

    Also returns the heading texts seen, for the warning about missing sections.
    """
    sections: list[tuple[str, list[Line]]] = [(HEADER, [])]
    headings: list[str] = []
    level = 0  # the structural level of the current section's heading, 0 when not known
    for line in lines:
        section = heading_of(line)
        if section is not None and not _is_skill_subheading(section, sections[-1][0], line, level):
            sections.append((section, []))
            headings.append(line.flat)
            level = line.level if line.kind == HEADING else 0
            continue
        if line.kind == HEADING and level and line.level <= level and line.level <= 2:
            # An unknown heading as high as the section's own ("## Hobbies") ends the section.
            sections.append((IGNORED if sections[-1][0] != HEADER else HEADER, [line]))
            level = line.level
            continue
        sections[-1][1].append(line)
    return sections, headings


def _is_skill_subheading(section: str, current: str, line: Line, level: int) -> bool:
    """ "Languages" or "기타" inside a skills section names a group of skills, not a new section,
    unless the document's own structure puts it on the skills heading's level."""
    if line.kind == HEADING and level and line.level <= level:
        return False
    return (
        current == SKILLS
        and section in (IGNORED, SKILLS)
        and _key(line.flat) in {"languages", "language", "언어", "기타", "etc", "기술", "stack", "skills"}
    )
