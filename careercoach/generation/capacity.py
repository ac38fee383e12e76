"""Jobs wait in the queue, they do not fail, while the hosted-LLM calls cap
(LLM_CALLS_PER_MINUTE, careercoach/llm/capacity.py) is reached."""

import random

from django.db.models import F
from django.utils import timezone

from careercoach.llm.breaker import OPEN, CircuitBreaker
from careercoach.llm.capacity import hosted_calls_room
from careercoach.llm.registry import provider_chain
from careercoach.metrics import LLM_CAPACITY_WAITS
from careercoach.models import GenerationJob


def _would_call_hosted(job) -> bool:
    breaker = CircuitBreaker()
    return any(
        getattr(p, "remote", True) and breaker.state(p.name) != OPEN for p in provider_chain(job.providers or None)
    )


def llm_capacity_wait(job) -> float | None:
    """None when the job may call providers now; else the seconds to wait, the job being put
    back in the queue with its attempt given back (waiting is not failing)."""
    room, left = hosted_calls_room()
    if room or not _would_call_hosted(job):
        return None
    GenerationJob.objects.filter(pk=job.pk).update(
        status=GenerationJob.Status.QUEUED,
        step=GenerationJob.Step.WAITING_FOR_CAPACITY,
        progress=5,
        attempts=F("attempts") - 1,
        updated_at=timezone.now(),
    )
    LLM_CAPACITY_WAITS.labels(job.kind).inc()
    return left + random.uniform(0, 5)  # spread the waiting jobs over the next window's start
