"""An optional job posting in the input of a resume kind (interview questions, learning paths).

With a posting, the document is the resume plus `posting` (the parsed posting) and
`posting_id`, so the cache key changes with the posting. These wrappers let a kind keep its own
prompt, validator and offline producer: the prompt gets the posting and what a tailored answer
must do, a hosted answer that ignores the posting is invalid (the next provider, finally the
offline coach, answers), and the offline coach tailors its own output."""
from __future__ import annotations

from collections.abc import Callable, Mapping

from careercoach.coach.tailoring import check_tailored_questions, tailored_interview, tailored_learning
from careercoach.llm.prompts import json_as_data
from careercoach.llm.validation import invalid

POSTING_KEYS = ("posting", "posting_id")
INSTRUCTIONS = {
    "interview": (
        "The candidate is applying to the job posting below. At least 3 of the 5 questions must be deep "
        "dives into skills the posting requires and the resume shows, each grounded in the resume line that "
        "shows it, with that skill as the topic. At least 1 question must be about a required skill the "
        "resume does not show, asked honestly: how the candidate would close the gap or what their nearest "
        "experience is. Keep the difficulty mix given above."
    ),
    "learning": (
        "The candidate is applying to the job posting below. Put the paths for required skills the resume "
        "lacks first, then nice-to-have skills it lacks; each such reason quotes the posting's requirement."
    ),
}


def split(document: Mapping) -> tuple[dict, dict | None]:
    """(the resume document, the parsed posting or None)."""
    resume = {k: v for k, v in document.items() if k not in POSTING_KEYS}
    posting = document.get("posting")
    return resume, posting if isinstance(posting, dict) and posting else None


def with_posting(resume_document: dict, posting) -> dict:
    """The input document of a tailored generation (`posting` is a saved JobPosting)."""
    return {**resume_document, "posting": posting.parsed, "posting_id": str(posting.id)}


def tailored_prompt(kind: str, build: Callable) -> Callable:
    def build_prompt(document: Mapping, language: str) -> tuple[str, str]:
        resume, posting = split(document)
        system, user = build(resume, language)
        if posting is None:
            return system, user
        shown = {k: posting.get(k) for k in ("title", "company", "required_skills", "preferred_skills", "years_required")}
        return system, f"{user}\n\n{INSTRUCTIONS[kind]}\n<posting_data>\n{json_as_data(shown)}\n</posting_data>"

    return build_prompt


def tailored_validate(kind: str, validate: Callable) -> Callable:
    def validate_answer(raw, document: Mapping) -> dict:
        resume, posting = split(document)
        payload = validate(raw, resume)
        if posting is not None and kind == "interview":
            problems = check_tailored_questions(resume, posting, payload["questions"])
            if problems:
                raise invalid("questions ignore the posting: " + "; ".join(problems))
        return payload

    return validate_answer


def tailored_offline(kind: str, offline: Callable) -> Callable:
    def produce(document: Mapping, language: str) -> dict:
        resume, posting = split(document)
        if posting is None:
            return offline(resume, language)
        tailor = tailored_interview if kind == "interview" else tailored_learning
        return tailor(resume, posting, language)

    return produce


def tailored(kind: str, *, build_prompt: Callable, validate: Callable, offline: Callable) -> dict:
    """The three GenerationKind fields of a resume kind that accepts an optional posting."""
    return {"build_prompt": tailored_prompt(kind, build_prompt), "validate": tailored_validate(kind, validate),
            "offline": tailored_offline(kind, offline)}
