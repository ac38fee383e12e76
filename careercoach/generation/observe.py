"""The pipeline's events, counted for Prometheus (careercoach.metrics) and, for failures,
checked against the failed-jobs alert. Called by run.py and start.py at each event, in the
process where it happens."""

from careercoach import metrics
from careercoach.generation.alerts import failed_jobs_alert_check


def _first_provider(job) -> str:
    return (job.providers or ["none"])[0]


def _seconds(later, earlier) -> float | None:
    return (later - earlier).total_seconds() if later and earlier else None


def job_created(job) -> None:
    metrics.JOBS_CREATED.labels(job.kind).inc()


def cache_hit(kind_name: str) -> None:
    metrics.CACHE_HITS.labels(kind_name).inc()


def job_started(job) -> None:
    metrics.JOBS_STARTED.labels(job.kind, _first_provider(job)).inc()
    wait = _seconds(job.started_at, job.created_at)
    if job.attempts == 1 and wait is not None:
        metrics.JOB_QUEUE_WAIT.labels(job.kind).observe(max(wait, 0.0))


def provider_trail(trail: list) -> None:
    """The attempts of a run in which every provider failed (a success counts its own)."""
    metrics.provider_attempts_count(trail)


def job_retried(job, reason: str) -> None:
    metrics.JOBS_RETRIED.labels(job.kind, reason).inc()


def job_finished(job, answer) -> None:
    metrics.JOBS_FINISHED.labels(job.kind, answer.provider).inc()
    metrics.provider_attempts_count(getattr(answer, "trail", []))
    metrics.answer_usage_count(answer)
    duration = _seconds(job.finished_at, job.started_at)
    if duration is not None:
        metrics.JOB_DURATION.labels(job.kind, "done").observe(max(duration, 0.0))


def job_failed(job) -> None:
    tried = [row.get("provider") for row in (job.trail or []) if row.get("outcome") not in ("circuit_open", "deadline")]
    provider = tried[-1] if tried else (job.provider or "none")
    metrics.JOBS_FAILED.labels(job.kind, provider, job.error_code or "unknown").inc()
    duration = _seconds(job.finished_at, job.started_at)
    if duration is not None:
        metrics.JOB_DURATION.labels(job.kind, "failed").observe(max(duration, 0.0))
    failed_jobs_alert_check()
