"""Producing an answer's feedback in a worker: claim the answer row, build the input document
{question, answer, history, resume line}, run the producer, store the result once."""

import logging
from datetime import UTC, datetime, timedelta

from django.db.models import Q
from django.utils import timezone

from careercoach.coach.feedback import MODEL_NAME, evaluate_answer
from careercoach.generation.presentation import source_label
from practice.models import Answer
from practice.selectors import history_of
from practice.services import feedback_store

logger = logging.getLogger(__name__)


def input_document(answer: Answer) -> dict:
    session = answer.session
    question = session.questions[answer.question_index]
    snapshot = session.question_set.resume_snapshot or {}
    source = question.get("source") or ""
    return {
        "question": question,
        "answer": answer.text,
        "history": history_of(answer),
        "resume_line": source_label(snapshot, source) if source else "",
        "language": session.language,
    }


def document_for(answer: Answer, content: dict, provider: str, model: str) -> dict:
    return {
        "answer_id": str(answer.id),
        "session_id": str(answer.session_id),
        "question_index": answer.question_index,
        "parent_answer_id": str(answer.parent_answer_id) if answer.parent_answer_id else None,
        "provider": provider,
        "model": model,
        **content,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def offline_feedback(doc: dict) -> dict:
    return evaluate_answer(
        doc["question"],
        doc["answer"],
        history=doc["history"],
        resume_line=doc.get("resume_line"),
        language=doc.get("language") or "auto",
    )


def answer_evaluate(answer_id) -> str:
    """The task body; safe to run twice (the row is claimed by a conditional update)."""
    claimable = Q(status=Answer.Status.QUEUED) | Q(
        status=Answer.Status.RUNNING, finished_at__isnull=True, created_at__lt=timezone.now() - timedelta(minutes=5)
    )
    if not Answer.objects.filter(claimable, pk=answer_id).update(status=Answer.Status.RUNNING, progress=30):
        return "skipped"
    answer = Answer.objects.select_related("session", "session__question_set", "parent_answer").get(pk=answer_id)
    try:
        doc = input_document(answer)
        content = offline_feedback(doc)
        feedback_store(
            answer=answer,
            document=document_for(answer, content, "local", MODEL_NAME),
            provider="local",
            model=MODEL_NAME,
        )
    except Exception as exc:  # a bug in one answer must end its job, not leave it spinning
        logger.exception("Feedback for answer %s failed", answer_id)
        Answer.objects.filter(pk=answer_id).update(
            status=Answer.Status.FAILED, error=str(exc)[:500], finished_at=timezone.now()
        )
        return Answer.Status.FAILED
    return Answer.Status.DONE
