from decimal import Decimal

from learning.models import LearningPlan


def learning_plan_create(*, job, answer) -> LearningPlan:
    """Store a validated answer as a learning plan; called once per job, under its lock."""
    payload = answer.payload
    return LearningPlan.objects.create(
        resume=job.resume,
        owner=job.owner,
        language=job.language,
        provider=answer.provider,
        model=answer.model,
        prompt_version=answer.prompt_version,
        tokens_in=answer.tokens_in,
        tokens_out=answer.tokens_out,
        latency_ms=answer.latency_ms,
        cost_usd=Decimal(str(round(answer.cost_usd, 6))),
        fallback_trail=answer.trail,
        resume_snapshot=job.snapshot,
        cache_key=job.cache_key,
        analysis=payload["analysis"],
        summary=payload["summary"],
        learning_paths=payload["learning_paths"],
    )
