"""Which language to answer in: the one the resume is written in, unless the caller forces one."""

from __future__ import annotations

from careercoach.coach.resume import evidence_units, prose_texts
from careercoach.coach.text import hangul_share

SUPPORTED = ("ko", "en")
# Korean prose mixes in many English technical terms, so a third of its letters in Hangul
# already means the person wrote in Korean.
KOREAN_SHARE = 0.3


def resume_language(resume: dict, units=None) -> str:
    if not isinstance(resume, dict):
        return "en"
    units = units if units is not None else evidence_units(resume)
    prose = " ".join(prose_texts(resume, units))
    if not prose.strip():
        # No sentences at all: fall back to names (a Korean name or company still tells).
        prose = " ".join(str(resume.get(k) or "") for k in ("name", "summary"))
        prose += " ".join(u.label for u in units)
    return "ko" if hangul_share(prose) >= KOREAN_SHARE else "en"


def resolve_language(resume: dict, language: str = "auto", units=None) -> str:
    """'ko' or 'en': forced by `language`, else the language of the resume's own sentences."""
    if isinstance(language, str) and language.strip().lower() in SUPPORTED:
        return language.strip().lower()
    return resume_language(resume, units)
