"""The Celery app. A worker: `celery -A careercoach worker` (see the Makefile for the pool)."""

import logging
import os
import time

from celery import Celery
from celery.signals import worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careercoach.settings")

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
