"""The LLM provider layer: one interface over Gemini, OpenAI-compatible servers, Claude and
the offline coach, with validation of every answer, circuit breakers and an ordered fallback.

Callers need `generate_with_fallback` (chain.py), `extract_resume` (extract.py, an uploaded
resume read by a hosted model) and the errors in base.py; the rest is plumbing they rely on.
"""
