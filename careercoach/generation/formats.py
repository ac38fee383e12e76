import re

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
