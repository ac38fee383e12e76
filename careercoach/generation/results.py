from decimal import Decimal

from django.db import models


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


def as_links(queryset):
    """Results for a list of links (date, provider, language): without their JSON documents
    (the questions or plan, the resume snapshot, the fallback trail), which are most of each
    row and which a history list would otherwise read and decode ten at a time."""
    documents = [field.name for field in queryset.model._meta.concrete_fields if isinstance(field, models.JSONField)]
    return queryset.defer(*documents)
