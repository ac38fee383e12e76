"""Claiming a job for a worker: one statement, one round trip.

The conditional UPDATE that moves a queued (or abandoned) job to `analysing` also returns
the row (`UPDATE ... RETURNING`, in PostgreSQL and SQLite 3.35+), so the worker does not read
the job a second time. Under load every round trip is CPU a worker thread spends holding the
GIL while the others wait (bench/jobs.py's timeline)."""

from datetime import timedelta

from django.conf import settings
from django.db import connections, router
from django.utils import timezone

from careercoach.models import GenerationJob

Status = GenerationJob.Status


def job_claim(job_id) -> GenerationJob | None:
    """The job, now `analysing` with one more attempt counted; None when it is finished,
    unknown, or running elsewhere and still moving (its updated_at is recent): a second
    delivery of a running job would pay the provider twice and use up the first's attempts."""
    now = timezone.now()
    abandoned_before = now - timedelta(seconds=settings.JOB_STALE_SECONDS)
    alias = router.db_for_write(GenerationJob)
    connection = connections[alias]
    meta = GenerationJob._meta

    def column(name: str) -> str:
        return connection.ops.quote_name(meta.get_field(name).column)

    def value(name: str, raw):
        return meta.get_field(name).get_db_prep_value(raw, connection)

    active = [str(status.value) for status in GenerationJob.ACTIVE_STATUSES]
    sql = (
        f"UPDATE {connection.ops.quote_name(meta.db_table)} SET {column('status')} = %s, {column('progress')} = %s, "
        f"{column('step')} = %s, {column('attempts')} = {column('attempts')} + 1, {column('started_at')} = %s, "
        f"{column('updated_at')} = %s "
        f"WHERE {column('id')} = %s AND ({column('status')} = %s OR ({column('status')} IN "
        f"({', '.join(['%s'] * len(active))}) AND {column('updated_at')} < %s)) RETURNING *"
    )
    params = [
        str(Status.ANALYSING.value),
        10,
        str(GenerationJob.Step.ANALYSING.value),
        value("started_at", now),
        value("updated_at", now),
        value("id", job_id),
        str(Status.QUEUED.value),
        *active,
        value("updated_at", abandoned_before),
    ]
    return next(iter(GenerationJob.objects.db_manager(alias).raw(sql, params)), None)
