"""Writes of practice data: start a session, submit an answer (validated, rate-limited, its
feedback job enqueued after commit), store feedback."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from careercoach.generation.limits import RateLimited
from interviews.selectors import question_set_latest
from practice.errors import MAX_ANSWER_CHARS, PracticeError
from practice.models import Answer, AnswerPoint, PracticeSession

MAX_FOLLOW_UPS = 2


def session_start(*, owner, resume, question_set=None, language: str = "auto") -> PracticeSession:
    question_set = question_set or question_set_latest(resume=resume)
    if question_set is None or question_set.resume_id != resume.pk or not question_set.questions:
        raise PracticeError("NO_QUESTION_SET", status=404)
    return PracticeSession.objects.create(
        owner=owner, resume=resume, question_set=question_set, language=language if language in ("ko", "en") else "auto"
    )


def _rate_limit_check(owner) -> None:
    get_user_model().objects.select_for_update().filter(pk=owner.pk).first()
    since = timezone.now() - timedelta(hours=1)
    limit = settings.RATE_LIMIT_FEEDBACK_PER_HOUR
    times = list(
        Answer.objects.filter(owner=owner, created_at__gte=since)
        .order_by("created_at")
        .values_list("created_at", flat=True)[: limit + 1]
    )
    if len(times) >= limit:
        retry_after = max(1, int((times[0] + timedelta(hours=1) - timezone.now()).total_seconds()) + 1)
        raise RateLimited(kind="feedback", limit=limit, retry_after=retry_after)


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
    """Store the answer and enqueue its feedback. Raises PracticeError (nothing stored) or
    RateLimited."""
    text = clean_answer_text(text)
    if not isinstance(question_index, int) or not 0 <= question_index < len(session.questions):
        raise PracticeError("QUESTION_NOT_FOUND")
    parent, prompt, attempt = None, session.questions[question_index]["question"], 1
    if parent_answer_id:
        parent, prompt = _follow_up_prompt(session, question_index, parent_answer_id)
        attempt = parent.attempt
    else:
        attempt = session.answers.filter(question_index=question_index, parent_answer__isnull=True).count() + 1
    with transaction.atomic():
        _rate_limit_check(session.owner)
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
        transaction.on_commit(lambda: answer_enqueue(answer))
    return answer


def answer_enqueue(answer: Answer) -> bool:
    from practice.tasks import evaluate_practice_answer

    try:
        evaluate_practice_answer.apply_async(args=[str(answer.id)], retry=True, retry_policy={"max_retries": 1})
        return True
    except Exception:  # any broker error means "not delivered now"; the page offers a retry
        return False


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


def session_finish(*, session: PracticeSession) -> None:
    if session.finished_at is None:
        session.finished_at = timezone.now()
        session.save(update_fields=["finished_at", "updated_at"])
