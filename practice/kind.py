"""Practice feedback as a generation kind: its input is {question, answer, history, resume
line}, its subject one answer. Registered by PracticeConfig.ready(); docs/ARCHITECTURE.md
("How to add a kind") explains each field."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careercoach.coach.feedback import evaluate_answer, feedback_language
from careercoach.coach.feedback.schema import FeedbackContent
from careercoach.generation.kinds import GenerationKind, register_kind
from practice import cli, prompts
from practice.models import FeedbackResult
from practice.services import feedback_result_create
from practice.validation import validate_feedback


def _language(document) -> str:
    return feedback_language(document.get("question") or {}, str(document.get("answer") or ""), "auto")


def _offline(document, language: str) -> dict:
    return evaluate_answer(
        document.get("question") or {},
        str(document.get("answer") or ""),
        history=document.get("history") or [],
        resume_line=document.get("resume_line"),
        language=language,
        asked=document.get("asked"),
    )


def _no_resume_document(resume):
    raise ValueError("feedback is started with its own document (practice.services.answer_submit)")


def _page(result) -> str:
    answer = result.answer
    return reverse("practice:session", args=[answer.session_id]) + f"?q={answer.question_index}"


FEEDBACK = GenerationKind(
    name="feedback",
    label=_("Practice feedback"),
    what="the practice feedback",
    build_document=_no_resume_document,
    detect_language=_language,
    output_schema=FeedbackContent,
    build_prompt=prompts.build_prompt,
    validate=validate_feedback,
    offline=_offline,
    prompt_version=prompts.PROMPT_VERSION,
    result_model=FeedbackResult,
    create_result=feedback_result_create,
    result_url=_page,
    api_result_url=lambda job: reverse("api-practice-answer", args=[job.subject_id]),
    rate_limit_setting="RATE_LIMIT_FEEDBACK_PER_HOUR",
    show_on_resume_panel=False,
    cli=cli.FEEDBACK_CLI,
)


def register() -> None:
    register_kind(FEEDBACK)
