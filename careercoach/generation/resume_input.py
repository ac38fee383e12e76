"""What kinds whose input is a resume share: the document (the resume in its import format),
its language, the prompt values every resume prompt states, and the CLI's --resume option.

A kind uses these in its own module (`interviews/kind.py`); the pipeline itself does not.
Contact details add nothing to a question or a plan, so they never reach a prompt."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from django.core.management.base import CommandError
from django.utils import timezone, translation

from careercoach.coach import resolve_language as coach_language
from careercoach.coach.bands import BAND_DESCRIPTIONS, experience_band
from careercoach.generation.kinds import CliSpec
from careercoach.llm.prompts import json_as_data, language_values
from resumes.formats import InvalidResumeFile, document_from_file, resume_to_document

PRIVATE_FIELDS = ("name", "contact")


def resume_document(resume) -> dict:
    return resume_to_document(resume)


def resume_language(document: Mapping) -> str:
    """The resume's own language, by the offline coach's rule, so that hosted models and the
    coach never disagree."""
    return coach_language(dict(document), "auto")


def resume_as_data(resume: Mapping) -> str:
    """The resume without contact details, as JSON that cannot close its <resume_data> tag."""
    return json_as_data({k: v for k, v in resume.items() if k not in PRIVATE_FIELDS})


def resume_prompt_values(resume: Mapping, language: str) -> dict:
    """The values every resume prompt fills: the candidate's level, the output language and
    the resume itself."""
    months = resume.get("total_experience_months") or 0
    band = experience_band(months)
    return {
        "band": band,
        "band_description": BAND_DESCRIPTIONS[band],
        "months": months,
        **language_values(language),
        "resume_json": resume_as_data(resume),
    }


def _add_resume_argument(parser) -> None:
    parser.add_argument("--resume", required=True, help="Resume JSON file in the import format")


def _read_resume(options: dict) -> list[dict]:
    try:
        with translation.override("en"):  # one-line CLI errors read the same everywhere
            return [document_from_file(options["resume"])]
    except InvalidResumeFile as exc:
        raise CommandError(str(exc)) from exc


def resume_cli(id_field: str):
    """The CLI of a resume kind: `--resume FILE.json` in, one result JSON out, with a fresh
    `id_field` and no `unique_key` (nothing is stored)."""

    def to_output(answer, document: dict, language: str) -> dict:
        payload = {k: v for k, v in answer.payload.items() if k != "language"}
        return {
            id_field: uuid.uuid4().hex,
            "unique_key": None,
            "provider": answer.provider,
            "model": answer.model,
            "language": language,
            **payload,
            "generated_at": timezone.now().isoformat().replace("+00:00", "Z"),
        }

    return CliSpec(add_arguments=_add_resume_argument, read_documents=_read_resume, to_output=to_output)
