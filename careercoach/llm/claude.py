"""Anthropic's Messages API with a JSON-schema output format."""

from __future__ import annotations

from careercoach.llm._remote import RemoteProvider, error_for_status, retry_after_of, status_message
from careercoach.llm.base import ProviderError

MAX_OUTPUT_TOKENS = 8192


class ClaudeProvider(RemoteProvider):
    name = "claude"

    def _build_client(self):
        import anthropic

        return anthropic.Anthropic(
            api_key=self.api_key, base_url=self.base_url or None, timeout=self.timeout, max_retries=0
        )

    def _call(self, system, user, schema_model, timeout):
        import anthropic

        # messages.create with the same output_config that messages.parse would send: parse
        # raises on a near-miss answer and drops its text, which validation could repair.
        schema = anthropic.transform_schema(schema_model)
        message = self.client().messages.create(
            model=self.model,
            max_tokens=MAX_OUTPUT_TOKENS,
            system=system,
            messages=[{"role": "user", "content": user}],
            output_config={"format": {"type": "json_schema", "schema": schema}},
            timeout=timeout,
        )
        if message.stop_reason == "refusal":
            raise ProviderError("invalid_output", "model refused to answer")
        text = "".join(block.text for block in message.content if block.type == "text")
        return text, message.usage.input_tokens, message.usage.output_tokens

    def _error(self, exc):
        import anthropic

        if isinstance(exc, anthropic.APITimeoutError):
            return ProviderError("timeout", "no answer within the timeout")
        if isinstance(exc, anthropic.APIConnectionError):
            return ProviderError("unavailable", f"cannot reach {self.base_url or 'api.anthropic.com'}")
        if isinstance(exc, anthropic.APIStatusError):
            return error_for_status(exc.status_code, status_message(exc), retry_after_of(exc.response))
        return ProviderError("internal_error", f"{type(exc).__name__}: {exc}", transient=False)
