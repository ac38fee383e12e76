"""The feedback kind's input document {question, answer, history, resume line} for an answer,
and the feedback document (DESIGN.md) around a producer's content."""

from datetime import UTC, datetime

from careercoach.generation.presentation import source_label
from practice.models import Answer
from practice.selectors import history_of


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
        "asked": answer.prompt,
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
