"""The generated-output contracts of DESIGN.md as pydantic models.

One definition serves three jobs: the JSON schema handed to each LLM SDK for structured
output, the validation of every answer (LLM or offline coach) before it is stored, and the
tests. Only the generated core lives here; ids, provider and timestamps are added by the
pipeline when a result is stored.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

QUESTION_TYPES = (
    "Implementation", "Trade-off", "Performance", "Reliability",
    "Scalability", "Quality", "Collaboration", "Business",
)
DIFFICULTIES = ("easy", "medium", "hard")
PATH_TYPES = ("strength", "weakness")

# Difficulty mix by experience band (DESIGN.md).
DIFFICULTY_MIX = {
    "junior": {"easy": 2, "medium": 2, "hard": 1},
    "mid": {"easy": 1, "medium": 3, "hard": 1},
    "senior": {"easy": 0, "medium": 2, "hard": 3},
}


def experience_band(total_months: int | None) -> str:
    months = total_months or 0
    if months < 24:
        return "junior"
    if months < 60:
        return "mid"
    return "senior"


QuestionType = Literal[
    "Implementation", "Trade-off", "Performance", "Reliability",
    "Scalability", "Quality", "Collaboration", "Business",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class Question(_Strict):
    type: QuestionType
    difficulty: Literal["easy", "medium", "hard"]
    topic: str = Field(min_length=1, max_length=200)
    question: str = Field(min_length=10, max_length=1200)
    what_good_answers_cover: list[str] = Field(min_length=2, max_length=4)
    source: str = Field(min_length=1, max_length=200)

    @field_validator("what_good_answers_cover")
    @classmethod
    def _covers_not_blank(cls, items: list[str]) -> list[str]:
        cleaned = [item.strip() for item in items]
        if any(not item or len(item) > 400 for item in cleaned):
            raise ValueError("each item must be 1-400 characters")
        return cleaned


class InterviewOutput(_Strict):
    questions: list[Question] = Field(min_length=5, max_length=5)


class Analysis(_Strict):
    strengths: list[str] = Field(min_length=1, max_length=8)
    weaknesses: list[str] = Field(min_length=1, max_length=8)


class LearningPath(_Strict):
    type: Literal["strength", "weakness"]
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(min_length=1, max_length=1200)
    reason: str = Field(min_length=1, max_length=1200)
    resources: list[str] = Field(min_length=1, max_length=8)
    link: str = Field(pattern=r"^https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?$", max_length=500)


class LearningOutput(_Strict):
    analysis: Analysis
    summary: str = Field(min_length=1, max_length=1200)
    learning_paths: list[LearningPath] = Field(min_length=3, max_length=8)

    @field_validator("learning_paths")
    @classmethod
    def _both_types(cls, paths: list[LearningPath]) -> list[LearningPath]:
        kinds = {p.type for p in paths}
        if kinds != {"strength", "weakness"}:
            raise ValueError("learning paths must include both strength and weakness types")
        return paths


OUTPUT_MODELS = {"interview": InterviewOutput, "learning": LearningOutput}
