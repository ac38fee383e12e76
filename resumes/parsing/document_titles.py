"""The words a document is titled by ("이력서", "Resume", "Curriculum Vitae"): never the person's
name nor half of it. The name finder (contact.py, frontmatter.py) looks past such a title, and
the PDF title reader (pdftitle.py) does not join it to the name set above it in the same size.
One list for all of them, so a title one of them knows the others know too."""

from __future__ import annotations

import re

from resumes.parsing.lines import strip_icons

# Compared without spaces or case, so also letter-spaced as titles are set ("이 력 서", "R E S U M E").
DOCUMENT_TITLES = frozenset(
    {
        "이력서",
        "경력기술서",
        "자기소개서",
        "이력서및자기소개서",
        "이력서와자기소개서",
        "포트폴리오",
        "입사지원서",
        "coverletter",
        "resumeandcoverletter",
        "resume",
        "résumé",
        "curriculumvitae",
        "cv",
        "portfolio",
    }
)
_SPACE = re.compile(r"\s+")


def is_document_title(text: str) -> bool:
    """ "이 력 서", "RESUME", "Curriculum Vitae", "Resume:": the document's title, never the person's name."""
    return _SPACE.sub("", strip_icons(text)).lower().strip(".:：") in DOCUMENT_TITLES
