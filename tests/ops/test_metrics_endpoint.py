"""GET /metrics: who may read it, and what it shows without a generation (request latency,
failed jobs waiting, breaker states)."""

import pytest
from django.test import Client

from careercoach.llm.breaker import CircuitBreaker
from tests.ops.metrics_reader import sample

pytestmark = pytest.mark.django_db


def scrape(client=None, **extra) -> str:
    response = (client or Client()).get("/metrics", **extra)
    assert response.status_code == 200, response.content[:200]
    assert response["Content-Type"].startswith("text/plain")
    return response.content.decode()


def test_given_no_token_when_loopback_client_scrapes_then_metrics_text():
    assert "careercoach_http_request_duration_seconds" in scrape()


def test_given_no_token_when_remote_or_proxied_client_scrapes_then_403():
    assert Client(REMOTE_ADDR="203.0.113.9").get("/metrics").status_code == 403
    assert Client().get("/metrics", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 403


def test_given_token_when_scraped_without_or_with_wrong_bearer_then_401(settings):
    settings.METRICS_TOKEN = "s3cret-token"

    missing = Client().get("/metrics")
    wrong = Client().get("/metrics", HTTP_AUTHORIZATION="Bearer nope")

    assert missing.status_code == wrong.status_code == 401
    assert missing["WWW-Authenticate"].startswith("Bearer")


def test_given_token_when_scraped_with_bearer_from_anywhere_then_200(settings):
    settings.METRICS_TOKEN = "s3cret-token"

    response = Client(REMOTE_ADDR="203.0.113.9").get("/metrics", HTTP_AUTHORIZATION="Bearer s3cret-token")

    assert response.status_code == 200


def test_given_page_requests_when_scraped_then_latency_counted_by_view_name():
    before = sample(scrape(), "careercoach_http_request_duration_seconds_count", view="landing", method="GET")

    for _ in range(3):
        Client().get("/")

    after = sample(scrape(), "careercoach_http_request_duration_seconds_count", view="landing", method="GET")
    assert after - before == 3


def test_given_failed_jobs_when_scraped_then_failed_waiting_gauge_counts_them(user, resume):
    from careercoach.models import GenerationJob

    GenerationJob.objects.create(owner=user, resume=resume, kind="interview", status="failed", step="failed")
    GenerationJob.objects.create(owner=user, resume=resume, kind="learning", status="failed", step="failed")
    GenerationJob.objects.create(owner=user, resume=resume, kind="learning", status="failed", step="failed")

    text = scrape()

    assert sample(text, "careercoach_jobs_failed_waiting", kind="interview") == 1
    assert sample(text, "careercoach_jobs_failed_waiting", kind="learning") == 2


def test_given_provider_breaker_open_when_scraped_then_state_is_open():
    breaker = CircuitBreaker(failures=1)
    breaker.record_failure("openai")

    text = scrape()

    assert sample(text, "careercoach_llm_breaker_state", provider="openai", state="open") == 1
    assert sample(text, "careercoach_llm_breaker_state", provider="openai", state="closed") == 0
    assert sample(text, "careercoach_llm_breaker_state", provider="gemini", state="closed") == 1
