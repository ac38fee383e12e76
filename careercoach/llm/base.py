"""The contract every provider fulfils, so the chain can treat them alike, and the contract a
caller's output spec fulfils, so providers need to know nothing about what they generate."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel

from careercoach.llm.pricing import estimate_cost_usd

# Failures worth trying again later or elsewhere; the rest need a person to fix a setting.
TRANSIENT_CODES = frozenset({"rate_limited", "server_error", "timeout", "unavailable", "invalid_output"})


class ProviderError(Exception):
    """A provider could not give a valid answer; `code` is stable, the message is for logs."""

    def __init__(
        self, code: str, message: str = "", *, transient: bool | None = None, retry_after: float | None = None
    ):
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


class OutputSpec(Protocol):
    """What is to be generated. A generation kind (careercoach.generation.kinds) is one; the
    provider layer needs only these members, so it imports no app.

    `build_prompt(document, language)` gives (system, user); `validate(raw, document)` turns
    a raw answer (a pydantic model, a dict or text) into the payload dict or raises
    ProviderError("invalid_output"); `offline(document, language)` is what the offline
    provider answers, checked by the same `validate`."""

    label: Any
    what: str
    output_schema: type[BaseModel]
    prompt_version: str

    def build_prompt(self, document: Mapping, language: str) -> tuple[str, str]: ...

    def validate(self, raw: Any, document: Mapping) -> dict: ...

    def offline(self, document: Mapping, language: str) -> dict: ...


@runtime_checkable
class Provider(Protocol):
    """`answer` returns the payload already validated by `spec.validate`, with the answer's
    `language` added, or raises ProviderError. `language` is already resolved ("ko" or "en").
    `timeout` (seconds) lets the chain shorten a call to what is left of its time budget."""

    name: str
    model: str

    def answer(
        self, spec: OutputSpec, document: Mapping, language: str, *, timeout: float | None = None
    ) -> ProviderAnswer: ...


@dataclass
class Stopwatch:
    started: float = field(default_factory=time.perf_counter)

    def elapsed_ms(self) -> int:
        return int((time.perf_counter() - self.started) * 1000)


def build_answer(
    *, payload: dict, language: str, provider: str, model: str, tokens_in: int, tokens_out: int, stopwatch: Stopwatch
) -> ProviderAnswer:
    return ProviderAnswer(
        payload={"language": language, **payload},
        provider=provider,
        model=model,
        tokens_in=tokens_in,
        tokens_out=tokens_out,
        latency_ms=stopwatch.elapsed_ms(),
        cost_usd=estimate_cost_usd(model, tokens_in, tokens_out),
    )
