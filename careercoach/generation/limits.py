"""Per-user hourly limits on generations.

Counted from the job rows themselves, under a lock on the user's row: exact under a burst
of concurrent presses on every database, and shared by web and API with no extra store
(DatabaseCache.incr, the embedded default cache, is not atomic). Cached answers are free."""
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from careercoach.generation.kinds import get_kind
from careercoach.models import GenerationJob

WINDOW = timedelta(hours=1)


@dataclass
class RateLimited(Exception):
    kind: str
    limit: int
    retry_after: int

    def __str__(self):
        return f"Limit of {self.limit} {self.kind} generations per hour reached."


def hourly_limit(kind: str) -> int:
    return get_kind(kind).hourly_limit()


def rate_limit_check(*, owner, kind: str) -> None:
    """Raise RateLimited when the user is at the limit. Call inside the creating transaction."""
    get_user_model().objects.select_for_update().filter(pk=owner.pk).first()
    since = timezone.now() - WINDOW
    counted = (
        GenerationJob.objects.filter(owner=owner, kind=kind, created_at__gte=since)
        .exclude(step=GenerationJob.Step.CACHED)
        .order_by("created_at")
        .values_list("created_at", flat=True)
    )
    limit = hourly_limit(kind)
    times = list(counted[: limit + 1])
    if len(times) >= limit:
        oldest = times[0]
        retry_after = max(1, int((oldest + WINDOW - timezone.now()).total_seconds()) + 1)
        raise RateLimited(kind=kind, limit=limit, retry_after=retry_after)
