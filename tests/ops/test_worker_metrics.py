"""The worker is a separate process: its counters are served on its own port
(WORKER_METRICS_PORT) for Prometheus, and they move when it runs a job."""

import socket
import urllib.request

import pytest

from careercoach.generation.start import job_start
from tests.careercoach.workers import celery_worker, embedded_broker_url
from tests.ops.metrics_reader import sample
from tests.waiting import wait_until

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.services]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def scrape(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        return response.read().decode()


def test_given_worker_with_metrics_port_when_it_runs_a_job_then_its_counters_moved(user, resume):
    port = free_port()
    with celery_worker(embedded_broker_url(), WORKER_METRICS_PORT=port):
        before = wait_until(lambda: _try_scrape(port), timeout=60, what="the worker's metrics port")
        job, _ = job_start(owner=user, resume=resume, kind="learning")
        wait_until(lambda: _finished(job), timeout=90, what="the job to finish")
        after = scrape(port)

    for name, labels in [
        ("careercoach_jobs_started_total", {"kind": "learning", "provider": "local"}),
        ("careercoach_jobs_finished_total", {"kind": "learning", "provider": "local"}),
        ("careercoach_llm_provider_calls_total", {"provider": "local", "outcome": "ok"}),
        ("careercoach_job_duration_seconds_count", {"kind": "learning", "status": "done"}),
    ]:
        assert sample(after, name, **labels) - sample(before, name, **labels) == 1, name
    assert "careercoach_jobs_failed_waiting" not in after  # shared state is the web endpoint's


def _try_scrape(port):
    try:
        return scrape(port)
    except OSError:
        return None


def _finished(job):
    job.refresh_from_db()
    return job.is_finished
