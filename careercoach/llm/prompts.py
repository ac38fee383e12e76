"""Versioned prompt templates and the one place a resume is turned into a prompt.

The templates live in prompts/<kind>_<version>.txt with a [system] and a [user] part. A new
wording gets a new version file, so stored results can say which prompt made them.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from string import Template

from careercoach.schemas import DIFFICULTY_MIX, experience_band

PROMPT_VERSION = "v1"
TEMPLATE_DIR = Path(__file__).with_name("prompts")
LANGUAGE_NAMES = {"ko": "Korean", "en": "English"}
BAND_DESCRIPTIONS = {
    "junior": "junior, under 2 years of professional experience",
    "mid": "mid-level, 2 to 5 years of professional experience",
    "senior": "senior, 5 or more years of professional experience",
}
# Contact details add nothing to a question or a plan, so they never leave the server.
PRIVATE_FIELDS = ("name", "contact")


@cache
def _template(kind: str, version: str) -> tuple[Template, Template]:
    text = (TEMPLATE_DIR / f"{kind}_{version}.txt").read_text(encoding="utf-8")
    _, rest = text.split("[system]\n", 1)
    system, user = rest.split("\n[user]\n", 1)
    return Template(system.strip()), Template(user.strip())


def resolve_language(resume: dict, language: str | None) -> str:
    """"ko" or "en". `auto` (or anything unsupported) means the resume's own language, decided
    by the offline coach's rule so that hosted models and the coach never disagree."""
    requested = (language or "auto").strip().lower()
    if requested in LANGUAGE_NAMES:
        return requested
    from careercoach.coach import resolve_language as coach_rule

    return coach_rule(resume, "auto")


def resume_as_data(resume: dict) -> str:
    """The resume as JSON that cannot close its own <resume_data> tag: `<` and `>` are written
    as JSON escapes, which the model reads as the same characters."""
    shared = {k: v for k, v in resume.items() if k not in PRIVATE_FIELDS}
    text = json.dumps(shared, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


def build_prompt(kind: str, resume: dict, language: str, version: str = PROMPT_VERSION) -> tuple[str, str]:
    if kind not in ("interview", "learning"):
        raise ValueError(f"unknown kind {kind!r}")
    language = resolve_language(resume, language)
    months = resume.get("total_experience_months") or 0
    band = experience_band(months)
    mix = DIFFICULTY_MIX[band]
    values = {
        "band_description": BAND_DESCRIPTIONS[band],
        "months": months,
        "easy": mix["easy"],
        "medium": mix["medium"],
        "hard": mix["hard"],
        "language": language,
        "language_name": LANGUAGE_NAMES.get(language, language),
        "resume_json": resume_as_data(resume),
    }
    system, user = _template(kind, version)
    return system.substitute(values), user.substitute(values)
