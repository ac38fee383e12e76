"""Jobs whose worker died, or whose doorbell the broker lost, stop moving. The sweeper
(Celery beat) finds them by their last update and rings again, or fails them for good after
JOB_MAX_ATTEMPTS, so every job ends whatever the broker."""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from careercoach.generation.run import _fail
from careercoach.generation.start import job_enqueue
from careercoach.models import GenerationJob

logger = logging.getLogger(__name__)


def jobs_stale(*, now=None):
    now = now or timezone.now()
    return GenerationJob.objects.active().filter(updated_at__lt=now - timedelta(seconds=settings.JOB_STALE_SECONDS))


def job_sweep_stale(*, now=None) -> dict:
    requeued = failed = 0
    for job in jobs_stale(now=now):
        if job.attempts >= settings.JOB_MAX_ATTEMPTS:
            _fail(job.pk, error="The job stopped moving and was given up after several attempts.", code="abandoned")
            failed += 1
            continue
        # Touch the row first so a sweep running beside this one does not ring twice.
        touched = GenerationJob.objects.filter(pk=job.pk, updated_at=job.updated_at).update(
            status=GenerationJob.Status.QUEUED, step=GenerationJob.Step.REQUEUED, updated_at=timezone.now()
        )
        if touched:
            job_enqueue(job)
            requeued += 1
    if requeued or failed:
        logger.info("Sweeper requeued %d and failed %d stale jobs", requeued, failed)
    return {"requeued": requeued, "failed": failed}
