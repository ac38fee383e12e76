"""The prompt for a learning plan: prompts/learning_<version>.txt filled from the resume."""

from pathlib import Path

from careercoach.generation.resume_input import resume_prompt_values
from careercoach.llm.prompts import render_template

PROMPT_VERSION = "v1"
# Added to the user message, with the posting, when the document carries a job posting.
POSTING_INSTRUCTIONS = (
    "The candidate is applying to the job posting below. Put the paths for required skills the resume "
    "lacks first, then nice-to-have skills it lacks; each such reason quotes the posting's requirement."
)
TEMPLATE_DIR = Path(__file__).with_name("prompts")


def build_prompt(resume: dict, language: str, version: str = PROMPT_VERSION) -> tuple[str, str]:
    """(system, user) for `resume` in `language` ("ko" or "en", already resolved)."""
    return render_template(TEMPLATE_DIR / f"learning_{version}.txt", resume_prompt_values(resume, language))
