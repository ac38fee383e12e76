"""Google's Gemini API through google-genai, with a response schema."""

from __future__ import annotations

from careercoach.llm._remote import RemoteProvider, error_for_status, retry_after_of
from careercoach.llm.base import ProviderError


class GeminiProvider(RemoteProvider):
    name = "gemini"

    def _build_client(self):
        from google import genai
        from google.genai import types

        options = types.HttpOptions(base_url=self.base_url or None, timeout=int(self.timeout * 1000))
        # No retry_options: google-genai then makes one attempt, like the other SDKs here.
        return genai.Client(api_key=self.api_key, http_options=options)

    def _call(self, system, user, schema_model, timeout):
        from google.genai import types

        config = types.GenerateContentConfig(
            system_instruction=system,
            response_mime_type="application/json",
            response_schema=schema_model,
            http_options=types.HttpOptions(timeout=max(1, int(timeout * 1000))),
        )
        response = self.client().models.generate_content(model=self.model, contents=user, config=config)
        usage = response.usage_metadata
        tokens_in = (usage.prompt_token_count or 0) if usage else 0
        # Thinking tokens are billed as output.
        tokens_out = ((usage.candidates_token_count or 0) + (usage.thoughts_token_count or 0)) if usage else 0
        if response.parsed is not None:
            return response.parsed, tokens_in, tokens_out
        text = response.text
        if not text:
            reason = response.candidates[0].finish_reason if response.candidates else "no candidates"
            raise ProviderError("invalid_output", f"empty answer (finish reason: {reason})")
        return text, tokens_in, tokens_out

    def _error(self, exc):
        import httpx2
        from google.genai import errors

        if isinstance(exc, errors.APIError):
            return error_for_status(
                exc.code, exc.message or exc.status or str(exc), retry_after_of(getattr(exc, "response", None))
            )
        if isinstance(exc, httpx2.TimeoutException):
            return ProviderError("timeout", "no answer within the timeout")
        if isinstance(exc, httpx2.TransportError):
            return ProviderError("unavailable", f"cannot reach {self.base_url or 'the Gemini API'}")
        return ProviderError("internal_error", f"{type(exc).__name__}: {exc}", transient=False)
