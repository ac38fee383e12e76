"""Running a job in a worker. Safe to run twice for the same job (late acks, the sweeper):
the job is claimed with a conditional update (claim.py) and the result is written under a row lock,
so a job ends once with exactly one result."""

import logging
import random

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from careercoach.generation import observe
from careercoach.generation.capacity import llm_capacity_wait
from careercoach.generation.claim import job_claim
from careercoach.generation.kinds import UnknownKind, get_kind
from careercoach.llm.chain import AllProvidersFailed, generate_with_fallback
from careercoach.llm.registry import provider_chain
from careercoach.models import GenerationJob

logger = logging.getLogger(__name__)
Status = GenerationJob.Status
Step = GenerationJob.Step


class RetryLater(Exception):
    """Raised to the task wrapper: try the job again after `countdown` seconds."""

    def __init__(self, countdown: float, reason: str):
        super().__init__(reason)
        self.countdown = countdown


def retry_delay(attempt: int) -> float:
    """Exponential backoff with full jitter: 2, 4, 8... seconds, capped, randomised."""
    base = min(2**attempt, 60)
    return base / 2 + random.uniform(0, base / 2)


def _progress(job: GenerationJob, status: str, progress: int, step: str, provider: str | None = None) -> None:
    job.status, job.progress, job.step = status, progress, step
    if provider is not None:
        job.provider = provider
    job.save(update_fields=["status", "progress", "step", "provider", "updated_at"])


def _fail(job_id, *, error: str, code: str, trail: list | None = None) -> None:
    """Fail the job for good; it then waits in the dead-letter queue (deadletter.py)."""
    with transaction.atomic():
        job = GenerationJob.objects.select_for_update().get(pk=job_id)
        if job.is_finished:
            return
        job.status, job.step, job.error, job.error_code = Status.FAILED, Step.FAILED, error[:2000], code
        job.trail = trail or []
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "step", "error", "error_code", "trail", "finished_at", "updated_at"])
    observe.job_failed(job)


def _store_result(job, kind, answer) -> bool:
    """Write the result and finish the job in one transaction; False if already finished.
    The lock reads only the status: the rest of the row is the claimed `job`, whose input
    (snapshot, language, owner) does not change once it is written, so the snapshot is not
    read and decoded a second time."""
    with transaction.atomic():
        status = GenerationJob.objects.select_for_update().filter(pk=job.pk).values_list("status", flat=True).first()
        if status is None or status in (Status.DONE, Status.FAILED):
            return False
        result = kind.create_result(job=job, answer=answer)
        job.result_id = str(result.pk)
        job.status, job.progress, job.step = Status.DONE, 100, Step.DONE
        job.finished_at = timezone.now()
        # Only what changed: the whole row would send the snapshot (the resume) back again.
        job.save(update_fields=["result_id", "status", "progress", "step", "finished_at", "updated_at"])
    observe.job_finished(job, answer)
    return True


def job_execute(job_id) -> str:
    """The task body. Returns the job's final or current status."""
    job = job_claim(job_id)
    if job is None:
        return "skipped"
    if job.attempts > settings.JOB_MAX_ATTEMPTS:
        _fail(job_id, error="The job was tried too many times without finishing.", code="too_many_attempts")
        return Status.FAILED
    try:
        kind = get_kind(job.kind)
    except UnknownKind as exc:
        _fail(job_id, error=str(exc), code="unknown_kind")
        return Status.FAILED

    countdown = llm_capacity_wait(job)
    if countdown is not None:
        raise RetryLater(countdown, "The hosted-LLM calls cap is reached; waiting for the next minute.")
    observe.job_started(job)

    # Progress is written once per provider attempt (the step people see while they wait),
    # not also before and after it: each write is a round trip on the critical path.
    def on_attempt(provider_name: str, number: int, total: int) -> None:
        _progress(job, Status.GENERATING, 30 + int(50 * (number - 1) / max(total, 1)), Step.GENERATING, provider_name)
        # A provider call waits seconds on the network; holding a database connection through
        # it would cap a threads-pool worker at the server's max_connections. (Inside an
        # atomic block, as under a test's transaction, the connection must stay.)
        if not connection.in_atomic_block:
            connection.close()

    try:
        answer = generate_with_fallback(
            kind,
            job.snapshot,
            job.language,
            providers=provider_chain(job.providers or None),
            on_attempt=on_attempt,
        )
    except AllProvidersFailed as exc:
        observe.provider_trail(exc.trail)
        if exc.transient and job.attempts < settings.JOB_MAX_ATTEMPTS:
            observe.job_retried(job, "providers_failed")
            _progress(job, Status.QUEUED, 5, Step.RETRYING)
            raise RetryLater(retry_delay(job.attempts), str(exc)) from exc
        _fail(job_id, error=str(exc), code="all_providers_failed", trail=exc.trail)
        return Status.FAILED

    kind.output_schema.model_validate({k: v for k, v in answer.payload.items() if k != "language"})
    if not _store_result(job, kind, answer):
        return "skipped"  # another delivery of the same job finished first
    return Status.DONE
