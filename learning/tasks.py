from celery import shared_task

from careercoach.generation.tasks import run_job_task


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, ignore_result=False)
def generate_learning_path(self, job_id: str) -> str:
    return run_job_task(self, job_id)
