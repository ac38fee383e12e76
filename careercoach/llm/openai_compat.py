"""OpenAI and every server that speaks its chat-completions API (Ollama, vLLM, LM Studio...)."""

from __future__ import annotations

from careercoach.llm._remote import RemoteProvider, error_for_status, retry_after_of, status_message
from careercoach.llm.base import ProviderError


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
        raw = self.client().chat.completions.with_raw_response.parse(
            model=self.model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
            response_format=schema_model,
            timeout=timeout,
        )
        try:
            completion = raw.parse()
        except Exception:
            # The SDK's own parse is strict; our validation can still repair the text.
            return self._text_from_body(raw.http_response.json())
        message = completion.choices[0].message if completion.choices else None
        if message is None:
            raise ProviderError("invalid_output", "answer has no choices")
        if message.refusal:
            raise ProviderError("invalid_output", f"model refused: {message.refusal[:120]}")
        usage = completion.usage
        tokens = (usage.prompt_tokens, usage.completion_tokens) if usage else (0, 0)
        return (message.parsed if message.parsed is not None else message.content or ""), *tokens

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
