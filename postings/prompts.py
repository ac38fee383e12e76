"""The prompt for a fit report: prompts/fit_<version>.txt filled from the resume and posting."""

from pathlib import Path

from careercoach.generation.resume_input import resume_as_data
from careercoach.llm.prompts import json_as_data, language_values, render_template

PROMPT_VERSION = "v1"
TEMPLATE_DIR = Path(__file__).with_name("prompts")


def build_prompt(document: dict, language: str, version: str = PROMPT_VERSION) -> tuple[str, str]:
    posting = document.get("posting") or {}
    values = {
        **language_values(language),
        "resume_json": resume_as_data(document.get("resume") or {}),
        "posting_json": json_as_data(
            {k: posting.get(k) for k in ("title", "company", "required_skills", "preferred_skills", "years_required")}
        ),
    }
    return render_template(TEMPLATE_DIR / f"fit_{version}.txt", values)
