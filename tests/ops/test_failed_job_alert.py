"""Too many failed jobs in an hour: an error in the log and a JSON POST to ALERT_WEBHOOK_URL,
received here by a real local HTTP server."""

import json
import logging
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone

from careercoach.generation.alerts import failed_jobs_alert_check
from careercoach.models import GenerationJob
from careercoach.tasks import check_failed_jobs

pytestmark = pytest.mark.django_db


class Webhook:
    """Records each POSTed JSON body; answers `status`."""

    def __init__(self, status=200):
        self.received, self.status = [], status
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                hook.received.append((self.headers["Content-Type"], json.loads(body)))
                self.send_response(hook.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/alerts"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def webhook(settings):
    hook = Webhook()
    settings.ALERT_WEBHOOK_URL = hook.url
    settings.JOB_FAILED_ALERT_THRESHOLD = 3
    yield hook
    hook.close()


def fail_jobs(user, resume, count, *, when=None):
    for _ in range(count):
        job = GenerationJob.objects.create(
            owner=user,
            resume=resume,
            kind="interview",
            status="failed",
            step="failed",
            error_code="all_providers_failed",
        )
        if when:
            GenerationJob.objects.filter(pk=job.pk).update(updated_at=when)


def test_given_threshold_reached_when_checked_then_error_logged_and_json_posted_once(user, resume, webhook, caplog):
    fail_jobs(user, resume, 3)

    with caplog.at_level(logging.ERROR, logger="careercoach.generation.alerts"):
        assert check_failed_jobs() is True
    assert check_failed_jobs() is False  # cooling down: one alert, not one per check

    assert len(webhook.received) == 1
    content_type, alert = webhook.received[0]
    assert content_type == "application/json"
    assert (alert["alert"], alert["count"], alert["threshold"], alert["window_seconds"]) == ("failed_jobs", 3, 3, 3600)
    assert "3 generation jobs failed" in alert["text"] and len(alert["recent"]) == 3
    assert any(r.levelno == logging.ERROR and "failed in the last hour" in r.getMessage() for r in caplog.records)


def test_given_failures_older_than_an_hour_when_checked_then_no_alert(user, resume, webhook):
    fail_jobs(user, resume, 2)
    fail_jobs(user, resume, 5, when=timezone.now() - timedelta(hours=2))

    assert failed_jobs_alert_check() is None
    assert webhook.received == []


def test_given_no_webhook_url_when_threshold_reached_then_only_logged(user, resume, settings, caplog):
    settings.ALERT_WEBHOOK_URL, settings.JOB_FAILED_ALERT_THRESHOLD = "", 1
    fail_jobs(user, resume, 1)

    with caplog.at_level(logging.ERROR):
        assert failed_jobs_alert_check()["count"] == 1

    assert any("failed in the last hour" in r.getMessage() for r in caplog.records)


def test_given_webhook_failing_when_alerting_then_logged_and_tried_again_next_check(user, resume, webhook):
    webhook.status = 500
    fail_jobs(user, resume, 3)

    failed_jobs_alert_check()
    webhook.status = 200
    failed_jobs_alert_check()

    assert len(webhook.received) == 2


def test_given_threshold_zero_when_many_fail_then_alert_off(user, resume, webhook, settings):
    settings.JOB_FAILED_ALERT_THRESHOLD = 0
    fail_jobs(user, resume, 4)

    assert failed_jobs_alert_check() is None and webhook.received == []
