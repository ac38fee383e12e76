"""A global cap on hosted-LLM calls per minute, shared by every worker through the cache.

Each call to a hosted provider is counted in a one-minute window (the offline coach is not).
The pipeline asks before a job starts generating: when the window is full the job goes back
to the queue until the next window instead of failing (careercoach/generation/capacity.py).
A job that has started makes its calls (fallbacks, retries) even if that passes the cap, so
the cap can be passed by about as many calls as jobs start at the same moment."""

import time

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60


def _key(now: float) -> str:
    return f"llm:calls:{int(now // WINDOW_SECONDS)}"


def hosted_call_record(*, now: float | None = None) -> int:
    now = time.time() if now is None else now
    key = _key(now)
    try:
        # The window's key exists for all but its first call: count first, create on a miss
        # (one round trip fewer per call than creating it every time).
        try:
            return cache.incr(key)
        except ValueError:
            if cache.add(key, 1, timeout=WINDOW_SECONDS * 2):
                return 1
            return cache.incr(key)  # another caller created it meanwhile
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=WINDOW_SECONDS * 2)
        return 1
    except Exception:  # the cap only protects a budget; a broken cache must not stop jobs
        return 0


def hosted_calls_room(*, now: float | None = None) -> tuple[bool, int]:
    """(may another job start calling now, seconds until the window turns)."""
    now = time.time() if now is None else now
    cap = settings.LLM_CALLS_PER_MINUTE
    left = max(1, WINDOW_SECONDS - int(now % WINDOW_SECONDS))
    if cap <= 0:
        return True, left
    try:
        used = int(cache.get(_key(now)) or 0)
    except Exception:
        return True, left
    return used < cap, left
