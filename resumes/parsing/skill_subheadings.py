"""A group label inside a skills section ("Languages", "기타"), told from a section heading.

"Languages" and "기타" name sections of their own (spoken languages, other matters), but under a
skills heading they name a group of skills; sections.py asks this before opening a section.
"""

from __future__ import annotations

from resumes.parsing.field_words import field_key
from resumes.parsing.lines import HEADING, Line
from resumes.parsing.section_names import IGNORED, SKILLS

GROUP_WORDS = frozenset({"languages", "language", "언어", "기타", "etc", "기술", "stack", "skills"})


def is_skill_subheading(section: str, current: str, line: Line, level: int) -> bool:
    """ "Languages" or "기타" inside a skills section names a group of skills, not a new section,
    unless the document's own structure puts it on the skills heading's level."""
    if line.kind == HEADING and level and line.level <= level:
        return False
    return current == SKILLS and section in (IGNORED, SKILLS) and field_key(line.flat) in GROUP_WORDS
