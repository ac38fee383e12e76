"""The same job delivered twice while it runs (a broker that came back and replayed what it had
buffered, a sweep racing a slow provider, a redelivered unacked message). The second delivery
must neither run the job again (twice the provider bill) nor count as an attempt that can fail
the job the first delivery is about to finish."""

import threading

import pytest
from django.db import connection

from careercoach.generation.run import job_execute
from careercoach.models import GenerationJob
from interviews.models import QuestionSet
from tests.fakes.llm_server import FakeLLMServer
from tests.waiting import wait_until

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def slow_provider(settings):
    with FakeLLMServer(delay=2) as server:
        settings.LLM_PROVIDERS = "openai"
        settings.LLM_TIMEOUT_SECONDS = 10
        settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL = "test-key", server.openai_base_url
        yield server


def queued_job(user, resume):
    from resumes.formats import resume_to_document

    return GenerationJob.objects.create(
        owner=user,
        resume=resume,
        kind="interview",
        subject_id=str(resume.pk),
        language="en",
        providers=["openai"],
        snapshot=resume_to_document(resume),
        cache_key="dup",
    )


@pytest.mark.parametrize("duplicates", [1, 3])
def test_given_job_running_when_delivered_again_then_the_duplicate_is_skipped_and_the_job_ends_done_once(
    slow_provider,
    settings,
    user,
    resume,
    duplicates,
):
    settings.JOB_MAX_ATTEMPTS = 3
    job = queued_job(user, resume)
    first = {}

    def deliver_first():
        try:
            first["status"] = job_execute(job.pk)
        finally:
            connection.close()  # the thread's own connection, or PostgreSQL keeps the test database busy

    running = threading.Thread(target=deliver_first)
    running.start()
    wait_until(
        lambda: GenerationJob.objects.get(pk=job.pk).step.startswith("generating"),
        timeout=10,
        what="the first delivery to reach the provider",
    )

    again = [job_execute(job.pk) for _ in range(duplicates)]
    running.join(timeout=30)

    assert again == ["skipped"] * duplicates
    assert first["status"] == "done"
    job.refresh_from_db()
    assert (job.status, job.attempts) == ("done", 1)
    assert QuestionSet.objects.filter(resume=resume).count() == 1
    assert slow_provider.stats()["requests"] == 1
