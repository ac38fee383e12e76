"""The offline evaluator of a practice answer: which checklist points it covers (with the
words that cover them), a 1-5 grade with its reason, strengths, what to improve, wrong claims,
a model answer outline and the follow-up question. No Django, no network; see README.md.

    from careercoach.coach.feedback import evaluate_answer
    evaluate_answer(question, "제가 Redis로 …", history=[], resume_line=None, language="auto")
"""

from __future__ import annotations

from careercoach.coach.feedback import compose
from careercoach.coach.feedback.context import answer_to_asked, carry, earlier_turns
from careercoach.coach.feedback.grading import coverage, grade
from careercoach.coach.feedback.points import judge_point
from careercoach.coach.feedback.reading import question_words, read_answer
from careercoach.coach.feedback.schema import FeedbackContent, FeedbackDocument
from careercoach.coach.feedback.signals import factual_concerns, is_dont_know, is_off_topic, relevance
from careercoach.coach.text import hangul_share
from careercoach.korean import kiwi

MODEL_NAME = "offline-feedback-1"
MAX_ANSWER_CHARS = 5000
WELL_COVERED = 0.75  # with a grade of 4+, no follow-up is due
__all__ = ["MODEL_NAME", "FeedbackContent", "FeedbackDocument", "evaluate_answer", "feedback_language", "warm_up"]


def warm_up() -> None:
    """Load the Korean analyzer and the rules now (a worker calls this once at start)."""
    from careercoach.coach.feedback.rules import load_rules

    kiwi()
    load_rules()


def feedback_language(question: dict, answer: str, language: str = "auto") -> str:
    """'ko' or 'en': forced, else the answer's language (a Korean answer full of English terms
    is still Korean), else the question's."""
    if language in ("ko", "en"):
        return language
    sample = answer if sum(ch.isalpha() for ch in answer or "") >= 20 else str(question.get("question") or "")
    return "ko" if hangul_share(sample) >= 0.3 else "en"


def _read(question: dict, answer: str, history: list, words, language: str, asked: str = ""):
    """The current turn judged on its own (a follow-up answer also against the follow-up question
    it replies to), then raised by what earlier turns already covered."""
    reading = read_answer(answer, words)
    points = [str(p) for p in question.get("what_good_answers_cover") or [] if str(p).strip()]
    results = [judge_point(point, reading, words.subject) for point in points]
    asked_words = question_words({"question": asked, "topic": question.get("topic")}) if history and asked else None
    dont_know = is_dont_know(answer, reading, words)
    covered = sum(1 for r in results if r.status == "covered")
    touched = sum(1 for r in results if r.status != "missing")
    off_topic = not dont_know and is_off_topic(
        reading, words, covered, follow_up_turn=bool(history), touched=touched, asked=asked_words
    )
    if dont_know or off_topic:
        for r in results:
            r.status, r.evidence = "missing", ""
    elif asked_words is not None:
        replies = max(relevance(reading, words), relevance(reading, asked_words)) > 0
        results = answer_to_asked(results, reading, asked, asked_words, words.subject, replies)
    concerns = factual_concerns(reading, language)
    wrong = {c.claim for c in concerns}
    for r in results:
        if r.evidence and any(claim in r.evidence or r.evidence in claim for claim in wrong):
            r.status, r.evidence = "missing", ""  # a point met only by a wrong claim is not met
    earlier = earlier_turns(points, history, words)
    return reading, carry(results, earlier), dont_know, off_topic, concerns, earlier.concrete


def evaluate_answer(
    question: dict,
    answer: str,
    *,
    history: list | None = None,
    resume_line: str | None = None,
    language: str = "auto",
    asked: str | None = None,
) -> dict:
    """The feedback fields of DESIGN.md (without ids, provider and time) for one answer. A
    follow-up answer (`history` holds the earlier turns) is judged with what they covered;
    `asked`, the question it replies to (a follow-up's wording), is not asked again next."""
    history = [turn for turn in (history or []) if isinstance(turn, dict)]
    answer = str(answer or "")[:MAX_ANSWER_CHARS]
    language = feedback_language(question, answer, language)
    words = question_words(question)
    reading, results, dont_know, off_topic, concerns, earlier = _read(
        question, answer, history, words, language, str(asked or "").strip()
    )
    verdict = grade(
        results,
        reading,
        dont_know=dont_know,
        off_topic=off_topic,
        concerns=len(concerns),
        earlier_concrete=earlier,
        question_text=words.text,
    )
    content = FeedbackContent(
        language=language,
        points=[{"point": r.point, "status": r.status, "evidence": r.evidence} for r in results],
        coverage=coverage(results),
        grade=verdict.grade,
        grade_reason=compose.grade_reason(verdict, results, language),
        strengths=[] if dont_know or off_topic else compose.strengths(results, reading, words, language)[:6],
        improvements=compose.improvements(results, reading, words, language, dont_know=dont_know, off_topic=off_topic)[
            :6
        ],
        factual_concerns=[c.note for c in concerns],
        model_answer=compose.model_answer(question, results, resume_line, language),
        follow_up=compose.follow_up(
            results,
            reading,
            words,
            language,
            history=history,
            asked=str(asked or ""),
            dont_know=dont_know,
            off_topic=off_topic,
            concerns=concerns,
            covers_well=verdict.grade >= 4 and coverage(results) >= WELL_COVERED,
        ),
    )
    return content.model_dump()
