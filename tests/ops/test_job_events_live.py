"""`curl -N` on the events endpoint while a real worker runs the job: the live server streams
each step as the worker writes it to the job row, then `done`, then ends."""

import time
from urllib.parse import quote

import pytest
import requests
from rest_framework.authtoken.models import Token

from tests.careercoach.workers import celery_worker, embedded_broker_url
from tests.fakes.llm_server import FakeLLMServer
from tests.ops.test_job_events import parse

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]


@pytest.fixture
def slow_openai(settings):
    """OpenAI answers after two seconds, so the job is seen queued, generating, then done."""
    with FakeLLMServer(delay=2) as fake:
        settings.LLM_PROVIDERS = "openai,local"
        settings.OPENAI_API_KEY = "test-key"
        settings.OPENAI_BASE_URL = fake.openai_base_url
        yield fake


def blocks_as_they_arrive(stream, started) -> list[tuple[float, str]]:
    """Each event block with the moment its last byte came (byte by byte: a larger read would
    wait for more bytes than a block has)."""
    arrivals, buffer = [], b""
    for byte in stream.iter_content(chunk_size=1):
        buffer += byte
        if buffer.endswith(b"\n\n"):
            arrivals.append((time.monotonic() - started, buffer.decode()))
            buffer = b""
    return arrivals


def test_given_worker_running_job_when_events_streamed_then_each_step_live_then_done_and_end(
    live_server, user, resume, slow_openai
):
    headers = {"Authorization": f"Token {Token.objects.create(user=user).key}"}
    base = f"{live_server.url}/api/v1"
    with celery_worker(embedded_broker_url(), OPENAI_API_KEY="test-key", OPENAI_BASE_URL=slow_openai.openai_base_url):
        job = requests.post(
            f"{base}/interview/{quote(resume.unique_key)}/questions", headers=headers, json={}, timeout=30
        ).json()
        started = time.monotonic()
        with requests.get(
            f"{base}/jobs/{job['job_id']}/events", headers=headers, stream=True, timeout=(5, 90)
        ) as stream:
            assert stream.headers["Content-Type"].startswith("text/event-stream")
            arrivals = blocks_as_they_arrive(stream, started)
        events = [e for e in parse("".join(block for _, block in arrivals)) if "event" in e]

    steps = [e["data"]["step"] for e in events if e["event"] == "progress"]
    assert steps[0] in ("queued", "analysing")
    assert "generating:openai" in steps
    assert events[-1]["event"] == "done"
    ids = [int(e["id"]) for e in events]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    # Live: the first event arrived before the provider had answered, not all at the end.
    assert arrivals[1][0] < arrivals[-1][0] - 1.5
    result = requests.get(events[-1]["data"]["result_url"], headers=headers, timeout=10).json()
    assert result["provider"] == "openai" and len(result["questions"]) == 5
