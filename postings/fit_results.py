"""Stored fit reports: written once per job under its lock, read per (resume, posting)."""

from datetime import datetime

from careercoach.generation.results import result_fields
from postings.models import FitReport
from postings.schemas import FitOutput


class FitReportDocument(FitOutput):
    """`fit_to_document` as a schema: the OpenAPI response of the API's GET."""

    fit_id: str
    unique_key: str
    posting_id: str
    provider: str
    language: str
    generated_at: datetime


def fit_create(*, job, answer) -> FitReport:
    payload = {k: v for k, v in answer.payload.items() if k != "language"}
    return FitReport.objects.create(
        **result_fields(job=job, answer=answer), posting_id=job.snapshot.get("posting_id"), report=payload
    )


def fit_latest(*, resume, posting) -> FitReport | None:
    return FitReport.objects.filter(resume=resume, posting=posting).order_by("-created_at").first()


def fit_to_document(report: FitReport) -> dict:
    return {
        "fit_id": str(report.pk),
        "unique_key": report.resume.unique_key,
        "posting_id": str(report.posting_id),
        "provider": report.provider,
        "language": report.language,
        **report.report,
        "generated_at": report.created_at.isoformat().replace("+00:00", "Z"),
    }
