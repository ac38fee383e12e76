"""GET /api/v1/jobs/{job_id}/events in-process: the final event, Last-Event-ID, heartbeats,
the maximum duration and the database connection released while idle. The stream of a job
run by a real worker is read in test_job_events_live.py."""

import json

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from careercoach.models import GenerationJob

pytestmark = pytest.mark.django_db


def parse(text: str) -> list[dict]:
    """Server-Sent Events blocks as dicts: id, event, data (JSON), retry, comment."""
    blocks = []
    for raw in text.split("\n\n"):
        if not raw.strip():
            continue
        block = {}
        for line in raw.split("\n"):
            field, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if field == "":
                block["comment"] = value
            elif field == "data":
                block["data"] = json.loads(value)
            else:
                block[field] = value
        blocks.append(block)
    return blocks


def read_stream(api, job, **headers) -> tuple[int, list[dict]]:
    response = api.get(f"/api/v1/jobs/{job.pk}/events", **headers)
    if not response.streaming:
        return response.status_code, []
    assert response["Content-Type"].startswith("text/event-stream")
    return response.status_code, parse(b"".join(response.streaming_content).decode())


def make_job(user, resume, **fields):
    return GenerationJob.objects.create(owner=user, resume=resume, kind="interview", **fields)


def test_given_done_job_when_streamed_then_retry_then_done_with_result_url_and_end(api, user, resume):
    job = make_job(user, resume, status="done", progress=100, step="done", finished_at=timezone.now())

    status, events = read_stream(api, job)

    assert status == 200
    assert events[0] == {"retry": "2000"}
    assert [e.get("event") for e in events[1:]] == ["done"]
    assert events[-1]["data"]["result_url"] == "http://testserver" + reverse(
        "api-interview-questions", args=[resume.unique_key]
    )
    assert events[-1]["data"]["status"] == "done"


def test_given_failed_job_when_streamed_then_failed_event_carries_uniform_error_body(api, user, resume):
    job = make_job(
        user,
        resume,
        status="failed",
        step="failed",
        error="No AI provider could answer.",
        error_code="all_providers_failed",
        finished_at=timezone.now(),
    )

    _, events = read_stream(api, job)

    body = events[-1]["data"]
    assert events[-1]["event"] == "failed"
    assert set(body) == {"detail", "error_code", "timestamp", "request_id", "details"}
    assert body["error_code"] == "ALL_PROVIDERS_FAILED" and body["details"]["job_id"] == str(job.pk)


def test_given_client_saw_final_event_when_it_reconnects_then_204_stops_it(api, user, resume):
    job = make_job(user, resume, status="done", progress=100, step="done", finished_at=timezone.now())
    _, events = read_stream(api, job)

    status, _ = read_stream(api, job, HTTP_LAST_EVENT_ID=events[-1]["id"])

    assert status == 204


def test_given_other_users_job_when_streamed_then_404_json(api, other_user, resume):
    from tests.factories import ResumeFactory

    job = make_job(other_user, ResumeFactory(owner=other_user))

    response = api.get(f"/api/v1/jobs/{job.pk}/events", HTTP_ACCEPT="text/event-stream")

    assert response.status_code == 404 and response.json()["error_code"] == "JOB_NOT_FOUND"


def test_given_anonymous_when_streamed_then_401(user, resume):
    from rest_framework.test import APIClient

    job = make_job(user, resume)

    assert APIClient().get(f"/api/v1/jobs/{job.pk}/events").status_code == 401


def test_given_job_that_does_not_move_when_streamed_then_heartbeats_then_retry_at_max_duration(
    api, user, resume, settings
):
    settings.JOB_EVENTS_POLL_SECONDS, settings.JOB_EVENTS_HEARTBEAT_SECONDS = 0.05, 0.2
    settings.JOB_EVENTS_MAX_SECONDS = 0.7
    job = make_job(user, resume, step="queued")

    _, events = read_stream(api, job)

    assert [e.get("event") for e in events if "event" in e] == ["progress"]
    assert events[1]["data"]["status"] == "queued"
    assert sum(1 for e in events if e.get("comment") == "heartbeat") >= 2
    assert events[-1]["retry"] == "2000" and "Last-Event-ID" in events[-1]["comment"]


def test_given_last_event_id_of_current_state_when_reconnecting_then_state_not_sent_again(api, user, resume, settings):
    settings.JOB_EVENTS_POLL_SECONDS, settings.JOB_EVENTS_MAX_SECONDS = 0.05, 0.3
    job = make_job(user, resume, status="generating", progress=30, step="generating")
    _, first = read_stream(api, job)

    _, again = read_stream(api, job, HTTP_LAST_EVENT_ID=first[1]["id"])

    assert first[1]["event"] == "progress"
    assert not [e for e in again if "event" in e]


@pytest.mark.django_db(transaction=True)
def test_given_open_stream_when_waiting_between_reads_then_no_database_connection_held(api, user, resume, settings):
    settings.JOB_EVENTS_POLL_SECONDS, settings.JOB_EVENTS_MAX_SECONDS = 0.05, 5
    job = make_job(user, resume, status="generating", progress=30, step="generating")
    stream = iter(api.get(f"/api/v1/jobs/{job.pk}/events").streaming_content)

    next(stream)  # retry:
    next(stream)  # the first progress event, after the first read

    assert connection.connection is None
    GenerationJob.objects.filter(pk=job.pk).update(
        status="done", progress=100, step="done", finished_at=timezone.now(), updated_at=timezone.now()
    )
    assert b"event: done" in b"".join(stream)
