"""The Celery app. A worker: `celery -A careercoach worker` (see the Makefile for the pool)."""
import os

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
