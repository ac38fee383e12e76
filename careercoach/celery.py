"""The Celery app. A worker: `celery -A careercoach worker` (see the Makefile for the pool)."""

import logging
import os
import threading
import time

from celery import Celery
from celery.signals import worker_init, worker_ready

from careercoach.broker import use_for_filesystem_urls

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careercoach.settings")
use_for_filesystem_urls()

app = Celery("careercoach")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_init.connect
def _start_metrics_exporter(**_kwargs):
    """The worker's counters on WORKER_METRICS_PORT (careercoach/metrics/exporter.py)."""
    from careercoach.metrics.exporter import worker_exporter_start

    worker_exporter_start()


@worker_init.connect
def warm_up_providers(**kwargs):
    """Before the pool takes its first job (Django is set up by then): see llm.registry.warm_up."""
    from careercoach.llm.registry import warm_up

    started = time.monotonic()
    names = warm_up()
    logging.getLogger(__name__).info(
        "Providers ready (%s) in %.0f ms", ", ".join(names) or "none", 1000 * (time.monotonic() - started)
    )


@worker_ready.connect
def start_pool_threads(sender=None, **kwargs):
    """A threads pool starts its threads one per task, from the consumer thread, as the first
    wave of jobs arrives: each start waits for the new thread to get the GIL from the threads
    already busy starting their jobs, and the next message waits with it. Started here, before
    any job, they are idle and waiting when the first wave comes (bench/jobs.py, 120 jobs on
    60 threads, paired runs: the 60th message was received 0.51 s after the first without
    this and 0.22 s with it). Other pools have no executor and are left alone."""
    pool = getattr(sender, "pool", None)
    executor = getattr(pool, "executor", None)
    if executor is None or not getattr(pool, "limit", 0):
        return
    barrier = threading.Barrier(pool.limit)

    def wait_for_all():
        try:
            barrier.wait(timeout=10)  # every task holds its thread until all threads exist
        except threading.BrokenBarrierError:
            pass

    for _ in range(pool.limit):
        executor.submit(wait_for_all)
