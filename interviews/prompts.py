"""The prompt for interview questions: prompts/interview_<version>.txt filled from the resume."""

from pathlib import Path

from careercoach.coach.bands import DIFFICULTY_MIX
from careercoach.generation.resume_input import resume_prompt_values
from careercoach.llm.prompts import render_template

PROMPT_VERSION = "v1"
# Added to the user message, with the posting, when the document carries a job posting.
POSTING_INSTRUCTIONS = (
    "The candidate is applying to the job posting below. At least 3 of the 5 questions must be deep "
    "dives into skills the posting requires and the resume shows, each grounded in the resume line that "
    "shows it, with that skill as the topic. At least 1 question must be about a required skill the "
    "resume does not show, asked honestly: how the candidate would close the gap or what their nearest "
    "experience is. Keep the difficulty mix given above."
)
TEMPLATE_DIR = Path(__file__).with_name("prompts")


def build_prompt(resume: dict, language: str, version: str = PROMPT_VERSION) -> tuple[str, str]:
    """(system, user) for `resume` in `language` ("ko" or "en", already resolved)."""
    values = resume_prompt_values(resume, language)
    values.update(DIFFICULTY_MIX[values["band"]])
    return render_template(TEMPLATE_DIR / f"interview_{version}.txt", values)
