"""`Prefer: wait=N` (RFC 7240) on the generation API, in-process: the header read, a result
that is ready answers 200 with the GET's body, a job still running after N seconds answers 202
as without the header. A real worker finishing within the wait: tests/compat/."""

import time

import pytest

from careercoach.generation.prefer import preferred_wait
from careercoach.generation.run import job_execute

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "header, seconds",
    [
        ("wait=10", 10),
        ("respond-async, wait=5", 5),
        ("WAIT = 7", 7),
        ('wait="3"', 3),
        ("wait=600", 60),
        ("handling=lenient; wait=2", None),
        ("wait=abc", None),
        ("", None),
        (None, None),
    ],
)
def test_given_prefer_header_when_read_then_wait_seconds_capped_at_60(header, seconds):
    assert preferred_wait(header) == seconds


@pytest.mark.parametrize(
    "kind, path", [("interview", "interview/{}/questions"), ("learning", "learning/{}/learning-path")]
)
def test_given_result_ready_when_started_with_prefer_wait_then_200_with_the_get_body(api, resume, kind, path):
    url = "/api/v1/" + path.format(resume.unique_key)
    job_execute(api.post(url, {}, format="json").json()["job_id"])  # the same input again is cached

    answer = api.post(url, {}, format="json", HTTP_PREFER="wait=5")

    assert answer.status_code == 200 and answer["Preference-Applied"] == "wait=5"
    assert answer.json() == api.get(url).json()


def test_given_no_worker_when_started_with_prefer_wait_then_202_with_job_after_the_wait(api, resume):
    started = time.monotonic()

    answer = api.post(f"/api/v1/interview/{resume.unique_key}/questions", {}, format="json", HTTP_PREFER="wait=1")

    assert answer.status_code == 202 and answer["Preference-Applied"] == "wait=1"
    assert answer.json()["status"] == "queued"
    assert 0.9 <= time.monotonic() - started < 10


def test_given_no_prefer_header_when_started_then_202_at_once_without_preference_applied(api, resume):
    answer = api.post(f"/api/v1/interview/{resume.unique_key}/questions", {}, format="json")

    assert answer.status_code == 202 and "Preference-Applied" not in answer
