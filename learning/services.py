from careercoach.generation.results import result_fields
from learning.models import LearningPlan


def learning_plan_create(*, job, answer) -> LearningPlan:
    """Store a validated answer as a learning plan; called once per job, under its lock."""
    payload = answer.payload
    return LearningPlan.objects.create(
        **result_fields(job=job, answer=answer),
        analysis=payload["analysis"],
        summary=payload["summary"],
        learning_paths=payload["learning_paths"],
    )
