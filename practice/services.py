"""Writes of practice data: start a session, submit an answer (validated, rate-limited, its
feedback job enqueued after commit), store feedback."""

from django.db import transaction
from django.utils import timezone

from interviews.selectors import question_set_latest
from practice.errors import MAX_ANSWER_CHARS, PracticeError
from practice.models import Answer, AnswerPoint, PracticeSession
from readiness.reviews import review_items_from_feedback

MAX_FOLLOW_UPS = 2


def session_start(*, owner, resume, question_set=None, language: str = "auto") -> PracticeSession:
    question_set = question_set or question_set_latest(resume=resume)
    if question_set is None or question_set.resume_id != resume.pk or not question_set.questions:
        raise PracticeError("NO_QUESTION_SET", status=404)
    return PracticeSession.objects.create(
        owner=owner, resume=resume, question_set=question_set, language=language if language in ("ko", "en") else "auto"
    )


def clean_answer_text(text) -> str:
    text = (text if isinstance(text, str) else "").replace("\r\n", "\n").strip()
    if not text:
        raise PracticeError("ANSWER_EMPTY")
    if len(text) > MAX_ANSWER_CHARS:
        raise PracticeError("ANSWER_TOO_LONG")
    return text


def _follow_up_prompt(session, question_index, parent_answer_id) -> tuple:
    parent = session.answers.filter(pk=parent_answer_id).first()
    if parent is None or parent.question_index != question_index:
        raise PracticeError("PARENT_NOT_FOUND", status=404)
    follow_up = (parent.feedback or {}).get("follow_up") if parent.status == Answer.Status.DONE else None
    if not follow_up or parent.depth >= MAX_FOLLOW_UPS or parent.follow_ups.exists():
        raise PracticeError("FOLLOW_UP_NOT_DUE")
    return parent, follow_up["question"]


def answer_submit(*, session: PracticeSession, question_index, text, parent_answer_id=None) -> Answer:
    """Store the answer and start its feedback job (the `feedback` generation kind). Raises
    PracticeError or RateLimited with nothing stored."""
    from careercoach.generation.start import job_start
    from practice.evaluation import input_document

    text = clean_answer_text(text)
    if not isinstance(question_index, int) or not 0 <= question_index < len(session.questions):
        raise PracticeError("QUESTION_NOT_FOUND")
    parent, prompt = None, session.questions[question_index]["question"]
    if parent_answer_id:
        parent, prompt = _follow_up_prompt(session, question_index, parent_answer_id)
        attempt = parent.attempt
    else:
        attempt = session.answers.filter(question_index=question_index, parent_answer__isnull=True).count() + 1
    with transaction.atomic():
        answer = Answer.objects.create(
            owner=session.owner,
            session=session,
            question_index=question_index,
            parent_answer=parent,
            attempt=attempt,
            depth=(parent.depth + 1) if parent else 0,
            prompt=prompt,
            text=text,
        )
        job, _created = job_start(
            owner=session.owner,
            kind="feedback",
            resume=session.resume,
            document=input_document(answer),
            subject_id=answer.pk,
            language=session.language,
            regenerate=True,
        )
        answer.job = job
        answer.save(update_fields=["job"])
    return answer


def answer_sync(answer: Answer) -> Answer:
    """The answer's progress and failure as its feedback job reports them."""
    job = answer.job if answer.job_id else None
    if job is None or answer.status == Answer.Status.DONE:
        return answer
    if job.status == job.Status.FAILED:
        answer.status, answer.error, answer.finished_at = Answer.Status.FAILED, job.error[:500], job.finished_at
        answer.save(update_fields=["status", "error", "finished_at"])
    elif job.status != job.Status.QUEUED:
        answer.status, answer.progress = Answer.Status.RUNNING, job.progress
    return answer


def feedback_result_create(*, job, answer):
    """The kind's create_result: store the validated feedback on the answer and as the job's
    result row. Runs once per job, under its row lock."""
    from careercoach.coach.feedback import MODEL_NAME
    from careercoach.generation.results import result_fields
    from practice.evaluation import document_for
    from practice.models import FeedbackResult

    row = Answer.objects.select_related("session").get(pk=job.subject_id)
    model = MODEL_NAME if answer.provider == "local" else answer.model
    content = {k: v for k, v in answer.payload.items()}
    document = document_for(row, content, answer.provider, model)
    feedback_store(answer=row, document=document, provider=answer.provider, model=model)
    fields = result_fields(job=job, answer=answer)
    fields["model"] = model
    return FeedbackResult.objects.create(**fields, answer=row, feedback=document)


def feedback_store(*, answer: Answer, document: dict, provider: str, model: str) -> None:
    with transaction.atomic():
        locked = Answer.objects.select_for_update().get(pk=answer.pk)
        if locked.status == Answer.Status.DONE:
            return
        locked.feedback, locked.grade, locked.coverage = document, document["grade"], document["coverage"]
        locked.provider, locked.model, locked.language = provider, model, document.get("language", "")
        locked.status, locked.progress, locked.finished_at = Answer.Status.DONE, 100, timezone.now()
        locked.save()
        AnswerPoint.objects.filter(answer=locked).delete()
        AnswerPoint.objects.bulk_create(
            [
                AnswerPoint(
                    answer=locked, position=i, point=p["point"], status=p["status"], evidence=p.get("evidence") or ""
                )
                for i, p in enumerate(document["points"])
            ]
        )
        review_items_from_feedback(answer=locked)


def session_finish(*, session: PracticeSession) -> None:
    if session.finished_at is None:
        session.finished_at = timezone.now()
        session.save(update_fields=["finished_at", "updated_at"])
