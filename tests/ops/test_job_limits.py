"""Limits on generations: per user and hour per kind, jobs running at once per user (429 with
Retry-After, the uniform body on the API, a message with the wait on the page), and the global
cap on hosted-LLM calls per minute, under which a job waits in the queue instead of failing."""

import pytest
from django.test import Client

from careercoach.generation.run import RetryLater, job_execute
from careercoach.generation.start import job_start
from careercoach.models import GenerationJob
from tests.factories import ResumeFactory, WorkExperienceFactory
from tests.fakes.llm_server import FakeLLMServer
from tests.ops.metrics_reader import sample

pytestmark = pytest.mark.django_db

UNIFORM = {"detail", "error_code", "timestamp", "request_id", "details"}


def resumes_of(user, count):
    made = [ResumeFactory(owner=user) for _ in range(count)]
    for resume in made:
        WorkExperienceFactory(resume=resume)
    return made


def start(api, resume, kind="interview"):
    path = "interview/{}/questions" if kind == "interview" else "learning/{}/learning-path"
    return api.post("/api/v1/" + path.format(resume.unique_key), {}, format="json")


def test_given_hourly_limit_reached_when_started_by_api_then_429_with_retry_after(api, user, settings):
    settings.RATE_LIMIT_INTERVIEW_PER_HOUR = 2
    first, second, third = resumes_of(user, 3)
    for resume in (first, second):
        assert start(api, resume).status_code == 202

    refused = start(api, third)

    assert refused.status_code == 429 and set(refused.json()) == UNIFORM
    assert refused.json()["details"]["scope"] == "user_hour" and refused.json()["details"]["limit_per_hour"] == 2
    assert 0 < int(refused["Retry-After"]) <= 3601


def test_given_jobs_running_at_the_limit_when_another_started_then_429_concurrent(api, user, settings):
    settings.JOB_MAX_CONCURRENT_PER_USER, settings.JOB_CONCURRENT_RETRY_SECONDS = 2, 30
    first, second, third = resumes_of(user, 3)
    start(api, first)
    start(api, second, kind="learning")

    refused = start(api, third)

    assert refused.status_code == 429 and refused["Retry-After"] == "30"
    body = refused.json()
    assert set(body) == UNIFORM and body["error_code"] == "RATE_LIMITED"
    assert body["details"] == {"scope": "concurrent", "concurrent_jobs": 2, "retry_after": 30}
    assert (
        sample(Client().get("/metrics").content.decode(), "careercoach_rate_limit_refusals_total", limit="concurrent")
        >= 1
    )


def test_given_running_job_finished_when_started_again_then_accepted(api, user, settings):
    settings.JOB_MAX_CONCURRENT_PER_USER = 1
    first, second = resumes_of(user, 2)
    job_id = start(api, first).json()["job_id"]
    assert start(api, second).status_code == 429

    job_execute(job_id)

    assert start(api, second).status_code == 202


def test_given_concurrent_limit_when_pressed_on_the_page_then_message_says_how_long_to_wait(
    client_logged_in, user, settings
):
    settings.JOB_MAX_CONCURRENT_PER_USER, settings.JOB_CONCURRENT_RETRY_SECONDS = 1, 30
    first, second = resumes_of(user, 2)
    job_start(owner=user, resume=first, kind="interview")

    page = client_logged_in.post(
        f"/resumes/{second.unique_key}/interview/generate/", {"language": "en"}, HTTP_ACCEPT_LANGUAGE="en", follow=True
    )

    text = page.content.decode()
    assert "You already have 1 generation running" in text and "about 30 seconds" in text
    assert not GenerationJob.objects.filter(resume=second).exists()


def test_given_llm_calls_cap_reached_when_job_runs_then_it_waits_in_queue_without_using_an_attempt(
    user, resume, settings
):
    with FakeLLMServer() as fake:
        settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL = "test-key", fake.openai_base_url
        settings.LLM_CALLS_PER_MINUTE = 1
        other = resumes_of(user, 1)[0]
        first, _ = job_start(owner=user, resume=resume, kind="interview", providers=["openai", "local"])
        assert job_execute(first.pk) == "done"  # the one hosted call of this minute
        waiting, _ = job_start(owner=user, resume=other, kind="interview", providers=["openai", "local"])

        with pytest.raises(RetryLater) as later:
            job_execute(waiting.pk)

        waiting.refresh_from_db()
        assert (waiting.status, waiting.step, waiting.attempts) == ("queued", "waiting_for_capacity", 0)
        assert 1 <= later.value.countdown <= 66
        assert fake.stats()["requests"] == 1
        settings.LLM_CALLS_PER_MINUTE = 0  # the next minute, as far as this job can tell
        assert job_execute(waiting.pk) == "done"
    waiting.refresh_from_db()
    assert waiting.attempts == 1


def test_given_llm_calls_cap_when_chain_is_only_the_offline_coach_then_no_wait(user, resume, settings):
    settings.LLM_CALLS_PER_MINUTE = 1
    from careercoach.llm.capacity import hosted_call_record

    hosted_call_record()
    job, _ = job_start(owner=user, resume=resume, kind="learning")

    assert job_execute(job.pk) == "done"


def test_given_hosted_calls_when_counted_then_each_minute_window_counts_from_one():
    from careercoach.llm.capacity import WINDOW_SECONDS, hosted_call_record

    start = 1_800_000_000.0 - 1_800_000_000.0 % WINDOW_SECONDS
    assert [hosted_call_record(now=start + i) for i in range(3)] == [1, 2, 3]
    assert hosted_call_record(now=start + WINDOW_SECONDS) == 1
    assert hosted_call_record(now=start + 5) == 4
