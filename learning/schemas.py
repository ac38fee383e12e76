"""The learning plan (docs/ARCHITECTURE.md, "Output contracts") as pydantic models: the JSON
schema sent to each LLM SDK, the check on every answer before it is stored, and the tests'
contract."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

PATH_TYPES = ("strength", "weakness")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


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
