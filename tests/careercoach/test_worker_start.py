"""What a worker sets up before its first job: every pool thread started, the Redis transport
without ack emulation (the sweeper, not the broker, brings back a lost job), and the embedded
broker's folder read ten times a second."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from celery.concurrency.thread import TaskPool

from careercoach.celery import start_pool_threads

ROOT = Path(__file__).resolve().parents[2]


def test_given_threads_pool_when_worker_ready_then_every_thread_is_started_before_a_job():
    pool = TaskPool(limit=12)
    try:
        assert len(pool.executor._threads) == 0

        start_pool_threads(sender=SimpleNamespace(pool=pool))

        deadline = time.monotonic() + 10
        while len(pool.executor._threads) < 12 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(pool.executor._threads) == 12
        # They are idle again at once: a task submitted now runs without a new thread.
        assert pool.executor.submit(lambda: 42).result(timeout=10) == 42
        assert len(pool.executor._threads) == 12
    finally:
        pool.on_stop()


def test_given_a_pool_without_threads_when_worker_ready_then_nothing_happens():
    start_pool_threads(sender=SimpleNamespace(pool=SimpleNamespace(limit=4)))
    start_pool_threads(sender=None)


def _transport_options(**env) -> dict:
    script = "import json, careercoach.settings as s; print(json.dumps(s.CELERY_BROKER_TRANSPORT_OPTIONS))"
    environment = {**os.environ, **env}
    output = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def test_given_redis_broker_then_ack_emulation_is_off_unless_asked_for():
    assert _transport_options(CELERY_BROKER_URL="redis://127.0.0.1:6379/0")["ack_emulation"] is False
    on = _transport_options(CELERY_BROKER_URL="redis://127.0.0.1:6379/0", CELERY_REDIS_ACK_EMULATION="1")
    assert on["ack_emulation"] is True
    assert "ack_emulation" not in _transport_options(CELERY_BROKER_URL="filesystem://localhost//")


def test_given_embedded_broker_then_an_idle_worker_looks_at_the_queue_ten_times_a_second():
    assert _transport_options(CELERY_BROKER_URL="filesystem://localhost//")["polling_interval"] == 0.1
    slower = _transport_options(CELERY_BROKER_URL="filesystem://localhost//", CELERY_BROKER_POLLING_INTERVAL="1")
    assert slower["polling_interval"] == 1.0
