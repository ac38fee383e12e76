"""Reads of practice data, always scoped to the owner (another user's rows are never found)."""

from practice.models import Answer, PracticeSession


def session_get(*, user, session_id) -> PracticeSession | None:
    return PracticeSession.objects.for_user(user).select_related("resume", "question_set").filter(pk=session_id).first()


def session_list(*, user, resume=None):
    sessions = PracticeSession.objects.for_user(user).select_related("resume", "question_set")
    return sessions.filter(resume=resume) if resume is not None else sessions


def answer_get(*, user, answer_id) -> Answer | None:
    return (
        Answer.objects.for_user(user).select_related("session", "session__resume", "job").filter(pk=answer_id).first()
    )


def answers_of(session: PracticeSession) -> list[Answer]:
    return list(session.answers.prefetch_related("points").order_by("created_at"))


def answered_indexes(session: PracticeSession) -> set[int]:
    """The questions with at least one answer that has its feedback (the page's navigation marks them)."""
    done = session.answers.filter(parent_answer__isnull=True, status=Answer.Status.DONE)
    return set(done.values_list("question_index", flat=True))


def thread_of(answer: Answer) -> list[Answer]:
    """The answer and its follow-ups, root first (at most three turns)."""
    root = answer
    while root.parent_answer_id:
        root = root.parent_answer
    turns, current = [root], root
    while True:
        child = current.follow_ups.order_by("created_at").first()
        if child is None:
            return turns
        turns.append(child)
        current = child


def attempts_of(session: PracticeSession, question_index: int) -> list[list[Answer]]:
    """Every attempt at one question, oldest first, each as its thread of turns."""
    roots = session.answers.filter(question_index=question_index, parent_answer__isnull=True).order_by("created_at")
    return [thread_of(root) for root in roots]


def history_of(answer: Answer) -> list[dict]:
    """The earlier turns before this answer, as the evaluator and the prompt read them."""
    turns = []
    parent = answer.parent_answer
    while parent is not None:
        turns.insert(0, {"question": parent.prompt, "answer": parent.text})
        parent = parent.parent_answer
    return turns
