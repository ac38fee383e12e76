"""The body shared by the two generation tasks (interviews.tasks, learning.tasks)."""
from careercoach.generation.run import RetryLater, job_execute


def run_job_task(task, job_id: str) -> str:
    try:
        return job_execute(job_id)
    except RetryLater as exc:
        raise task.retry(countdown=exc.countdown, exc=exc, max_retries=None) from exc
