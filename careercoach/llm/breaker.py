"""A circuit breaker per provider, kept in the Django cache so web and worker processes (with
Redis or the database cache) agree on which provider is down.

closed: calls go through; each failure adds to a counter, a success clears it.
open: after LLM_BREAKER_FAILURES consecutive failures, calls are skipped for
LLM_BREAKER_COOLDOWN_SECONDS.
half-open: after the cooldown exactly one caller gets a trial call (cache.add is the lock);
its success closes the breaker, its failure opens it for another cooldown.
held: a provider that answered 429 is not called until its Retry-After has passed (hold());
one that rejected the key opens at once (trip()). See retry.py.

The breaker only saves time, so it fails open: when the cache itself is broken (a missing
cache table, Redis down) every call goes through and state() says "unknown".
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)

CLOSED, OPEN, HALF_OPEN, UNKNOWN = "closed", "open", "half_open", "unknown"


def _fail_open(default):
    def wrap(method):
        @functools.wraps(method)
        def guarded(self, name, *args, **kwargs):
            try:
                return method(self, name, *args, **kwargs)
            except Exception as exc:  # any cache backend error: DatabaseError, redis errors...
                logger.warning(
                    "circuit breaker cache failed in %s for %s: %s: %s", method.__name__, name, type(exc).__name__, exc
                )
                return default

        return guarded

    return wrap


class CircuitBreaker:
    def __init__(
        self,
        *,
        failures: int | None = None,
        cooldown: float | None = None,
        clock: Callable[[], float] = time.time,
        cache_alias: str = "default",
        prefix: str = "llm:breaker",
        trial_seconds: float | None = None,
    ):
        if failures is None:
            failures = getattr(settings, "LLM_BREAKER_FAILURES", 3)
        if cooldown is None:
            cooldown = getattr(settings, "LLM_BREAKER_COOLDOWN_SECONDS", 60)
        self.threshold = max(1, int(failures))
        self.cooldown = float(cooldown)
        # Wall-clock time, because the timestamps are compared across processes.
        self.clock = clock
        self.cache = caches[cache_alias]
        self.prefix = prefix
        # A trial claim outlives one call, so a worker that dies mid-trial blocks no one for long.
        self.trial_seconds = trial_seconds or float(getattr(settings, "LLM_TIMEOUT_SECONDS", 60)) + 30
        # What the breaker remembers expires after this: failures further apart are not
        # "consecutive", and a breaker nobody asked about for that long starts closed again.
        self.memory_seconds = max(self.cooldown * 10, 600)

    def _key(self, name: str, part: str) -> str:
        return f"{self.prefix}:{name}:{part}"

    @_fail_open(0.0)
    def held_for(self, name: str) -> float:
        """Seconds left of a hold (a 429's Retry-After), 0 when none."""
        until = self.cache.get(self._key(name, "held_until"))
        return max(0.0, until - self.clock()) if until is not None else 0.0

    @_fail_open(None)
    def hold(self, name: str, seconds: float) -> None:
        """Call no one for `seconds`; a longer hold already in place stays."""
        until = self.clock() + float(seconds)
        if until > (self.cache.get(self._key(name, "held_until")) or 0):
            self.cache.set(self._key(name, "held_until"), until, timeout=int(seconds) + 5)

    @_fail_open(None)
    def trip(self, name: str) -> None:
        """Open now, whatever the count of failures (a rejected API key)."""
        self.cache.set(self._key(name, "opened_at"), self.clock(), timeout=self.memory_seconds)
        self.cache.delete(self._key(name, "trial"))

    @_fail_open(UNKNOWN)
    def state(self, name: str) -> str:
        # Both keys in one round trip: every job asks before every provider call.
        held_key, opened_key = self._key(name, "held_until"), self._key(name, "opened_at")
        values = self.cache.get_many([held_key, opened_key])
        until = values.get(held_key)
        if until is not None and until - self.clock() > 0:
            return OPEN
        opened_at = values.get(opened_key)
        if opened_at is None:
            return CLOSED
        return OPEN if self.clock() - opened_at < self.cooldown else HALF_OPEN

    @_fail_open(0)
    def failures(self, name: str) -> int:
        return int(self.cache.get(self._key(name, "failures")) or 0)

    @_fail_open(True)
    def allow(self, name: str) -> bool:
        """May the caller try this provider now? In half-open state only the first asker may."""
        state = self.state(name)
        if state in (CLOSED, UNKNOWN):
            return True
        if state == OPEN:
            return False
        return self.cache.add(self._key(name, "trial"), 1, timeout=self.trial_seconds)

    @_fail_open(None)
    def release(self, name: str) -> None:
        """Give back a half-open trial that was granted but not used."""
        self.cache.delete(self._key(name, "trial"))

    @_fail_open(None)
    def record_success(self, name: str) -> None:
        self.cache.delete_many([self._key(name, part) for part in ("failures", "opened_at", "trial")])

    @_fail_open(None)
    def record_failure(self, name: str) -> None:
        opened_key = self._key(name, "opened_at")
        opened_at = self.cache.get(opened_key)
        now = self.clock()
        if opened_at is not None:
            if now - opened_at >= self.cooldown:  # the half-open trial failed
                self.cache.set(opened_key, now, timeout=self.memory_seconds)
                self.cache.delete(self._key(name, "trial"))
            return
        if self._count_failure(name) >= self.threshold:
            self.cache.add(opened_key, now, timeout=self.memory_seconds)

    def _count_failure(self, name: str) -> int:
        key = self._key(name, "failures")
        self.cache.add(key, 0, timeout=self.memory_seconds)
        try:
            return self.cache.incr(key)
        except ValueError:  # expired between add and incr
            self.cache.set(key, 1, timeout=self.memory_seconds)
            return 1
