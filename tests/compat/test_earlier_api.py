"""The earlier system's clients against this API: a token, `Prefer: wait=60` on the POST, and
the answer is 200 with the result in the shape its own examples have (tests/data/compat/,
copied from them). A real worker process runs the jobs beside the live server."""

import json
from pathlib import Path
from urllib.parse import quote

import pytest
import requests
from rest_framework.authtoken.models import Token

from tests.careercoach.workers import celery_worker, embedded_broker_url

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "compat"


def example(name: str) -> dict:
    return json.loads((EXAMPLES / f"{name}-example.json").read_text())


@pytest.fixture
def client_of_earlier_system(live_server, user):
    session = requests.Session()
    session.headers["Authorization"] = f"Token {Token.objects.create(user=user).key}"
    with celery_worker(embedded_broker_url()):
        yield session, f"{live_server.url}/api/v1"
    session.close()


def test_given_token_and_prefer_wait_60_when_questions_posted_then_200_with_the_question_set(
    client_of_earlier_system, resume
):
    session, base = client_of_earlier_system

    answer = session.post(
        f"{base}/interview/{quote(resume.unique_key)}/questions", json={}, headers={"Prefer": "wait=60"}, timeout=90
    )

    assert answer.status_code == 200, answer.text[:300]
    assert answer.headers["Preference-Applied"] == "wait=60"
    body = answer.json()
    assert {"interview_id", "provider", "model", "questions", "generated_at"} <= set(body)
    assert len(body["questions"]) == 5
    assert set(example("interview")) <= set(body)  # resume_id and unique_key too
    assert all(set(example("interview")["questions"][0]) <= set(question) for question in body["questions"])
    assert body == session.get(f"{base}/interview/{quote(resume.unique_key)}/questions", timeout=30).json()


def test_given_token_and_prefer_wait_30_when_learning_path_posted_then_200_in_the_earlier_shape(
    client_of_earlier_system, resume
):
    session, base = client_of_earlier_system

    answer = session.post(
        f"{base}/learning/{quote(resume.unique_key)}/learning-path", json={}, headers={"Prefer": "wait=30"}, timeout=60
    )

    assert answer.status_code == 200, answer.text[:300]
    body, earlier = answer.json(), example("learning")
    assert set(earlier) <= set(body)  # message too
    assert set(earlier["analysis"]) <= set(body["analysis"])
    assert all(set(earlier["learning_paths"][0]) <= set(path) for path in body["learning_paths"])


def test_given_health_when_read_by_earlier_client_then_service_status_timestamp(client_of_earlier_system):
    session, base = client_of_earlier_system

    for service in ("interview", "learning"):
        body = session.get(f"{base}/{service}/health", timeout=30).json()
        assert body["service"] == f"{service}-service" and body["status"] == "healthy" and body["timestamp"]
