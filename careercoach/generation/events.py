"""Server-Sent Events for one job: GET /api/v1/jobs/{job_id}/events.

The stream reads the job row, the truth on every broker, about once a second and closes its
database connection between reads, so a waiting client holds a thread (or a greenlet) but no
connection. It sends `retry:` first, a `progress` event whenever status, step or progress
change, a `: heartbeat` comment when nothing was sent for JOB_EVENTS_HEARTBEAT_SECONDS, and
`done` (the job with its result_url) or `failed` (the uniform error body) as the last event.
After JOB_EVENTS_MAX_SECONDS it ends; the browser reconnects by itself and sends
Last-Event-ID, the job's updated_at in milliseconds, so nothing already seen is sent again.
A client that reconnects after the final event gets 204, which tells EventSource to stop.
"""

import json
import time

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.renderers import JSONRenderer
from rest_framework.views import APIView

from careercoach.api.errors import ApiError, error_body
from careercoach.api.schema import ERROR_RESPONSES
from careercoach.generation.api import job_to_document
from careercoach.models import GenerationJob


def event_id(job) -> int:
    return int(job.updated_at.timestamp() * 1000)


def sse(event: str, data: dict, ident: int) -> str:
    payload = json.dumps(data, ensure_ascii=False, default=str)
    return f"id: {ident}\nevent: {event}\ndata: {payload}\n\n"


def final_event(request, job) -> str:
    if job.status == GenerationJob.Status.DONE:
        return sse("done", job_to_document(request, job), event_id(job))
    body = error_body(
        detail=job.error or "The job failed.",
        error_code=(job.error_code or "job_failed").upper(),
        details={"job_id": str(job.id)},
    )
    return sse("failed", body, event_id(job))


def _release_connection() -> None:
    # Inside an atomic block (a test's transaction) the connection must stay.
    if not connection.in_atomic_block:
        connection.close()


def job_event_stream(request, load, *, last_seen: int = 0, clock=time.monotonic, sleep=time.sleep):
    """Yield the stream's text. `load()` returns the job row as it is now, or None."""
    started = last_write = clock()
    yield f"retry: {settings.JOB_EVENTS_RETRY_MS}\n\n"
    state = None
    while True:
        job = load()
        _release_connection()
        if job is None:
            yield sse("failed", error_body(detail="The job no longer exists.", error_code="JOB_NOT_FOUND"), last_seen)
            return
        if job.is_finished:
            yield final_event(request, job)
            return
        now_state = (job.status, job.step, job.provider, job.progress)
        if now_state != state and event_id(job) > last_seen:
            state, last_seen, last_write = now_state, event_id(job), clock()
            yield sse("progress", job_to_document(request, job), last_seen)
        elif clock() - last_write >= settings.JOB_EVENTS_HEARTBEAT_SECONDS:
            last_write = clock()
            yield ": heartbeat\n\n"
        if clock() - started >= settings.JOB_EVENTS_MAX_SECONDS:
            yield f"retry: {settings.JOB_EVENTS_RETRY_MS}\n: reconnect with Last-Event-ID\n\n"
            return
        sleep(settings.JOB_EVENTS_POLL_SECONDS)


def _last_event_id(request) -> int:
    try:
        return int(request.headers.get("Last-Event-ID", "0"))
    except ValueError:
        return 0


class JobEventsApi(APIView):
    """Errors are JSON whatever the client accepts; the stream itself is text/event-stream."""

    def perform_content_negotiation(self, request, force=False):
        return JSONRenderer(), JSONRenderer.media_type

    @extend_schema(
        operation_id="jobs_events",
        responses={
            (200, "text/event-stream"): OpenApiResponse(OpenApiTypes.STR, "progress events, then done or failed"),
            204: OpenApiResponse(description="The job ended before the client's Last-Event-ID: nothing more"),
            **ERROR_RESPONSES,
        },
    )
    def get(self, request, job_id):
        user = request.user

        def load():
            return GenerationJob.objects.for_user(user).select_related("resume").filter(pk=job_id).first()

        job = load()
        if job is None:
            raise ApiError(
                f"Job not found: {job_id}", error_code="JOB_NOT_FOUND", status_code=404, details={"job_id": str(job_id)}
            )
        last_seen = _last_event_id(request)
        if job.is_finished and last_seen >= event_id(job):
            return HttpResponse(status=204)
        response = StreamingHttpResponse(
            job_event_stream(request, load, last_seen=last_seen), content_type="text/event-stream; charset=utf-8"
        )
        response["Cache-Control"] = "no-cache"
        response["X-Accel-Buffering"] = "no"  # nginx: pass each event on at once
        return response
