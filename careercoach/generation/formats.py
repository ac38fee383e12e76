import re

from pydantic import BaseModel, Field

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|])")


def iso(moment) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def markdown_escape(text) -> str:
    """Resume and model text is data: escape what Markdown or an HTML renderer would act on."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text or ""))


def result_meta(result) -> dict:
    return {
        "provider": result.provider,
        "model": result.model,
        "language": result.language,
        "prompt_version": result.prompt_version,
        "usage": {
            "tokens_in": result.tokens_in,
            "tokens_out": result.tokens_out,
            "latency_ms": result.latency_ms,
            "estimated_cost_usd": float(result.cost_usd),
        },
        "fallback_trail": result.fallback_trail,
    }


class Usage(BaseModel):
    tokens_in: int = Field(ge=0)
    tokens_out: int = Field(ge=0)
    latency_ms: int = Field(ge=0)
    estimated_cost_usd: float = Field(ge=0)


class ProviderAttempt(BaseModel):
    """One provider tried (or skipped) on the way to the answer, in order."""

    provider: str
    model: str
    outcome: str = Field(description='"ok", or why the provider gave no valid answer (e.g. timeout, invalid_output)')
    latency_ms: int
    error: str


class ResultMeta(BaseModel):
    """`result_meta` in the API's documents (OpenAPI, careercoach/api/schema.py); a kind's
    document model adds its ids and content."""

    provider: str
    model: str
    language: str
    prompt_version: str
    usage: Usage
    fallback_trail: list[ProviderAttempt]
