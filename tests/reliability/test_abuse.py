"""Abuse from one account: a burst of concurrent generation requests and a burst of password
guesses, against a real gunicorn (several processes and threads) on the test database. The
hourly limit holds exactly, the rest get 429 with Retry-After, and a locked-out account stays
locked for the right password too."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.contrib.auth.hashers import make_password
from django.urls import reverse

from careercoach.models import GenerationJob
from tests.factories import ResumeFactory
from tests.reliability.conftest import assert_error_body
from tests.reliability.servers import gunicorn, web_env

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]

BURST = 100
LIMIT = 5
PASSWORD = "correct-horse-battery"


def burst(count, request):
    """`count` calls of `request(n)` released together from as many threads."""
    start = threading.Barrier(count)

    def one(number):
        start.wait(timeout=30)
        return request(number)

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(one, range(count)))


@pytest.fixture
def live(settings):
    settings.RATE_LIMIT_INTERVIEW_PER_HOUR = LIMIT
    # No worker takes these jobs, so they all stay running: the cap on running jobs per user
    # (a separate limit with its own tests in tests/ops) is off to test the hourly one alone.
    # The per-address limit on log-in posts (20 a minute, tests/ops/test_ip_limits.py) is off
    # too: 20 guesses and the right password make 21 posts, and when the burst falls within one
    # minute the address limit, not the account lock-out under test, refused the last one.
    env = web_env(
        "memory://",
        RATE_LIMIT_INTERVIEW_PER_HOUR=LIMIT,
        AXES_FAILURE_LIMIT=5,
        JOB_MAX_CONCURRENT_PER_USER=0,
        RATE_LIMIT_AUTH_PER_IP_PER_MINUTE=0,
    )
    with gunicorn(env, workers=2, threads=8, log_name="test-gunicorn-abuse.log") as base:
        yield base


def test_given_burst_of_concurrent_generation_requests_when_over_the_hourly_limit_then_exactly_the_limit_runs(
    live,
    user,
    api_token,
    client,
):
    resumes = ResumeFactory.create_batch(BURST, owner=user)
    headers = {"Authorization": f"Token {api_token}"}

    def press(number):
        return requests.post(
            f"{live}/api/v1/interview/{resumes[number].unique_key}/questions", json={}, headers=headers, timeout=60
        )

    answers = burst(BURST, press)

    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [202] * LIMIT + [429] * (BURST - LIMIT)
    for answer in (a for a in answers if a.status_code == 429):
        assert int(answer.headers["Retry-After"]) > 0
        body = answer.json()
        assert_error_body(body, "RATE_LIMITED")
        assert body["details"]["limit_per_hour"] == LIMIT
    assert GenerationJob.objects.filter(owner=user, kind="interview").count() == LIMIT

    # The limit is per user and kind, shared by the web page: the button is refused too,
    # while a learning path (its own limit) still starts.
    client.force_login(user)
    client.post(reverse("interviews:generate", args=[resumes[-1].unique_key]))
    assert GenerationJob.objects.filter(owner=user, kind="interview").count() == LIMIT
    learning = requests.post(
        f"{live}/api/v1/learning/{resumes[0].unique_key}/learning-path", json={}, headers=headers, timeout=60
    )
    assert learning.status_code == 202


def login_attempt(base, csrf, username, password):
    return requests.post(
        f"{base}/accounts/login/",
        data={"username": username, "password": password, "csrfmiddlewaretoken": csrf},
        cookies={"csrftoken": csrf},
        allow_redirects=False,
        timeout=60,
    )


def test_given_burst_of_wrong_passwords_when_the_right_one_follows_then_it_is_refused_while_locked(live, user):
    user.password = make_password(PASSWORD, hasher="pbkdf2_sha256")  # the web process checks it
    user.save()
    page = requests.get(f"{live}/accounts/login/", timeout=30)
    csrf = page.cookies["csrftoken"]

    guesses = burst(20, lambda number: login_attempt(live, csrf, user.username, f"guess-{number}"))

    assert all(guess.status_code in (200, 429) for guess in guesses), [g.status_code for g in guesses]
    assert any(guess.status_code == 429 for guess in guesses)
    assert not any("sessionid" in guess.cookies for guess in guesses)

    right = login_attempt(live, csrf, user.username, PASSWORD)
    assert right.status_code == 429
    assert "sessionid" not in right.cookies
    assert 'href="/accounts/password_reset/"' in right.text

    admin = requests.post(
        f"{live}/admin/login/",
        data={"username": user.username, "password": PASSWORD, "csrfmiddlewaretoken": csrf},
        cookies={"csrftoken": csrf},
        allow_redirects=False,
        timeout=60,
    )
    assert admin.status_code == 429 and "sessionid" not in admin.cookies
