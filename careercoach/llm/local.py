"""The offline provider: it runs the spec's own offline producer (for the resume kinds, the
offline coach). No network, no key, no cost, so the chain always ends with an answer."""

from __future__ import annotations

from careercoach.coach import MODEL_NAME
from careercoach.llm.base import OutputSpec, ProviderAnswer, ProviderError, Stopwatch, build_answer


class LocalProvider:
    name = "local"
    remote = False
    configured = True
    model = MODEL_NAME

    def __repr__(self) -> str:
        return "<LocalProvider local>"

    def answer(self, spec: OutputSpec, document, language: str, *, timeout: float | None = None) -> ProviderAnswer:
        stopwatch = Stopwatch()
        try:
            output = spec.offline(document, language)
        except Exception as exc:  # a bug in the producer must still end up in the trail
            raise ProviderError(
                "internal_error", f"offline producer failed: {type(exc).__name__}: {exc}", transient=False
            ) from exc
        payload = spec.validate(output, document)
        language = (output.get("language") if isinstance(output, dict) else None) or language
        return build_answer(
            payload=payload,
            language=language,
            provider=self.name,
            model=self.model,
            tokens_in=0,
            tokens_out=0,
            stopwatch=stopwatch,
        )
