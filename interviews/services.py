from careercoach.generation.results import result_fields
from interviews.models import QuestionSet


def question_set_create(*, job, answer) -> QuestionSet:
    """Store a validated answer as a question set; called once per job, under its lock."""
    return QuestionSet.objects.create(**result_fields(job=job, answer=answer), questions=answer.payload["questions"])
