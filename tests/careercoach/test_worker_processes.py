"""Generation through real Celery worker processes, on the embedded broker and on Redis,
including a worker killed with SIGKILL in the middle of a job."""

import os

import pytest

from careercoach.models import GenerationJob
from interviews.models import QuestionSet
from learning.models import LearningPlan
from tests.careercoach.workers import celery_worker, embedded_broker_url, kill, ring
from tests.conftest import need, port_open
from tests.fakes.llm_server import FakeLLMServer
from tests.waiting import wait_until

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
TASK = "careercoach.generation.run_job"  # one task for every kind: the job row knows its kind


def redis_url_for(worker_id: str) -> str:
    """Each pytest -n worker needs a Redis database of its own, since it flushes it before use:
    a serial run and gw0 keep REDIS_URL, gw1 takes database 13, gw2 12 and so on (14 is the
    benchmarks' broker)."""
    number = int(worker_id[2:]) if worker_id.startswith("gw") else 0
    if number == 0:
        return REDIS_URL
    return f"{REDIS_URL.rpartition('/')[0]}/{14 - number}"


@pytest.fixture(params=["embedded", "redis"])
def broker_url(request, worker_id):
    if request.param == "redis":
        need(port_open("127.0.0.1", 6379), "Redis on 127.0.0.1:6379")
        import redis

        url = redis_url_for(worker_id)
        redis.Redis.from_url(url).flushdb()
        return url
    return embedded_broker_url()


def queued_job(user, resume, kind, providers=()):
    from resumes.formats import resume_to_document

    return GenerationJob.objects.create(
        owner=user,
        resume=resume,
        kind=kind,
        subject_id=str(resume.pk),
        language="ko",
        providers=list(providers),
        snapshot=resume_to_document(resume),
        cache_key=f"test-{kind}",
    )


def finished(job):
    job.refresh_from_db()
    return job.is_finished


@pytest.mark.parametrize("kind", ["interview", "learning"])
def test_given_worker_process_when_job_rung_then_it_ends_done_with_one_result(broker_url, user, resume, kind):
    job = queued_job(user, resume, kind)

    with celery_worker(broker_url):
        ring(broker_url, TASK, job.pk)
        wait_until(lambda: finished(job), timeout=60, what=f"{kind} job to finish")

    assert job.status == "done" and job.progress == 100
    model = QuestionSet if kind == "interview" else LearningPlan
    assert model.objects.filter(resume=resume).count() == 1


def test_given_fake_provider_in_worker_env_when_job_runs_then_its_answer_is_used(broker_url, user, resume):
    with FakeLLMServer() as fake:
        job = queued_job(user, resume, "interview", providers=["openai", "local"])
        # One request per scripted failure: the 5xx retry rule has its own tests (tests/llm/test_retry_rules.py).
        with celery_worker(
            broker_url, OPENAI_BASE_URL=fake.openai_base_url, OPENAI_API_KEY="test-key", LLM_RETRY_SERVER_ERRORS="0"
        ):
            ring(broker_url, TASK, job.pk)
            wait_until(lambda: finished(job), timeout=60, what="job to finish")
        assert fake.stats()["requests"] >= 1

    question_set = QuestionSet.objects.get(pk=job.result_id)
    assert question_set.provider == "openai"
    assert question_set.tokens_in > 0


def test_given_worker_killed_mid_job_when_recovered_then_job_ends_once_with_one_result(broker_url, user, resume):
    """The fake provider answers slowly, so the worker is surely inside the job when killed.
    The embedded broker has lost the message, and Redis keeps it unacked but a threads-pool
    worker never restores it; either way the sweeper (beat) finds the job that stopped moving
    and rings again. The job ends once, with one result."""
    with FakeLLMServer(delay=4) as fake:
        env = {
            "OPENAI_BASE_URL": fake.openai_base_url,
            "OPENAI_API_KEY": "test-key",
            "LLM_TIMEOUT_SECONDS": 20,
            "JOB_STALE_SECONDS": 8,
            "JOB_SWEEP_INTERVAL_SECONDS": 2,
        }
        job = queued_job(user, resume, "interview", providers=["openai", "local"])
        with celery_worker(broker_url, **env) as doomed:
            ring(broker_url, TASK, job.pk)
            wait_until(
                lambda: GenerationJob.objects.get(pk=job.pk).step.startswith("generating"),
                timeout=90,
                what="the worker to start generating",
            )
            kill(doomed)

        job.refresh_from_db()
        assert not job.is_finished

        with celery_worker(broker_url, beat=True, **env):
            wait_until(lambda: finished(job), timeout=90, interval=1, what="the job to be run again and finish")

    assert job.status == "done"
    assert job.attempts >= 2
    assert QuestionSet.objects.filter(resume=resume).count() == 1


def test_given_failing_fake_provider_in_worker_env_when_job_runs_then_offline_coach_answers(broker_url, user, resume):
    with FakeLLMServer(default="500") as fake:
        job = queued_job(user, resume, "interview", providers=["openai", "local"])
        # One request per scripted failure: the 5xx retry rule has its own tests (tests/llm/test_retry_rules.py).
        with celery_worker(
            broker_url, OPENAI_BASE_URL=fake.openai_base_url, OPENAI_API_KEY="test-key", LLM_RETRY_SERVER_ERRORS="0"
        ):
            ring(broker_url, TASK, job.pk)
            wait_until(lambda: finished(job), timeout=60, what="job to finish")

    question_set = QuestionSet.objects.get(pk=job.result_id)
    assert question_set.provider == "local"
    assert [step["provider"] for step in question_set.fallback_trail] == ["openai", "local"]
    assert question_set.fallback_trail[0]["outcome"] == "server_error"
