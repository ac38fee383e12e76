"""The broker goes away while people press "generate". The job row is the source of truth:
the request is answered at once (202 / redirect) with the job queued, pages keep working,
and once the broker is back the sweeper rings again and the job ends done, with one result.

A real gunicorn serves the app against a private redis-server that the test stops (refused
connections) or freezes with SIGSTOP (connections accepted and never answered: the case that
used to hang the request until the client gave up)."""

import time
from urllib.parse import quote

import pytest

from careercoach.models import GenerationJob
from interviews.models import QuestionSet
from learning.models import LearningPlan
from tests.careercoach.workers import celery_worker
from tests.conftest import need
from tests.reliability.conftest import assert_error_body
from tests.reliability.servers import PrivateRedis, gunicorn, redis_available, web_env
from tests.waiting import wait_until

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]

# A hung broker costs a request at most a few socket timeouts (CELERY_PUBLISH_TIMEOUT_SECONDS,
# 2 s by default, one retry); a refused connection costs a fraction of a second.
PUBLISH_BOUND_SECONDS = 10


@pytest.fixture
def redis_broker():
    need(redis_available(), "redis-server")
    broker = PrivateRedis().start()
    yield broker
    broker.stop()


def break_broker(broker, fault):
    if fault == "stopped":
        broker.stop()
    else:
        broker.freeze()


def mend_broker(broker, fault):
    if fault == "stopped":
        broker.start()  # same port, empty: whatever was queued before is gone
    else:
        broker.thaw()


def timed(call):
    started = time.monotonic()
    response = call()
    return response, time.monotonic() - started


def web_generate(http, base, resume, session_cookie):
    """Press the learning-path button of the web page, as a browser would (CSRF included)."""
    http.cookies.set("sessionid", session_cookie)
    http.get(f"{base}/resumes/new/", timeout=30).raise_for_status()
    token = http.cookies["csrftoken"]
    return http.post(
        f"{base}/resumes/{resume.unique_key}/learning/generate/",
        data={"csrfmiddlewaretoken": token},
        allow_redirects=False,
        timeout=30,
    )


@pytest.mark.parametrize("fault", ["stopped", "frozen"])
def test_given_broker_down_when_generation_requested_then_accepted_at_once_and_done_after_broker_returns(
    redis_broker,
    fault,
    user,
    resume,
    api_token,
    session_cookie,
    http,
):
    with gunicorn(web_env(redis_broker.url)) as base:
        break_broker(redis_broker, fault)

        api_answer, api_seconds = timed(
            lambda: http.post(
                f"{base}/api/v1/interview/{resume.unique_key}/questions",
                json={},
                headers={"Authorization": f"Token {api_token}"},
                timeout=60,
            )
        )
        web_answer, web_seconds = timed(lambda: web_generate(http, base, resume, session_cookie))

        assert api_answer.status_code == 202, api_answer.text
        assert api_seconds < PUBLISH_BOUND_SECONDS
        assert web_answer.status_code == 302 and web_answer.headers["Location"].endswith(
            f"/resumes/{quote(resume.unique_key)}/"
        )
        assert web_seconds < PUBLISH_BOUND_SECONDS

        job = api_answer.json()
        status = http.get(job["status_url"], headers={"Authorization": f"Token {api_token}"}, timeout=30).json()
        assert (status["status"], status["step"]) == ("queued", "waiting_for_broker")

        page = http.get(f"{base}/resumes/{resume.unique_key}/", timeout=30)
        assert page.status_code == 200 and resume.name in page.text

        health, health_seconds = timed(lambda: http.get(f"{base}/api/v1/interview/health", timeout=60))
        assert health.status_code == 200 and health_seconds < PUBLISH_BOUND_SECONDS
        assert health.json()["broker"]["ok"] is False and health.json()["status"] == "degraded"

        missing = http.get(
            f"{base}/api/v1/jobs/00000000-0000-0000-0000-000000000000",
            headers={"Authorization": f"Token {api_token}"},
            timeout=30,
        )
        assert_error_body(missing.json(), "JOB_NOT_FOUND")

    jobs = GenerationJob.objects.filter(resume=resume)
    assert jobs.count() == 2 and all(j.status == "queued" and j.step == "waiting_for_broker" for j in jobs)

    mend_broker(redis_broker, fault)
    with celery_worker(redis_broker.url, beat=True, JOB_STALE_SECONDS=2, JOB_SWEEP_INTERVAL_SECONDS=1):
        wait_until(
            lambda: all(j.is_finished for j in GenerationJob.objects.filter(resume=resume)),
            timeout=90,
            interval=0.5,
            what="both jobs to be rung again by the sweeper and finish",
        )

    assert sorted(GenerationJob.objects.filter(resume=resume).values_list("kind", "status")) == [
        ("interview", "done"),
        ("learning", "done"),
    ]
    assert QuestionSet.objects.filter(resume=resume).count() == 1
    assert LearningPlan.objects.filter(resume=resume).count() == 1
