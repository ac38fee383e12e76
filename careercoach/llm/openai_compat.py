"""OpenAI and every server that speaks its chat-completions API (Ollama, vLLM, LM Studio...)."""

from __future__ import annotations

import functools

from careercoach.llm._remote import RemoteProvider, error_for_status, retry_after_of, status_message
from careercoach.llm.base import ProviderError


@functools.cache
def response_format(schema_model) -> dict:
    """The `response_format` the SDK's `parse` sends for `schema_model` (strict JSON schema),
    built once per model."""
    from openai.lib._parsing._completions import type_to_response_format_param

    return type_to_response_format_param(schema_model)


class OpenAICompatProvider(RemoteProvider):
    name = "openai"

    @property
    def configured(self) -> bool:
        # Self-hosted compatible servers take any key, so a base URL alone is enough.
        return bool(self.api_key or self.base_url)

    def _build_client(self):
        import openai

        return openai.OpenAI(
            api_key=self.api_key or "not-needed", base_url=self.base_url or None, timeout=self.timeout, max_retries=0
        )

    def _call(self, system, user, schema_model, timeout):
        # The SDK's `parse` rebuilds the JSON schema from the pydantic model and walks the
        # whole request through its type transforms on every call: a third of a job's CPU in a
        # worker, spent before the request leaves, while every other thread waits for the GIL
        # (bench/jobs.py). The same request, with the schema built once per model, goes through
        # the client's documented `post` for custom requests; errors are the SDK's as before.
        body = self.client().post(
            "/chat/completions",
            cast_to=object,
            body={
                "model": self.model,
                "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
                "response_format": response_format(schema_model),
            },
            options={"timeout": timeout},
        )
        if not isinstance(body, dict):
            raise ProviderError("invalid_output", "answer is not a JSON object")
        choices = body.get("choices") or []
        message = choices[0].get("message") if isinstance(choices[0] if choices else None, dict) else None
        if not isinstance(message, dict):
            raise ProviderError("invalid_output", "answer has no choices")
        if message.get("refusal"):
            raise ProviderError("invalid_output", f"model refused: {str(message['refusal'])[:120]}")
        text, tokens_in, tokens_out = self._text_from_body(body)
        try:
            return schema_model.model_validate_json(text), tokens_in, tokens_out
        except ValueError:
            # Strict parsing failed; our validation can still repair the text.
            return text, tokens_in, tokens_out

    @staticmethod
    def _text_from_body(body: dict):
        choices = body.get("choices") or [{}]
        text = (choices[0].get("message") or {}).get("content") or ""
        usage = body.get("usage") or {}
        return text, int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)

    def _error(self, exc):
        import openai

        if isinstance(exc, openai.APITimeoutError):
            return ProviderError("timeout", "no answer within the timeout")
        if isinstance(exc, openai.APIConnectionError):
            return ProviderError("unavailable", f"cannot reach {self.base_url or 'api.openai.com'}")
        if isinstance(exc, openai.APIStatusError):
            return error_for_status(exc.status_code, status_message(exc), retry_after_of(exc.response))
        return ProviderError("internal_error", f"{type(exc).__name__}: {exc}", transient=False)
