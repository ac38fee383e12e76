"""The LLM provider layer: one interface over Gemini, OpenAI-compatible servers, Claude and
an offline producer, with circuit breakers and an ordered fallback. What to generate (prompt,
output schema, validator, offline producer) comes from an OutputSpec (base.py), in practice a
generation kind; this package imports no app (docs/ARCHITECTURE.md).

Callers need `generate_with_fallback` (chain.py), the fallback loop `first_answer` (fallback.py,
which resume extraction in resumes.extraction runs too) and the errors in base.py; the rest is
plumbing they rely on. This package imports no app.
"""
