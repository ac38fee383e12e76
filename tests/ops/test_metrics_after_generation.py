"""A generation moves the counters /metrics shows: jobs created, started and finished by kind
and provider, queue wait and duration, provider calls, tokens and cost, cache hits; a failed
job moves the failure counters and keeps its provider trail."""

import pytest
from django.test import Client

from careercoach.generation.run import job_execute
from careercoach.generation.start import job_start
from careercoach.models import GenerationJob
from tests.fakes.llm_server import FakeLLMServer
from tests.ops.metrics_reader import sample

pytestmark = pytest.mark.django_db


def scrape() -> str:
    response = Client().get("/metrics")
    assert response.status_code == 200
    return response.content.decode()


COUNTED = [
    ("careercoach_jobs_created_total", {"kind": "interview"}),
    ("careercoach_jobs_started_total", {"kind": "interview", "provider": "openai"}),
    ("careercoach_jobs_finished_total", {"kind": "interview", "provider": "openai"}),
    ("careercoach_job_queue_wait_seconds_count", {"kind": "interview"}),
    ("careercoach_job_duration_seconds_count", {"kind": "interview", "status": "done"}),
    ("careercoach_llm_provider_calls_total", {"provider": "openai", "outcome": "ok"}),
    ("careercoach_llm_tokens_total", {"provider": "openai", "direction": "in"}),
    ("careercoach_llm_tokens_total", {"provider": "openai", "direction": "out"}),
    ("careercoach_llm_cost_usd_total", {"provider": "openai"}),
    ("careercoach_generation_cache_hits_total", {"kind": "interview"}),
]


def test_given_generation_by_a_hosted_provider_when_scraped_then_counters_moved(user, resume, settings):
    with FakeLLMServer() as fake:
        settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL = "test-key", fake.openai_base_url
        before = scrape()
        job, _ = job_start(owner=user, resume=resume, kind="interview", providers=["openai", "local"])
        assert job_execute(job.pk) == "done"
        job_start(owner=user, resume=resume, kind="interview", providers=["openai", "local"])  # cached
        after = scrape()

    moved = {
        (name, tuple(labels.items())): sample(after, name, **labels) - sample(before, name, **labels)
        for name, labels in COUNTED
    }
    assert all(delta > 0 for delta in moved.values()), moved
    assert moved[("careercoach_jobs_finished_total", (("kind", "interview"), ("provider", "openai")))] == 1


def test_given_job_failing_for_good_when_scraped_then_failure_counted_and_trail_kept(user, resume, settings):
    with FakeLLMServer(default="401") as fake:
        settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL = "wrong-key", fake.openai_base_url
        before = scrape()
        job, _ = job_start(owner=user, resume=resume, kind="interview", providers=["openai"])
        assert job_execute(job.pk) == "failed"
        after = scrape()

    labels = {"kind": "interview", "provider": "openai", "error_code": "all_providers_failed"}
    assert (
        sample(after, "careercoach_jobs_failed_total", **labels)
        - sample(before, "careercoach_jobs_failed_total", **labels)
        == 1
    )
    assert sample(after, "careercoach_llm_provider_errors_total", provider="openai", error="auth") > sample(
        before, "careercoach_llm_provider_errors_total", provider="openai", error="auth"
    )
    assert sample(after, "careercoach_jobs_failed_waiting", kind="interview") == 1
    assert sample(after, "careercoach_llm_breaker_state", provider="openai", state="open") == 1
    job = GenerationJob.objects.get(pk=job.pk)
    assert [(row["provider"], row["outcome"]) for row in job.trail] == [("openai", "auth")]
