"""Uploads that need OCR, read by the worker: start a job, run it, look it up.

A job is the row; the Celery task only carries its id (enqueued on commit). The file waits in
the row until the worker has read it and is cleared when the job ends."""

from __future__ import annotations

from django.db import transaction
from django.http import Http404

from resumes.models import ParseJob
from resumes.parsing import ParseError, parse_resume
from resumes.uploads import fit_for_storage, result_body

RUNNING_FROM = 5  # the progress shown once a worker has the job


def parse_job_start(*, owner, data: bytes, filename: str | None) -> ParseJob:
    from resumes.tasks import run_parse_job

    job = ParseJob.objects.create(owner=owner, source=data, filename=(filename or "")[:255])
    transaction.on_commit(lambda: run_parse_job.delay(str(job.pk)))
    return job


def parse_job_get(*, owner, job_id) -> ParseJob:
    """The person's own job; anyone else's is 404."""
    job = ParseJob.objects.filter(owner=owner, pk=job_id).defer("source").first()
    if job is None:
        raise Http404("No such parse job.")
    return job


def parse_job_run(*, job_id) -> None:
    claimed = ParseJob.objects.filter(pk=job_id, status=ParseJob.Status.QUEUED).update(
        status=ParseJob.Status.RUNNING, progress=RUNNING_FROM
    )
    if not claimed:
        return  # already taken by another delivery of the same message
    job = ParseJob.objects.get(pk=job_id)

    def progress(done: int, total: int) -> None:
        share = RUNNING_FROM + int((100 - RUNNING_FROM - 5) * done / max(total, 1))
        ParseJob.objects.filter(pk=job_id).update(progress=share)

    try:
        result = parse_resume(bytes(job.source), filename=job.filename, ocr=True, progress=progress)
    except ParseError as error:
        _finish(job_id, status=ParseJob.Status.FAILED, error_code=error.code)
        return
    except Exception:
        _finish(job_id, status=ParseJob.Status.FAILED, error_code="corrupt")
        raise
    _finish(job_id, status=ParseJob.Status.DONE, result=result_body(fit_for_storage(result)))


def _finish(job_id, **fields) -> None:
    ParseJob.objects.filter(pk=job_id).update(source=b"", progress=100, **fields)
