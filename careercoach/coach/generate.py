"""Entry points behind the public API: analyze once, pick the language, build the output."""

from __future__ import annotations

from careercoach.coach.analysis import analyze
from careercoach.coach.interview import generate_questions
from careercoach.coach.language import resolve_language


def interview(resume: dict, language: str = "auto") -> dict:
    resume = resume if isinstance(resume, dict) else {}
    analysis = analyze(resume)
    lang = resolve_language(resume, language, analysis.units)
    return {"language": lang, "questions": generate_questions(analysis, lang)}


def learning(resume: dict, language: str = "auto") -> dict:
    from careercoach.coach.learning import generate_plan

    resume = resume if isinstance(resume, dict) else {}
    analysis = analyze(resume)
    lang = resolve_language(resume, language, analysis.units)
    return {"language": lang, **generate_plan(analysis, lang)}
