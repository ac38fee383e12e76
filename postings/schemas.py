"""The fit report contract of DESIGN.md as pydantic models: the JSON schema handed to a hosted
model and the check every answer (hosted or offline) passes before it is stored."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class FitItem(_Strict):
    skill: str = Field(min_length=1, max_length=200)
    status: Literal["shown", "related", "missing"]
    evidence: str = Field(default="", max_length=600)


class FitOutput(_Strict):
    required: list[FitItem] = Field(max_length=60)
    preferred: list[FitItem] = Field(max_length=60)
    years_required: int | None = Field(default=None, ge=0, le=40)
    years_shown: float | None = Field(default=None, ge=0, le=60)
    score: int = Field(ge=0, le=100)
    score_explained: str = Field(min_length=1, max_length=1200)
    prepare_first: list[str] = Field(min_length=3, max_length=3)
