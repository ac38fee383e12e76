"""Starting a generation: what happens when a user presses the button (web or API)."""
import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from careercoach.generation.keys import result_cache_key
from careercoach.generation.limits import rate_limit_check
from careercoach.llm.prompts import resolve_language
from careercoach.llm.registry import provider_chain
from careercoach.models import GenerationJob
from resumes.formats import resume_to_document

logger = logging.getLogger(__name__)

LANGUAGES = ("auto", "ko", "en")


def _latest_cached_result(*, owner, kind: str, cache_key: str):
    from interviews.models import QuestionSet
    from learning.models import LearningPlan

    model = QuestionSet if kind == GenerationJob.Kind.INTERVIEW else LearningPlan
    return model.objects.filter(owner=owner, cache_key=cache_key).order_by("-created_at").first()


def job_start(*, owner, resume, kind: str, language: str = "auto", providers=None, regenerate: bool = False):
    """Return (job, created). A press while a job for this resume and kind runs returns that
    job; the same content asked again returns the stored result as a finished job unless
    `regenerate`. Raises RateLimited at the user's hourly limit."""
    snapshot = resume_to_document(resume)
    language = resolve_language(snapshot, language if language in LANGUAGES else "auto")
    chain_names = [provider.name for provider in provider_chain(providers or None)]
    cache_key = result_cache_key(snapshot=snapshot, kind=kind, language=language, providers=chain_names)

    running = GenerationJob.objects.active().filter(resume=resume, kind=kind).first()
    if running:
        return running, False

    if not regenerate:
        cached = _latest_cached_result(owner=owner, kind=kind, cache_key=cache_key)
        if cached is not None:
            job = GenerationJob.objects.create(
                owner=owner, resume=resume, kind=kind, language=language, providers=chain_names,
                status=GenerationJob.Status.DONE, progress=100, step="cached", cache_key=cache_key,
                snapshot=snapshot, finished_at=timezone.now(),
                **{"question_set" if kind == GenerationJob.Kind.INTERVIEW else "learning_plan": cached},
            )
            return job, True

    try:
        with transaction.atomic():
            rate_limit_check(owner=owner, kind=kind)
            job = GenerationJob.objects.create(
                owner=owner, resume=resume, kind=kind, language=language, providers=chain_names,
                regenerate=regenerate, cache_key=cache_key, snapshot=snapshot,
            )
            transaction.on_commit(lambda: job_enqueue(job))
    except IntegrityError:
        # Another press won the race for the one active job of this resume and kind.
        running = GenerationJob.objects.active().filter(resume=resume, kind=kind).first()
        if running is None:
            raise
        return running, False
    return job, True


def job_enqueue(job) -> bool:
    """Ring the worker's doorbell. A broker that is down leaves the job queued; the sweeper
    rings again once the broker is back, so the job still ends."""
    from interviews.tasks import generate_questions
    from learning.tasks import generate_learning_path

    task = generate_questions if job.kind == GenerationJob.Kind.INTERVIEW else generate_learning_path
    try:
        task.apply_async(
            args=[str(job.id)],
            retry=True,
            retry_policy={"max_retries": 1, "interval_start": 0.2, "interval_step": 0.5, "interval_max": 1},
        )
        return True
    except Exception:  # kombu raises transport-specific errors; all mean "not delivered now"
        logger.warning("Broker unavailable; job %s stays queued for the sweeper", job.id, exc_info=True)
        GenerationJob.objects.filter(pk=job.pk).update(step="waiting_for_broker")
        return False
