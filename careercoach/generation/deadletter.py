"""Failed jobs are the dead-letter queue: they keep their input (the resume snapshot), error,
attempts and provider trail until an operator requeues or discards them (admin, or
`manage.py jobs failed|retry|purge`).

A requeue is one conditional UPDATE from `failed` to `queued`, so however many admins press
the button at once, or however often, each job goes back to the queue exactly once and its
worker is rung once. A resume that meanwhile got a new running job of the same kind keeps
that one (the one-active-job constraint), and the failed job stays where it is."""

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from careercoach.models import GenerationJob

logger = logging.getLogger(__name__)
Status = GenerationJob.Status


@dataclass
class Requeued:
    requeued: list = field(default_factory=list)
    skipped_running: list = field(default_factory=list)  # another job of that resume and kind runs
    not_failed: list = field(default_factory=list)  # already requeued, discarded, or never failed


def failed_jobs():
    return GenerationJob.objects.filter(status=Status.FAILED).select_related("resume", "owner")


def _requeue_one(job_id) -> str:
    try:
        with transaction.atomic():
            moved = GenerationJob.objects.filter(pk=job_id, status=Status.FAILED).update(
                status=Status.QUEUED,
                progress=0,
                step=GenerationJob.Step.REQUEUED,
                error="",
                error_code="",
                attempts=0,
                started_at=None,
                finished_at=None,
                updated_at=timezone.now(),
            )
            if moved:
                from careercoach.generation.start import job_enqueue

                job = GenerationJob.objects.get(pk=job_id)
                transaction.on_commit(lambda: job_enqueue(job))
    except IntegrityError:
        return "skipped_running"
    return "requeued" if moved else "not_failed"


def failed_jobs_requeue(*, job_ids) -> Requeued:
    outcome = Requeued()
    for job_id in job_ids:
        getattr(outcome, _requeue_one(job_id)).append(job_id)
    if outcome.requeued:
        logger.info("Requeued %d failed jobs", len(outcome.requeued))
    return outcome


def failed_jobs_discard(*, job_ids) -> int:
    """Delete the given jobs if they are still failed (a concurrent requeue wins)."""
    deleted, _ = GenerationJob.objects.filter(pk__in=list(job_ids), status=Status.FAILED).delete()
    return deleted


def failed_jobs_purge(*, older_than: timedelta) -> int:
    cutoff = timezone.now() - older_than
    deleted, _ = GenerationJob.objects.filter(status=Status.FAILED, updated_at__lt=cutoff).delete()
    return deleted
