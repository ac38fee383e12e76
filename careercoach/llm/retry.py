"""What the provider layer does after each kind of failure, so that a provider is neither
hammered nor given up on too early:

- rate_limited (429): the provider is not tried again, by any job in any process, until its
  Retry-After has passed, or LLM_RATE_LIMIT_DEFAULT_SECONDS (minutes, not seconds) when it
  sent none: providers that do not say usually mean a per-minute quota.
- server_error, unavailable (5xx, refused connections): tried again at once in the same chain
  after a jittered backoff (LLM_RETRY_BACKOFF_SECONDS, doubling, times 0.5 to 1.5), at most
  LLM_RETRY_SERVER_ERRORS times, and only while a useful attempt still fits the time budget.
- timeout: the same, but only when a whole LLM_TIMEOUT_SECONDS still fits: a retry with less
  time than the call that just timed out would time out too.
- invalid_output: asked again once with the validation errors in the prompt (RemoteProvider).
- auth (401/403): never retried, and the breaker opens at once: a wrong key does not fix
  itself, and every call until someone changes it would fail the same way.
"""

from __future__ import annotations

import random

from django.conf import settings

RETRIED_AT_ONCE = {"server_error", "unavailable", "timeout"}


def backoff_delay(retry_number: int, *, base: float | None = None, rng=random) -> float:
    """Seconds before retry number `retry_number` (from 0): base, 2 x base... times 0.5 to 1.5."""
    base = float(settings.LLM_RETRY_BACKOFF_SECONDS if base is None else base)
    return base * (2**retry_number) * rng.uniform(0.5, 1.5)


def should_retry(error, *, retries_done: int, remaining: float, timeout: float, min_share: float, delay: float) -> bool:
    if error.code not in RETRIED_AT_ONCE or retries_done >= settings.LLM_RETRY_SERVER_ERRORS:
        return False
    needed = timeout if error.code == "timeout" else min_share * timeout
    return remaining - delay >= needed


def invalid_output_retry_allowed(error, *, left: float, budget: float) -> bool:
    """Ask once more only for an unusable answer, and only with a useful share of time left."""
    return error.code == "invalid_output" and bool(settings.LLM_RETRY_INVALID_OUTPUT) and left >= max(1.0, 0.2 * budget)


def correction_prompt(user: str, errors: str) -> str:
    """The same request, with what was wrong with the first answer."""
    return (
        f"{user}\n\nYour previous answer was rejected for these reasons: {errors}\n"
        "Answer again with JSON in the requested shape that fixes exactly these problems."
    )


def after_failure(breaker, name: str, error) -> None:
    """Tell the breaker what this failure means beyond one more in a row."""
    if error.code == "rate_limited":
        wait = error.retry_after if error.retry_after and error.retry_after > 0 else None
        breaker.hold(name, wait or settings.LLM_RATE_LIMIT_DEFAULT_SECONDS)
    elif error.code == "auth":
        breaker.trip(name)
