"""The Celery app. A worker: `celery -A careercoach worker` (see the Makefile for the pool)."""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careercoach.settings")

app = Celery("careercoach")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
