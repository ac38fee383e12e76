from celery import shared_task
from celery.signals import worker_init


@shared_task(name="practice.evaluate_answer", acks_late=True)
def evaluate_practice_answer(answer_id: str) -> str:
    from practice.evaluation import answer_evaluate

    return answer_evaluate(answer_id)


@worker_init.connect
def warm_up_feedback(**_kwargs):
    """Load the Korean analyzer once per worker at start, not inside the first user's request."""
    from careercoach.coach.feedback import warm_up

    warm_up()
