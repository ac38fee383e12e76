"""The offline coach: interview questions and learning plans from a resume, with no LLM.

Importable without Django settings; only the standard library, PyYAML and pydantic. The
public functions below are what the generation pipeline and `manage.py generate` call.
"""

from __future__ import annotations

MODEL_NAME = "offline-coach-1"

__all__ = ["MODEL_NAME", "generate_interview", "generate_learning", "resolve_language"]


def resolve_language(resume: dict, language: str = "auto") -> str:
    """'ko' or 'en': `language` when it is one of them, else the language the resume is written in."""
    from careercoach.coach.language import resolve_language as _resolve

    return _resolve(resume if isinstance(resume, dict) else {}, language)


def generate_interview(resume: dict, language: str = "auto") -> dict:
    """{"language", "questions"}: five questions valid for schemas.InterviewOutput."""
    from careercoach.coach.generate import interview

    return interview(resume, language)


def generate_learning(resume: dict, language: str = "auto") -> dict:
    """{"language", "analysis", "summary", "learning_paths"} valid for schemas.LearningOutput."""
    from careercoach.coach.generate import learning

    return learning(resume, language)
