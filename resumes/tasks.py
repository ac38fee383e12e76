"""Celery entry points of the resumes app: thin, they take an id and call a service."""

from celery import shared_task


@shared_task(acks_late=True)
def run_parse_job(job_id: str) -> None:
    from resumes.parse_jobs import parse_job_run

    parse_job_run(job_id=job_id)
