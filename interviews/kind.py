"""Interview questions as a generation kind: all the pipeline needs to make a question set.
Registered by InterviewsConfig.ready(); docs/ARCHITECTURE.md explains each field."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careercoach import coach
from careercoach.coach.tailoring import check_tailored_questions, tailored_interview
from careercoach.generation.kinds import GenerationKind, register_kind
from careercoach.generation.posting_input import tailored
from careercoach.generation.resume_input import resume_cli, resume_document, resume_language
from careercoach.models import GenerationJob
from interviews import formats, prompts, selectors, services
from interviews.models import QuestionSet
from interviews.schemas import InterviewOutput
from interviews.validation import validate_interview


def _check_tailored(resume, posting, payload) -> list[str]:
    return check_tailored_questions(resume, posting, payload["questions"])


def _page(question_set) -> str:
    return reverse("interviews:detail", args=[question_set.resume.unique_key, question_set.pk])


INTERVIEW = GenerationKind(
    name="interview",
    label=_("Interview questions"),
    what="the interview questions",
    build_document=resume_document,
    detect_language=resume_language,
    output_schema=InterviewOutput,
    # An optional job posting in the document tailors prompt, check and offline output.
    **tailored(
        build_prompt=prompts.build_prompt,
        validate=validate_interview,
        offline=coach.generate_interview,
        instructions=prompts.POSTING_INSTRUCTIONS,
        tailor=tailored_interview,
        check=_check_tailored,
    ),
    prompt_version=prompts.PROMPT_VERSION,
    result_model=QuestionSet,
    create_result=services.question_set_create,
    result_url=_page,
    api_result_url="api-interview-questions",
    to_document=formats.question_set_to_document,
    latest=selectors.question_set_latest,
    history=selectors.question_set_history,
    rate_limit_setting="RATE_LIMIT_INTERVIEW_PER_HOUR",
    start_url_name="interviews:generate",
    start_button=_("Generate interview questions"),
    history_title=_("Interview question sets"),
    step_labels={GenerationJob.Step.GENERATING: _("Writing interview questions")},
    cli=resume_cli("interview_id"),
)


def register() -> None:
    register_kind(INTERVIEW)
