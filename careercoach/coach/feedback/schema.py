"""The feedback document (DESIGN.md "Practice feedback") as pydantic models: the offline
evaluator's output and the structured-output schema an LLM is asked to fill."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class PointFeedback(BaseModel):
    point: str
    status: Literal["covered", "partial", "missing"]
    evidence: str = ""


class FollowUp(BaseModel):
    question: str = Field(min_length=1, max_length=500)
    target: str = Field(min_length=1, max_length=500)


class FeedbackContent(BaseModel):
    """What a producer (offline evaluator or LLM) writes; ids and provider are added around it."""

    language: Literal["ko", "en"] | None = None  # the pipeline records the language beside the content
    points: list[PointFeedback]
    coverage: float = Field(ge=0, le=1)
    grade: int = Field(ge=1, le=5)
    grade_reason: str = Field(min_length=1, max_length=600)
    strengths: list[str] = Field(default_factory=list, max_length=8)
    improvements: list[str] = Field(default_factory=list, max_length=8)
    factual_concerns: list[str] = Field(default_factory=list, max_length=8)
    model_answer: list[str] = Field(min_length=1, max_length=10)
    follow_up: FollowUp | None = None


class FeedbackDocument(FeedbackContent):
    answer_id: str | None = None
    session_id: str | None = None
    question_index: int | None = None
    parent_answer_id: str | None = None
    provider: str = "local"
    model: str = ""
    generated_at: str = ""
