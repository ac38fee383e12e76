from decimal import Decimal


def result_fields(*, job, answer) -> dict:
    """What every stored result records about its job and the provider that answered."""
    return {
        # Ids, not objects: reading job.resume and job.owner would cost the worker two queries.
        "resume_id": job.resume_id,
        "owner_id": job.owner_id,
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
