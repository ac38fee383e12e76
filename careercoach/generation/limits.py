"""Per-user limits on generations: per kind and hour, and jobs running at once.

Counted from the job rows themselves, under a lock on the user's row: exact under a burst
of concurrent presses on every database, and shared by web and API with no extra store
(DatabaseCache.incr, the embedded default cache, is not atomic). Cached answers are free.
The per-IP limits are in careercoach/ratelimit.py, the hosted-LLM calls cap in
careercoach/llm/capacity.py."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from careercoach.generation.kinds import get_kind
from careercoach.metrics import LIMIT_REFUSALS
from careercoach.models import GenerationJob

WINDOW = timedelta(hours=1)


@dataclass
class RateLimited(Exception):
    kind: str
    limit: int
    retry_after: int
    scope: str = "user_hour"  # or "concurrent"

    def __str__(self):
        if self.scope == "concurrent":
            return f"{self.limit} generations are already running; wait for one to finish."
        return f"Limit of {self.limit} {self.kind} generations per hour reached."

    def details(self) -> dict:
        key = "concurrent_jobs" if self.scope == "concurrent" else "limit_per_hour"
        return {"scope": self.scope, key: self.limit, "retry_after": self.retry_after}

    def user_message(self) -> str:
        """What the web page says, with the wait."""
        if self.scope == "concurrent":
            return ngettext(
                "You already have %(limit)d generation running. Please wait about %(seconds)d seconds for it to finish.",
                "You already have %(limit)d generations running. Please wait about %(seconds)d seconds for one to finish.",
                self.limit,
            ) % {"limit": self.limit, "seconds": self.retry_after}
        minutes = max(1, self.retry_after // 60)
        return _(
            "You have reached the limit of %(limit)d generations an hour. "
            "Please try again in about %(minutes)d minutes."
        ) % {"limit": self.limit, "minutes": minutes}


def hourly_limit(kind: str) -> int:
    return get_kind(kind).hourly_limit()


def rate_limit_check(*, owner, kind: str) -> None:
    """Raise RateLimited when the user is at a limit. Call inside the creating transaction:
    the lock on the user's row makes both counts exact under concurrent presses."""
    get_user_model().objects.select_for_update().filter(pk=owner.pk).first()
    _concurrent_check(owner=owner, kind=kind)
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
        LIMIT_REFUSALS.labels("user_hour").inc()
        raise RateLimited(kind=kind, limit=limit, retry_after=retry_after)


def _concurrent_check(*, owner, kind: str) -> None:
    limit = settings.JOB_MAX_CONCURRENT_PER_USER
    if limit > 0 and GenerationJob.objects.active().filter(owner=owner).count() >= limit:
        LIMIT_REFUSALS.labels("concurrent").inc()
        raise RateLimited(kind=kind, limit=limit, retry_after=settings.JOB_CONCURRENT_RETRY_SECONDS, scope="concurrent")
