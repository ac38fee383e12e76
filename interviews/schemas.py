"""The interview question set (docs/ARCHITECTURE.md, "Output contracts") as pydantic models.

One definition serves three jobs: the JSON schema handed to each LLM SDK for structured
output, the validation of every answer (LLM or offline coach) before it is stored, and the
tests. Only the generated core lives here; ids, provider and timestamps are added by the
pipeline when a result is stored."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from careercoach.coach.bands import DIFFICULTY_MIX, experience_band

__all__ = ["DIFFICULTY_MIX", "QUESTION_TYPES", "InterviewOutput", "Question", "experience_band"]

QUESTION_TYPES = (
    "Implementation",
    "Trade-off",
    "Performance",
    "Reliability",
    "Scalability",
    "Quality",
    "Collaboration",
    "Business",
)

QuestionType = Literal[
    "Implementation",
    "Trade-off",
    "Performance",
    "Reliability",
    "Scalability",
    "Quality",
    "Collaboration",
    "Business",
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
