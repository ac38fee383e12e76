import pytest

from careercoach.generation.run import job_execute
from careercoach.generation.start import job_start
from interviews.models import QuestionSet


@pytest.fixture
def question_set(user, resume):
    """Five questions from the real pipeline (offline coach), as a user would have them."""
    job, _ = job_start(owner=user, resume=resume, kind="interview")
    job_execute(job.pk)
    job.refresh_from_db()
    return QuestionSet.objects.get(pk=job.result_id)


@pytest.fixture
def session(user, resume, question_set):
    from practice.services import session_start

    return session_start(owner=user, resume=resume, question_set=question_set)
