"""The LLM provider layer: one interface over Gemini, OpenAI-compatible servers, Claude and
the offline coach, with validation of every answer, circuit breakers and an ordered fallback.

Callers need `generate_with_fallback` (chain.py), the fallback loop `first_answer` (fallback.py,
which resume extraction in resumes.extraction runs too) and the errors in base.py; the rest is
plumbing they rely on. This package imports no app.
"""
