"""The LLM provider layer: one interface over Gemini, OpenAI-compatible servers, Claude and
the offline coach, with validation of every answer, circuit breakers and an ordered fallback.

Callers need `generate_with_fallback` (chain.py) and the errors in base.py; the rest is
plumbing those two rely on.
"""
