from celery import shared_task

from careercoach.generation.sweep import job_sweep_stale


@shared_task(ignore_result=True)
def sweep_stale_jobs() -> dict:
    return job_sweep_stale()
