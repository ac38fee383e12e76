"""The fit report as a generation kind: a resume against one saved posting. Registered by
PostingsConfig.ready(); docs/ARCHITECTURE.md explains each field.

The input document is {"resume": <resume format>, "posting": <parsed posting>, "posting_id"},
so the cache key changes when either side changes. The subject is the (resume, posting) pair:
one fit job per pair runs at a time."""

import uuid

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from careercoach.coach.fit import fit_report
from careercoach.generation.kinds import CliSpec, GenerationKind, register_kind
from careercoach.generation.resume_input import resume_document, resume_language
from postings import fit_results, prompts
from postings.models import FitReport
from postings.schemas import FitOutput
from postings.validation import validate_fit


def fit_document(*, resume, posting) -> dict:
    return {"resume": resume_document(resume), "posting": posting.parsed, "posting_id": str(posting.id)}


def fit_subject(*, resume, posting) -> str:
    return f"{resume.pk}:{posting.id}"


def _offline(document, language: str) -> dict:
    return fit_report(document.get("resume") or {}, document.get("posting") or {}, language)


def _page(report) -> str:
    return reverse("postings:detail", args=[report.posting_id]) + f"?resume={report.resume.unique_key}"


def _api_path(job) -> str:
    return reverse("api-fit", args=[job.resume.unique_key, job.snapshot.get("posting_id")])


def _cli_arguments(parser) -> None:
    parser.add_argument("--resume", required=True, help="Resume JSON file in the import format")
    parser.add_argument("--posting", required=True, help="Job posting text file")


def _cli_documents(options: dict) -> list[dict]:
    from postings.cli import read_posting, read_resume

    return [{"resume": read_resume(options["resume"]), "posting": read_posting(options["posting"]), "posting_id": None}]


def _cli_output(answer, document: dict, language: str) -> dict:
    payload = {k: v for k, v in answer.payload.items() if k != "language"}
    return {
        "fit_id": uuid.uuid4().hex,
        "unique_key": None,
        "posting_id": None,
        "provider": answer.provider,
        "language": language,
        **payload,
        "generated_at": timezone.now().isoformat().replace("+00:00", "Z"),
    }


FIT = GenerationKind(
    name="fit",
    label=_("Fit report"),
    what="the fit report",
    build_document=lambda resume: {"resume": resume_document(resume), "posting": {}, "posting_id": None},
    detect_language=lambda document: resume_language(document.get("resume") or {}),
    output_schema=FitOutput,
    build_prompt=prompts.build_prompt,
    validate=validate_fit,
    offline=_offline,
    prompt_version=prompts.PROMPT_VERSION,
    result_model=FitReport,
    create_result=fit_results.fit_create,
    result_url=_page,
    api_result_url=_api_path,
    to_document=fit_results.fit_to_document,
    rate_limit_setting="RATE_LIMIT_FIT_PER_HOUR",
    show_on_resume_panel=False,
    cli=CliSpec(add_arguments=_cli_arguments, read_documents=_cli_documents, to_output=_cli_output),
)


def register() -> None:
    register_kind(FIT)
