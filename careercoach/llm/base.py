"""The contract every provider fulfils, so the chain can treat them alike."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from careercoach.llm.pricing import estimate_cost_usd

KINDS = ("interview", "learning")

# Failures worth trying again later or elsewhere; the rest need a person to fix a setting.
TRANSIENT_CODES = frozenset({"rate_limited", "server_error", "timeout", "unavailable", "invalid_output"})


class ProviderError(Exception):
    """A provider could not give a valid answer; `code` is stable, the message is for logs."""

    def __init__(self, code: str, message: str = "", *, transient: bool | None = None,
                 retry_after: float | None = None):
        self.code = code
        self.message = (message or code)[:300]
        self.transient = code in TRANSIENT_CODES if transient is None else transient
        self.retry_after = retry_after
        super().__init__(f"{code}: {self.message}")

    def __reduce__(self):
        # Celery and multiprocessing pickle exceptions; keep every attribute across the trip.
        return type(self), (self.code, self.message), dict(self.__dict__)


@dataclass(frozen=True)
class ProviderAnswer:
    payload: dict
    provider: str
    model: str
    tokens_in: int = 0
    tokens_out: int = 0
    latency_ms: int = 0
    cost_usd: float = 0.0


@runtime_checkable
class Provider(Protocol):
    """`generate` returns a payload already validated against careercoach.schemas, with the
    answer's `language` added, or raises ProviderError. `timeout` (seconds) lets the chain
    shorten a call to what is left of its time budget."""

    name: str
    model: str

    def generate(self, kind: str, resume: dict, language: str, *,
                 timeout: float | None = None) -> ProviderAnswer: ...


@dataclass
class Stopwatch:
    started: float = field(default_factory=time.perf_counter)

    def elapsed_ms(self) -> int:
        return int((time.perf_counter() - self.started) * 1000)


def check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")


def build_answer(*, payload: dict, language: str, provider: str, model: str, tokens_in: int,
                 tokens_out: int, stopwatch: Stopwatch) -> ProviderAnswer:
    return ProviderAnswer(
        payload={"language": language, **payload},
        provider=provider,
        model=model,
        tokens_in=tokens_in,
        tokens_out=tokens_out,
        latency_ms=stopwatch.elapsed_ms(),
        cost_usd=estimate_cost_usd(model, tokens_in, tokens_out),
    )
