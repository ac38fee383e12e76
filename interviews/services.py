from decimal import Decimal

from interviews.models import QuestionSet


def question_set_create(*, job, answer) -> QuestionSet:
    """Store a validated answer as a question set; called once per job, under its lock."""
    return QuestionSet.objects.create(
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
        questions=answer.payload["questions"],
    )
