from careercoach.generation.run import job_execute
from practice.models import Answer


def run_feedback(answer_id) -> str:
    """Run an answer's feedback job as a worker would (tests run no worker)."""
    return job_execute(Answer.objects.get(pk=answer_id).job_id)
