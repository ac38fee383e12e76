"""An optional job posting in the input of a resume kind.

With a posting, the document is the resume plus `posting` (the parsed posting) and
`posting_id`, so the cache key changes with the posting. These wrappers let a kind keep its own
prompt, validator and offline producer: the prompt gets the posting and what a tailored answer
must do, a hosted answer that ignores the posting is invalid (the next provider, finally the
offline coach, answers), and the offline coach tailors its own output."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from careercoach.llm.prompts import json_as_data
from careercoach.llm.validation import invalid

POSTING_KEYS = ("posting", "posting_id")


def split(document: Mapping) -> tuple[dict, dict | None]:
    """(the resume document, the parsed posting or None)."""
    resume = {k: v for k, v in document.items() if k not in POSTING_KEYS}
    posting = document.get("posting")
    return resume, posting if isinstance(posting, dict) and posting else None


def with_posting(resume_document: dict, posting) -> dict:
    """The input document of a tailored generation (`posting` is a saved JobPosting)."""
    return {**resume_document, "posting": posting.parsed, "posting_id": str(posting.id)}


def tailored_prompt(build: Callable, instructions: str) -> Callable:
    def build_prompt(document: Mapping, language: str) -> tuple[str, str]:
        resume, posting = split(document)
        system, user = build(resume, language)
        if posting is None:
            return system, user
        shown = {
            k: posting.get(k) for k in ("title", "company", "required_skills", "preferred_skills", "years_required")
        }
        return system, f"{user}\n\n{instructions}\n<posting_data>\n{json_as_data(shown)}\n</posting_data>"

    return build_prompt


def tailored_validate(validate: Callable, check: Callable | None) -> Callable:
    def validate_answer(raw, document: Mapping) -> dict:
        resume, posting = split(document)
        payload = validate(raw, resume)
        if posting is not None and check is not None:
            problems = check(resume, posting, payload)
            if problems:
                raise invalid("the answer ignores the posting: " + "; ".join(problems))
        return payload

    return validate_answer


def tailored_offline(offline: Callable, tailor: Callable) -> Callable:
    def produce(document: Mapping, language: str) -> dict:
        resume, posting = split(document)
        if posting is None:
            return offline(resume, language)
        return tailor(resume, posting, language)

    return produce


def tailored(
    *,
    build_prompt: Callable,
    validate: Callable,
    offline: Callable,
    instructions: str,
    tailor: Callable,
    check: Callable | None = None,
) -> dict:
    """The three GenerationKind fields of a resume kind that accepts an optional posting. The
    kind supplies what tailoring means for it: `instructions` added to the prompt with the
    posting, `tailor(resume, posting, language)` for the offline answer, and optionally
    `check(resume, posting, payload) -> problems` that refuses a hosted answer ignoring it."""
    return {
        "build_prompt": tailored_prompt(build_prompt, instructions),
        "validate": tailored_validate(validate, check),
        "offline": tailored_offline(offline, tailor),
    }
