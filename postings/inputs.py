"""`posting_id` as an input option of interview questions and learning paths: the posting (the
caller's own, else 404) joins the resume in the input document, so the cache key includes it
and the kinds tailor their output to it."""

from careercoach.generation.inputs import InputNotFound, InputOption, register_input_option
from careercoach.generation.posting_input import with_posting
from postings.selectors import PostingNotFound, posting_get


def _extend(*, owner, document: dict, value) -> dict:
    try:
        posting = posting_get(user=owner, posting_id=value)
    except PostingNotFound as exc:
        raise InputNotFound(str(exc), error_code="POSTING_NOT_FOUND", details={"posting_id": str(value)}) from exc
    return with_posting(document, posting)


def register() -> None:
    register_input_option(InputOption(name="posting_id", kinds=("interview", "learning"), extend=_extend))
