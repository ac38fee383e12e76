"""Celery finds tasks in each app's `tasks` module; the generation task lives with the
pipeline and is imported here so that every worker registers it."""

from celery import shared_task

from careercoach.generation.alerts import failed_jobs_alert_check
from careercoach.generation.sweep import job_sweep_stale
from careercoach.generation.tasks import run_generation_job

__all__ = ["run_generation_job", "sweep_stale_jobs"]


@shared_task(ignore_result=True)
def sweep_stale_jobs() -> dict:
    return job_sweep_stale()


@shared_task(ignore_result=True)
def check_failed_jobs() -> bool:
    return failed_jobs_alert_check() is not None
