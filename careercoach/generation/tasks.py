"""The one Celery task for every generation kind: the job row knows its kind.

The task is a doorbell: it carries only the job id. A message from before the kinds shared
this task (interviews.tasks.generate_questions, learning.tasks.generate_learning_path) is
refused by the worker as unregistered, and the sweeper rings again for its still-queued job."""

from celery import shared_task

from careercoach.generation.run import RetryLater, job_execute


# ignore_result: the job row is the record of a generation. Celery's own result rows
# (django-celery-results: STARTED, then SUCCESS) cost two transactions per job that nothing
# reads.
@shared_task(
    bind=True, name="careercoach.generation.run_job", acks_late=True, reject_on_worker_lost=True, ignore_result=True
)
def run_generation_job(self, job_id: str) -> str:
    try:
        return job_execute(job_id)
    except RetryLater as exc:
        raise self.retry(countdown=exc.countdown, exc=exc, max_retries=None) from exc
