from decimal import Decimal


def result_fields(*, job, answer) -> dict:
    """What every stored result records about its job and the provider that answered."""
    return {
        "resume": job.resume,
        "owner": job.owner,
        "language": job.language,
        "provider": answer.provider,
        "model": answer.model,
        "prompt_version": answer.prompt_version,
        "tokens_in": answer.tokens_in,
        "tokens_out": answer.tokens_out,
        "latency_ms": answer.latency_ms,
        "cost_usd": Decimal(str(round(answer.cost_usd, 6))),
        "fallback_trail": answer.trail,
        "resume_snapshot": job.snapshot,
        "cache_key": job.cache_key,
    }
