"""A practice session as a document (API, JSON download) and as Markdown (download)."""

from datetime import datetime
from typing import Literal

from django.utils import timezone
from django.utils.translation import gettext as _
from pydantic import BaseModel, Field, RootModel

from careercoach.coach.feedback import FeedbackDocument
from interviews.schemas import Question
from practice.models import Answer, PracticeSession
from practice.selectors import answers_of, attempts_of


class PracticeAnswerDocument(BaseModel):
    """`answer_to_document` as a schema (OpenAPI)."""

    answer_id: str
    session_id: str
    question_index: int = Field(ge=0)
    parent_answer_id: str | None = Field(description="The answer this follow-up answers, else null")
    attempt: int = Field(ge=1)
    question: str = Field(description="The question as asked: the set's question or a follow-up")
    answer: str
    status: Literal[tuple(Answer.Status.values)]
    created_at: datetime
    feedback: FeedbackDocument | None = Field(description="null until the feedback job is done")


class PracticeSummaryRow(BaseModel):
    question_index: int = Field(ge=0)
    grade: int | None = Field(ge=1, le=5, description="The latest attempt's first grade; null if not answered")
    follow_up_grades: list[int]
    attempts: int = Field(ge=0)
    covered: list[str]
    review: list[str]


class PracticeSessionDocument(BaseModel):
    """`session_to_document` as a schema (OpenAPI)."""

    session_id: str
    unique_key: str
    interview_id: str
    language: Literal["auto", "ko", "en"]
    created_at: datetime
    finished_at: datetime | None
    questions: list[Question]
    answers: list[PracticeAnswerDocument]
    summary: list[PracticeSummaryRow]


class PracticeSessionList(RootModel[list[PracticeSessionDocument]]):
    pass


def answer_to_document(answer: Answer) -> dict:
    return {
        "answer_id": str(answer.id),
        "session_id": str(answer.session_id),
        "question_index": answer.question_index,
        "parent_answer_id": str(answer.parent_answer_id) if answer.parent_answer_id else None,
        "attempt": answer.attempt,
        "question": answer.prompt,
        "answer": answer.text,
        "status": answer.status,
        "created_at": answer.created_at,
        "feedback": answer.feedback,
    }


def summary_rows(session: PracticeSession) -> list[dict]:
    """Per question: the latest attempt's grades (first answer and follow-ups), covered points
    and what to review (points left missing or partial in every turn of that attempt)."""
    rows = []
    for index, question in enumerate(session.questions):
        attempts = attempts_of(session, index)
        latest = attempts[-1] if attempts else []
        done = [turn for turn in latest if turn.status == Answer.Status.DONE]
        covered, review = [], []
        for position, point in enumerate(question.get("what_good_answers_cover") or []):
            statuses = {p.status for turn in done for p in turn.points.all() if p.position == position}
            (covered if "covered" in statuses else review).append(point)
        rows.append(
            {
                "index": index,
                "question": question,
                "attempts": len(attempts),
                "grade": done[0].grade if done else None,
                "follow_up_grades": [t.grade for t in done[1:]],
                "covered": covered if done else [],
                "review": review if done else list(question.get("what_good_answers_cover") or []),
                "answered": bool(done),
            }
        )
    return rows


def session_to_document(session: PracticeSession) -> dict:
    rows = summary_rows(session)
    return {
        "session_id": str(session.id),
        "unique_key": session.resume.unique_key,
        "interview_id": str(session.question_set_id),
        "language": session.language,
        "created_at": session.created_at,
        "finished_at": session.finished_at,
        "questions": session.questions,
        "answers": [answer_to_document(a) for a in answers_of(session)],
        "summary": [
            {
                "question_index": r["index"],
                "grade": r["grade"],
                "follow_up_grades": r["follow_up_grades"],
                "attempts": r["attempts"],
                "covered": r["covered"],
                "review": r["review"],
            }
            for r in rows
        ],
    }


def session_to_markdown(session: PracticeSession) -> str:
    # The page shows the session's time in the site's zone (TIME_ZONE); the file says the same.
    started = timezone.localtime(session.created_at)
    lines = [f"# {_('Practice summary')}: {session.resume.name}", "", f"{started:%Y-%m-%d %H:%M}", ""]
    for row in summary_rows(session):
        grade = row["grade"] if row["grade"] is not None else "-"
        lines += [
            f"## Q{row['index'] + 1}. {row['question'].get('question', '')}",
            "",
            f"- {_('Grade')}: {grade}"
            + (
                f" ({_('follow-ups')}: {', '.join(map(str, row['follow_up_grades']))})"
                if row["follow_up_grades"]
                else ""
            ),
        ]
        lines += [f"- {_('Covered')}: {p}" for p in row["covered"]]
        lines += [f"- {_('To review')}: {p}" for p in row["review"]]
        lines.append("")
    return "\n".join(lines)
