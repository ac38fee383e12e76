"""What the three hosted-API providers share: one lazily built client per provider object,
the prompt, and the checks on the answer. Each SDK module adds only its own call and errors.

`complete_json` is the one request every use makes (each generation kind, resume
extraction): a system and a user message in, JSON shaped by a pydantic model out, through the
SDK's native structured output. `answer` is that request for an OutputSpec: the spec writes
the prompt and judges the answer."""

from __future__ import annotations

import threading
from typing import NamedTuple

from pydantic import BaseModel

from careercoach.llm.base import OutputSpec, ProviderAnswer, ProviderError, Stopwatch, build_answer
from careercoach.llm.retry import correction_prompt, invalid_output_retry_allowed

DEFAULT_TIMEOUT_SECONDS = 60.0


class Completion(NamedTuple):
    """An answer before any check: the SDK's parsed model when it managed, else the text."""

    raw: object
    tokens_in: int
    tokens_out: int


class RemoteProvider:
    """Subclasses set `name`, implement `_build_client()` and `_call()`; `_call` returns
    (the parsed model or the answer's text, tokens_in, tokens_out) or raises the SDK's errors,
    which `_error()` maps to ProviderError."""

    name = ""
    remote = True

    def __init__(self, *, model: str, api_key: str = "", base_url: str = "", timeout: float = DEFAULT_TIMEOUT_SECONDS):
        self.model = model
        self.api_key = api_key or ""
        self.base_url = base_url or ""
        self.timeout = float(timeout or DEFAULT_TIMEOUT_SECONDS)
        self._client = None
        self._client_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}:{self.model} base_url={self.base_url or 'default'}>"

    @property
    def configured(self) -> bool:
        return bool(self.api_key)

    def client(self):
        """Built once and kept: SDK clients pool connections, and a google-genai client that
        goes out of scope mid-call is closed under the request."""
        if self._client is None:
            with self._client_lock:
                if self._client is None:
                    self._client = self._build_client()
        return self._client

    def complete_json(
        self, system: str, user: str, schema_model: type[BaseModel], *, timeout: float | None = None
    ) -> Completion:
        """One request for JSON in the shape of `schema_model`. The answer is not checked here:
        each caller validates it against its own contract, and the SDK's schema is a request
        that models do not always honour."""
        if not self.configured:
            raise ProviderError("not_configured", f"{self.name} has no API key set", transient=False)
        try:
            return Completion(*self._call(system, user, schema_model, timeout or self.timeout))
        except ProviderError:
            raise
        except Exception as exc:  # every SDK error class funnels through _error
            raise self._error(exc) from exc

    def answer(self, spec: OutputSpec, document, language: str, *, timeout: float | None = None) -> ProviderAnswer:
        if not self.configured:
            raise ProviderError("not_configured", f"{self.name} has no API key set", transient=False)
        system, user = spec.build_prompt(document, language)
        stopwatch = Stopwatch()
        budget = timeout or self.timeout
        raw, tokens_in, tokens_out = self.complete_json(system, user, spec.output_schema, timeout=budget)
        try:
            payload = spec.validate(raw, document)
        except ProviderError as exc:
            left = budget - stopwatch.elapsed_ms() / 1000
            if not invalid_output_retry_allowed(exc, left=left, budget=budget):
                raise
            # Asked once more with what was wrong (careercoach/llm/retry.py); both calls are billed.
            raw, more_in, more_out = self.complete_json(
                system, correction_prompt(user, exc.message), spec.output_schema, timeout=left
            )
            tokens_in, tokens_out = tokens_in + more_in, tokens_out + more_out
            payload = spec.validate(raw, document)
        return build_answer(
            payload=payload,
            language=language,
            provider=self.name,
            model=self.model,
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            stopwatch=stopwatch,
        )

    def _build_client(self):
        raise NotImplementedError

    def _call(self, system: str, user: str, schema_model: type[BaseModel], timeout: float):
        raise NotImplementedError

    def _error(self, exc: Exception) -> ProviderError:
        raise NotImplementedError


def error_for_status(status: int | None, message: str, retry_after: float | None = None) -> ProviderError:
    """HTTP status to our codes; shared so every provider names the same failure the same way."""
    if status in (401, 403):
        return ProviderError("auth", message, transient=False)
    if status == 429:
        return ProviderError("rate_limited", message, retry_after=retry_after)
    if status == 408:
        return ProviderError("timeout", message)
    if status is not None and status >= 500:
        return ProviderError("server_error", message)
    return ProviderError("bad_request", message, transient=False)


def status_message(exc) -> str:
    """The API's own sentence ("Incorrect API key provided") rather than the SDK's dump."""
    body = getattr(exc, "body", None)
    error = body.get("error", body) if isinstance(body, dict) else None
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])
    return str(getattr(exc, "message", "") or exc)


def retry_after_of(response) -> float | None:
    try:
        return float(response.headers.get("retry-after"))
    except (AttributeError, TypeError, ValueError):
        return None
