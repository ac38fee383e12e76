from celery import shared_task


@shared_task(name="practice.evaluate_answer", acks_late=True)
def evaluate_practice_answer(answer_id: str) -> str:
    from practice.evaluation import answer_evaluate

    return answer_evaluate(answer_id)
