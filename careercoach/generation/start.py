"""Starting a generation: what happens when a user presses the button (web or API)."""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from careercoach.generation import observe
from careercoach.generation.keys import result_cache_key
from careercoach.generation.kinds import get_kind
from careercoach.generation.limits import rate_limit_check
from careercoach.generation.tasks import run_generation_job
from careercoach.llm.registry import provider_chain
from careercoach.models import GenerationJob

logger = logging.getLogger(__name__)
Step = GenerationJob.Step


def job_start(
    *,
    owner,
    kind,
    resume=None,
    document: dict | None = None,
    subject_id=None,
    language: str = "auto",
    providers=None,
    regenerate: bool = False,
):
    """Return (job, created) for `kind` (a name or a GenerationKind; UnknownKind if neither).

    The input is `document`, or the kind's document built from `resume`; `subject_id` (default:
    the resume's id) names what the job is about. A press while a job of this kind and subject
    runs returns that job; the same input asked again returns the stored result as a finished
    job unless `regenerate`. Raises RateLimited at the user's hourly limit."""
    kind = get_kind(kind)
    fields = _job_fields(
        kind,
        owner=owner,
        resume=resume,
        document=document,
        subject_id=subject_id,
        language=language,
        providers=providers,
    )
    subject_id = fields["subject_id"]

    running = _running(kind.name, subject_id)
    if running:
        return running, False

    if not regenerate:
        cached = kind.cached_result(owner=owner, cache_key=fields["cache_key"])
        if cached is not None:
            job = GenerationJob.objects.create(
                **fields,
                status=GenerationJob.Status.DONE,
                progress=100,
                step=Step.CACHED,
                result_id=str(cached.pk),
                finished_at=timezone.now(),
            )
            observe.cache_hit(kind.name)
            return job, True

    try:
        with transaction.atomic():
            rate_limit_check(owner=owner, kind=kind.name)
            job = GenerationJob.objects.create(**fields, regenerate=regenerate)
            transaction.on_commit(lambda: job_enqueue(job))
        observe.job_created(job)
    except IntegrityError:
        # Another press won the race for the one active job of this kind and subject.
        running = _running(kind.name, subject_id)
        if running is None:
            raise
        return running, False
    return job, True


def _job_fields(kind, *, owner, resume, document, subject_id, language, providers) -> dict:
    """The new job row's fields: the input document (built from the resume unless given), its
    subject, the output language, the provider chain, and the cache key over all of them."""
    if resume is None and (document is None or subject_id is None):
        raise ValueError("job_start needs a resume, or a document and a subject_id")
    if document is None:
        document = kind.build_document(resume)
    subject_id = str(subject_id if subject_id is not None else resume.pk)
    language = kind.output_language(document, language)
    chain_names = [provider.name for provider in provider_chain(providers or None)]
    return {
        "owner": owner,
        "resume": resume,
        "kind": kind.name,
        "subject_id": subject_id,
        "language": language,
        "providers": chain_names,
        "snapshot": document,
        "cache_key": result_cache_key(
            document=document,
            kind=kind.name,
            language=language,
            providers=chain_names,
            prompt_version=kind.prompt_version,
        ),
    }


def _running(kind: str, subject_id: str):
    return GenerationJob.objects.active().filter(kind=kind, subject_id=subject_id).first()


def job_enqueue(job) -> bool:
    """Ring the worker's doorbell. A broker that is down leaves the job queued; the sweeper
    rings again once the broker is back, so the job still ends."""
    try:
        run_generation_job.apply_async(
            args=[str(job.id)],
            retry=True,
            retry_policy={"max_retries": 1, "interval_start": 0.2, "interval_step": 0.5, "interval_max": 1},
        )
        return True
    except Exception:  # kombu raises transport-specific errors; all mean "not delivered now"
        logger.warning("Broker unavailable; job %s stays queued for the sweeper", job.id, exc_info=True)
        GenerationJob.objects.filter(pk=job.pk).update(step=Step.WAITING_FOR_BROKER)
        return False
