"""Try providers in order until one gives a valid answer, within one time budget.

Every attempt, skipped or made, goes into a trail that is stored with the result, so a person
can see why an answer came from the offline coach rather than from Gemini. Hosted providers
share a deadline of twice LLM_TIMEOUT_SECONDS: the first may use a whole timeout and the next
one still gets a whole one, after which nothing remote starts. The offline coach needs no
network and is never skipped for time.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Self

from careercoach.llm.base import OutputSpec, ProviderAnswer, ProviderError
from careercoach.llm.breaker import CircuitBreaker
from careercoach.llm.fallback import first_answer
from careercoach.llm.registry import provider_chain, timeout_seconds

REASONS = {
    "auth": "rejected the API key",
    "rate_limited": "is rate limited",
    "server_error": "had a server error",
    "timeout": "did not answer in time",
    "unavailable": "could not be reached",
    "invalid_output": "gave an unusable answer",
    "not_configured": "is not configured",
    "bad_request": "rejected the request",
    "circuit_open": "is paused after repeated failures",
    "deadline": "was not tried, out of time",
    "internal_error": "failed unexpectedly",
}
# Outcomes after which the same request may well succeed later.
TRANSIENT_OUTCOMES = {
    "rate_limited",
    "server_error",
    "timeout",
    "unavailable",
    "invalid_output",
    "circuit_open",
    "deadline",
}


@dataclass(frozen=True)
class ChainResult(ProviderAnswer):
    """A provider's answer with the trail of attempts that led to it and the prompt version it
    answered. Every run of the fallback loop reports these; a caller with more to say subclasses
    it rather than copying the fields."""

    trail: list = field(default_factory=list)
    prompt_version: str = ""

    @classmethod
    def of(cls, answer: ProviderAnswer, trail: list, prompt_version: str, **changes) -> Self:
        """`answer`'s fields, then `trail` and `prompt_version`; `changes` replaces a field (a
        payload worked on after validation) or fills a subclass's own."""
        fields = {f.name: getattr(answer, f.name) for f in dataclasses.fields(ProviderAnswer)}
        return cls(**{**fields, "trail": trail, "prompt_version": prompt_version, **changes})


class AllProvidersFailed(ProviderError):
    """No provider answered. The message is written for the person waiting for the result;
    `trail` has the details and `transient` says whether trying again later may help."""

    def __init__(self, trail: list[dict], what: str = "the result"):
        self.trail = trail
        self.what = str(what)
        reasons = "; ".join(f"{a['provider']} {REASONS.get(a['outcome'], a['outcome'])}" for a in trail)
        transient = any(a["outcome"] in TRANSIENT_OUTCOMES for a in trail)
        advice = (
            "Please try again in a few minutes."
            if transient
            else "An administrator needs to check the AI provider settings."
        )
        message = f"No AI provider could generate {self.what} ({reasons or 'none configured'}). {advice}"
        super().__init__("all_providers_failed", message, transient=transient)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):
        return type(self), (self.trail, self.what)


def generate_with_fallback(
    spec: OutputSpec,
    document,
    language: str,
    providers: Iterable | None = None,
    on_attempt: Callable[[str, int, int], None] | None = None,
    *,
    breaker: CircuitBreaker | None = None,
    deadline_seconds: float | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> ChainResult:
    """Generate what `spec` describes (a generation kind) from `document` in `language` (already
    resolved, "ko" or "en") with the first provider that gives a valid answer.
    `on_attempt(provider_name, attempt_number, total)` is called before each call
    (attempt_number from 1), e.g. to show progress. Raises AllProvidersFailed."""
    chain = provider_chain() if providers is None else list(providers)
    breaker = breaker or CircuitBreaker()
    timeout = timeout_seconds()
    deadline = clock() + (deadline_seconds if deadline_seconds is not None else 2 * timeout)
    outcome = first_answer(
        chain,
        lambda provider, left: provider.answer(spec, document, language, timeout=left),
        breaker=breaker,
        timeout=timeout,
        deadline=deadline,
        clock=clock,
        on_attempt=on_attempt,
    )
    answer = outcome.answer
    if answer is not None:
        return ChainResult.of(answer, outcome.trail, spec.prompt_version)
    raise AllProvidersFailed(outcome.trail, spec.what)
