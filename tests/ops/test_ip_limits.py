"""Per-IP limits per minute: the API (uniform body) and the log-in and sign-up forms (a page
that says how long to wait), each 429 with Retry-After."""

import time

import pytest
from django.test import Client
from rest_framework.test import APIClient

from tests.ops.metrics_reader import sample

pytestmark = pytest.mark.django_db


@pytest.fixture
def tight(settings):
    """Low limits, and a test that starts well inside one of the fixed one-minute windows, so
    that a window turning mid-test does not reset the count it is about to check."""
    seconds_into_minute = time.time() % 60
    if seconds_into_minute > 45:
        time.sleep(60.5 - seconds_into_minute)
    settings.RATE_LIMIT_API_PER_IP_PER_MINUTE = 3
    settings.RATE_LIMIT_AUTH_PER_IP_PER_MINUTE = 2
    return settings


def test_given_api_limit_when_exceeded_then_429_uniform_body_and_retry_after(tight, user):
    client = APIClient(REMOTE_ADDR="198.51.100.7")
    client.force_authenticate(user)

    statuses = [client.get("/api/v1/resumes/").status_code for _ in range(4)]

    refused = client.get("/api/v1/resumes/")
    assert statuses == [200, 200, 200, 429]
    body = refused.json()
    assert set(body) == {"detail", "error_code", "timestamp", "request_id", "details"}
    assert body["error_code"] == "RATE_LIMITED" and body["details"]["limit_per_minute"] == 3
    assert 1 <= int(refused["Retry-After"]) <= 60 and body["details"]["retry_after"] == int(refused["Retry-After"])


def test_given_one_address_limited_when_another_calls_then_it_is_served(tight, user):
    first, second = APIClient(REMOTE_ADDR="198.51.100.7"), APIClient(REMOTE_ADDR="198.51.100.8")
    for client in (first, second):
        client.force_authenticate(user)
    for _ in range(4):
        first.get("/api/v1/resumes/")

    assert second.get("/api/v1/resumes/").status_code == 200


def test_given_api_limit_reached_when_health_polled_then_still_answered(tight):
    client = APIClient(REMOTE_ADDR="198.51.100.7")
    for _ in range(4):
        client.get("/api/v1/resumes/")

    assert client.get("/api/v1/interview/health").status_code == 200


@pytest.mark.parametrize(
    "url_name, form",
    [
        ("login", {"username": "nobody", "password": "wrong-password"}),
        ("signup", {"username": "", "password1": "x", "password2": "y"}),
    ],
)
def test_given_form_posts_over_limit_when_posting_again_then_readable_429_page_with_wait(tight, url_name, form):
    from django.urls import reverse

    client = Client(REMOTE_ADDR="198.51.100.9")
    url = reverse(url_name)
    for _ in range(2):
        assert client.post(url, form).status_code == 200  # the form again, with its errors
    assert client.get(url).status_code == 200  # reading the page is not counted

    refused = client.post(url, form, HTTP_ACCEPT_LANGUAGE="en")

    assert refused.status_code == 429
    seconds = int(refused["Retry-After"])
    assert 1 <= seconds <= 60
    text = refused.content.decode()
    assert "Too many requests" in text and f"try again in {seconds} second" in text


def test_given_refusals_when_scraped_then_counted_by_limit(tight, user):
    client = APIClient(REMOTE_ADDR="198.51.100.10")
    client.force_authenticate(user)
    before = sample(Client().get("/metrics").content.decode(), "careercoach_rate_limit_refusals_total", limit="ip_api")

    for _ in range(5):
        client.get("/api/v1/resumes/")

    after = sample(Client().get("/metrics").content.decode(), "careercoach_rate_limit_refusals_total", limit="ip_api")
    assert after - before == 2


def test_given_behind_proxy_when_clients_share_proxy_then_counted_by_forwarded_address(tight, user):
    tight.BEHIND_PROXY = True
    client = APIClient(REMOTE_ADDR="10.0.0.2")
    client.force_authenticate(user)
    for _ in range(3):
        client.get("/api/v1/resumes/", HTTP_X_FORWARDED_FOR="203.0.113.1")

    assert client.get("/api/v1/resumes/", HTTP_X_FORWARDED_FOR="203.0.113.1").status_code == 429
    assert client.get("/api/v1/resumes/", HTTP_X_FORWARDED_FOR="203.0.113.2").status_code == 200


def test_given_korean_default_when_login_refused_then_page_says_wait_in_korean(tight):
    client = Client(REMOTE_ADDR="198.51.100.11")
    for _ in range(3):
        refused = client.post("/accounts/login/", {"username": "a", "password": "b"})

    assert refused.status_code == 429
    assert f"{refused['Retry-After']}초 뒤에 다시 시도해 주세요" in refused.content.decode()
