"""Hosted LLM providers failing in every way they fail: the offline coach still answers and
the stored trail says why each provider was passed over; with the offline coach left out, the
job fails after its retries with a reason a person can read, on the job API and on the page.

The providers are the real SDK clients talking HTTP to local fake servers (tests/fakes)."""

import pytest

from careercoach.generation.run import job_execute
from careercoach.models import GenerationJob
from tests.careercoach.workers import celery_worker, embedded_broker_url
from tests.fakes.llm_server import FakeLLMServer
from tests.waiting import wait_until


@pytest.fixture
def worker_cache_cleared(settings):
    """Worker processes keep circuit breakers in the database cache of the test database, which
    outlives each test: start with no provider paused, and leave none paused behind."""
    from django.core.cache.backends.db import DatabaseCache

    shared = DatabaseCache("careercoach_cache", {})
    shared.clear()
    yield
    shared.clear()


@pytest.fixture
def failing_providers(settings):
    """Gemini answers 500, OpenAI never answers in time, Claude answers text that is not JSON."""
    # The SDKs are imported on first use; in a fresh process on a busy machine (pytest -n) the
    # imports alone could spend the chain's time budget before Claude's turn.
    import anthropic  # noqa: F401
    import openai  # noqa: F401
    from google import genai  # noqa: F401

    with (
        FakeLLMServer(default="500") as broken,
        FakeLLMServer(default="slow", slow_seconds=8) as silent,
        FakeLLMServer(default="malformed") as garbled,
    ):
        # Long enough that building the SDK clients (the first call in a process) does not
        # eat the chain's time budget of two timeouts before Claude gets its turn.
        settings.LLM_TIMEOUT_SECONDS = 4
        settings.LLM_RETRY_BACKOFF_SECONDS = 0.2  # Gemini's 500 is retried once, quickly
        settings.GEMINI_API_KEY, settings.GEMINI_BASE_URL = "test-key", broken.url
        settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL = "test-key", silent.openai_base_url
        settings.ANTHROPIC_API_KEY, settings.ANTHROPIC_BASE_URL = "test-key", garbled.url
        yield {"gemini": broken, "openai": silent, "claude": garbled}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "kind, path", [("interview", "interview/{key}/questions"), ("learning", "learning/{key}/learning-path")]
)
def test_given_every_hosted_provider_failing_when_generating_then_offline_coach_answers_and_trail_says_why(
    failing_providers,
    api,
    resume,
    kind,
    path,
):
    started = api.post(f"/api/v1/{path.format(key=resume.unique_key)}", {}, format="json")
    assert started.status_code == 202
    job_id = started.json()["job_id"]
    assert GenerationJob.objects.get(pk=job_id).providers == ["gemini", "openai", "claude", "local"]

    assert job_execute(job_id) == "done"

    result = api.get(f"/api/v1/{path.format(key=resume.unique_key)}").json()
    assert result["provider"] == "local"
    trail = [(step["provider"], step["outcome"]) for step in result["fallback_trail"]]
    assert trail == [
        ("gemini", "server_error"),
        ("gemini", "server_error"),
        ("openai", "timeout"),
        ("claude", "invalid_output"),
        ("local", "ok"),
    ]
    assert all(step["error"] for step in result["fallback_trail"][:4])
    # The chain's own retry rules only (careercoach/llm/retry.py): the 500 once more after a
    # backoff, the timeout not (a whole timeout no longer fits the budget), and no SDK retries
    # behind the chain's back (a timed-out call is counted by the fake only when it would have
    # answered, so the silent one is left out here).
    assert failing_providers["gemini"].stats()["requests"] == 2
    assert failing_providers["claude"].stats()["requests"] == 2  # asked again once, with the errors
    job = api.get(f"/api/v1/jobs/{job_id}").json()
    assert (job["status"], job["error"]) == ("done", None)


@pytest.mark.django_db
def test_given_only_a_provider_rejecting_the_key_when_generating_then_fails_at_once_telling_an_admin_to_check(
    settings,
    api,
    resume,
):
    with FakeLLMServer(default="401") as server:
        settings.LLM_PROVIDERS = "openai"
        settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL = "wrong-key", server.openai_base_url
        job_id = api.post(f"/api/v1/interview/{resume.unique_key}/questions", {}, format="json").json()["job_id"]

        assert job_execute(job_id) == "failed"

    job = api.get(f"/api/v1/jobs/{job_id}").json()
    assert (job["status"], job["error_code"]) == ("failed", "all_providers_failed")
    assert "openai rejected the API key" in job["error"]
    assert "administrator needs to check" in job["error"]
    assert server.stats()["requests"] == 1  # a wrong key is not retried


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_given_only_a_failing_provider_and_no_offline_coach_when_generating_then_job_fails_after_retries_with_reason(
    settings,
    worker_cache_cleared,
    api,
    client,
    user,
    resume,
):
    """A real worker runs the job: Celery retries it with backoff until JOB_MAX_ATTEMPTS, then
    the job fails, and the reason is on the job API and on the resume page."""
    with FakeLLMServer(default="500") as server:
        settings.LLM_PROVIDERS = "openai"
        settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL = "test-key", server.openai_base_url
        env = {
            "LLM_PROVIDERS": "openai",
            "OPENAI_API_KEY": "test-key",
            "OPENAI_BASE_URL": server.openai_base_url,
            "LLM_TIMEOUT_SECONDS": 5,
            "JOB_MAX_ATTEMPTS": 3,
            # The job-level retries are what this is about: one provider call per run (the
            # chain's own retry of a 500 is tested in tests/llm/test_retry_rules.py).
            "LLM_RETRY_SERVER_ERRORS": 0,
        }
        with celery_worker(embedded_broker_url(), **env):
            answer = api.post(f"/api/v1/interview/{resume.unique_key}/questions", {}, format="json")
            assert answer.status_code == 202
            job_id = answer.json()["job_id"]
            wait_until(
                lambda: GenerationJob.objects.get(pk=job_id).is_finished,
                timeout=60,
                interval=0.5,
                what="the job to run out of attempts",
            )
        assert server.stats()["requests"] == 3

    job = api.get(f"/api/v1/jobs/{job_id}").json()
    assert (job["status"], job["error_code"], job["result_url"]) == ("failed", "all_providers_failed", None)
    assert job["error"] == (
        "No AI provider could generate the interview questions (openai had a server error). "
        "Please try again in a few minutes."
    )
    assert GenerationJob.objects.get(pk=job_id).attempts == 3

    client.force_login(user)
    page = client.get(f"/resumes/{resume.unique_key}/")
    assert page.status_code == 200
    assert "openai had a server error" in page.content.decode()
