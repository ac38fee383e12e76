"""Learning plans as a generation kind: all the pipeline needs to make a plan.
Registered by LearningConfig.ready(); docs/ARCHITECTURE.md explains each field."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from careercoach import coach
from careercoach.coach.tailoring import tailored_learning
from careercoach.generation.kinds import GenerationKind, register_kind
from careercoach.generation.posting_input import tailored
from careercoach.generation.resume_input import resume_cli, resume_document, resume_language
from careercoach.models import GenerationJob
from learning import formats, prompts, selectors, services
from learning.models import LearningPlan
from learning.schemas import LearningOutput
from learning.validation import validate_learning


def _page(plan) -> str:
    return reverse("learning:detail", args=[plan.resume.unique_key, plan.pk])


LEARNING = GenerationKind(
    name="learning",
    label=_("Learning path"),
    what="the learning plan",
    build_document=resume_document,
    detect_language=resume_language,
    output_schema=LearningOutput,
    # An optional job posting in the document tailors prompt, check and offline output.
    **tailored(
        build_prompt=prompts.build_prompt,
        validate=validate_learning,
        offline=coach.generate_learning,
        instructions=prompts.POSTING_INSTRUCTIONS,
        tailor=tailored_learning,
    ),
    prompt_version=prompts.PROMPT_VERSION,
    result_model=LearningPlan,
    create_result=services.learning_plan_create,
    result_url=_page,
    api_result_url="api-learning-path",
    to_document=formats.learning_plan_to_document,
    latest=selectors.learning_plan_latest,
    history=selectors.learning_plan_history,
    rate_limit_setting="RATE_LIMIT_LEARNING_PER_HOUR",
    start_url_name="learning:generate",
    start_button=_("Generate learning path"),
    history_title=_("Learning plans"),
    step_labels={GenerationJob.Step.GENERATING: _("Designing your learning path")},
    cli=resume_cli("learning_id"),
)


def register() -> None:
    register_kind(LEARNING)
