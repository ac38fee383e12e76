"""careercoach project package: settings, the Celery app, API plumbing, the LLM provider
layer (`llm/`) and the offline coach (`coach/`)."""

from careercoach.celery import app as celery_app

__all__ = ["celery_app"]
