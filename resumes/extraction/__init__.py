"""Resume extraction by a hosted LLM: the text of an uploaded resume in, a draft in the resume
format out, with the values the text does not contain marked as guessed.

One entry point, `extract_resume(text, rule_draft=...)` (extract.py), which returns an
ExtractResult or None. The rest are its steps: the prompt (prompt.py), the JSON schema sent
with it (schema.py) and the check of the answer against the import format (draft.py). The
provider chain, its breakers and the fallback loop are the generic ones of careercoach.llm,
which knows nothing of resumes.
"""

from resumes.extraction.extract import ExtractResult, extract_resume, hosted_providers

__all__ = ["ExtractResult", "extract_resume", "hosted_providers"]
