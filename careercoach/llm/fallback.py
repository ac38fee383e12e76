"""The loop shared by generation (chain.py) and resume extraction (resumes.extraction): providers in
order, each skipped when the time budget is spent or its circuit breaker is open, the first
valid answer wins, and every attempt, skipped or made, goes into a trail. What happens after
each kind of failure (wait out a 429, back off and retry a 5xx, never retry a bad key) is in
retry.py."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from careercoach.llm.base import ProviderError, Stopwatch
from careercoach.llm.breaker import CircuitBreaker
from careercoach.llm.capacity import hosted_call_record
from careercoach.llm.retry import after_failure, backoff_delay, should_retry

logger = logging.getLogger(__name__)

# A remote attempt with less than this share of LLM_TIMEOUT_SECONDS left is not started.
MIN_ATTEMPT_SHARE = 0.2
# Outcomes that are not the provider's fault, so they do not count against its breaker.
NOT_COUNTED = {"not_configured", "circuit_open", "deadline"}


@dataclass
class FirstAnswer:
    """`answer` is what the winning attempt returned, None when every provider failed."""

    answer: object | None = None
    trail: list[dict] = field(default_factory=list)


def attempt_row(provider, outcome: str, latency_ms: int = 0, error: str = "") -> dict:
    return {
        "provider": provider.name,
        "model": model_of(provider),
        "outcome": outcome,
        "latency_ms": latency_ms,
        "error": error[:200],
    }


def model_of(provider) -> str:
    try:
        return str(provider.model)
    except Exception:  # the offline coach's module may fail to import; the trail still needs a row
        return ""


def as_provider_error(provider, exc: Exception) -> ProviderError:
    if isinstance(exc, ProviderError):
        logger.warning("LLM provider %s failed: %s (%s)", provider.name, exc.code, exc.message)
        return exc
    logger.exception("LLM provider %s raised an unexpected error", provider.name)
    return ProviderError("internal_error", f"{type(exc).__name__}: {exc}", transient=False)


def _try(provider, call, *, breaker, timeout, deadline, clock, sleep, trail):
    """One provider: a call, and the retries its failures allow (careercoach.llm.retry).
    Returns the answer, or None after a row in `trail` for each failed call."""
    remote = getattr(provider, "remote", True)
    retries = 0
    while True:
        remaining = deadline - clock()
        stopwatch = Stopwatch()
        if remote:
            hosted_call_record()  # the global calls-per-minute cap (capacity.py)
        try:
            answer = call(provider, min(timeout, remaining) if remote else None)
        except Exception as exc:  # a bug in one provider must not stop the others
            error = as_provider_error(provider, exc)
            trail.append(attempt_row(provider, error.code, stopwatch.elapsed_ms(), error.message))
            if not remote:
                return None
            if error.code in NOT_COUNTED:
                breaker.release(provider.name)
                return None
            breaker.record_failure(provider.name)
            after_failure(breaker, provider.name, error)
            delay = backoff_delay(retries)
            if not (
                should_retry(
                    error,
                    retries_done=retries,
                    remaining=deadline - clock(),
                    timeout=timeout,
                    min_share=MIN_ATTEMPT_SHARE,
                    delay=delay,
                )
                and breaker.allow(provider.name)
            ):
                return None
            sleep(delay)
            retries += 1
            continue
        if remote:
            breaker.record_success(provider.name)
        trail.append(attempt_row(provider, "ok", getattr(answer, "latency_ms", stopwatch.elapsed_ms())))
        return answer


def first_answer(
    providers: Iterable,
    call: Callable[[object, float | None], object],
    *,
    breaker: CircuitBreaker,
    timeout: float,
    deadline: float,
    clock: Callable[[], float],
    on_attempt: Callable[[str, int, int], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> FirstAnswer:
    """`call(provider, timeout)` makes one attempt and returns its answer or raises; `timeout`
    is what is left of the budget for a remote provider and None for the offline one, which
    needs no network and is never skipped for time. `deadline` is on `clock`'s scale."""
    chain = list(providers)
    trail: list[dict] = []
    for number, provider in enumerate(chain, start=1):
        remote = getattr(provider, "remote", True)
        remaining = deadline - clock()
        if remote and remaining < MIN_ATTEMPT_SHARE * timeout:
            left = f"{max(remaining, 0):.1f}s left of the time budget"
            trail.append(attempt_row(provider, "deadline", error=left))
            continue
        if remote and not breaker.allow(provider.name):
            trail.append(attempt_row(provider, "circuit_open", error="skipped: paused after failures or a 429"))
            continue
        if on_attempt is not None:
            on_attempt(provider.name, number, len(chain))
        answer = _try(
            provider, call, breaker=breaker, timeout=timeout, deadline=deadline, clock=clock, sleep=sleep, trail=trail
        )
        if answer is not None:
            return FirstAnswer(answer, trail)
    return FirstAnswer(None, trail)
