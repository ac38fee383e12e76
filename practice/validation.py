"""Checking and repairing an LLM's feedback against the answer it judged: points in the
checklist's order with its exact text, evidence that really is in the candidate's words (this
answer, or for a follow-up an earlier answer of the same question), coverage recomputed, and
the offline reading as a guard where a model can be swayed (a refusal, text aimed at the
grader, the follow-up limit)."""

import json

from pydantic import ValidationError

from careercoach.coach.feedback import evaluate_answer, feedback_language
from careercoach.coach.feedback.rules import load_rules
from careercoach.coach.feedback.schema import FeedbackContent
from careercoach.llm.base import ProviderError

MAX_FOLLOW_UPS = 2


def _as_content(raw) -> FeedbackContent:
    try:
        if isinstance(raw, FeedbackContent):
            return raw
        if isinstance(raw, str):
            raw = json.loads(raw)
        if hasattr(raw, "model_dump"):
            raw = raw.model_dump()
        return FeedbackContent.model_validate(raw)
    except (ValueError, TypeError, ValidationError) as exc:
        raise ProviderError("invalid_output", f"feedback is not valid: {str(exc)[:200]}") from exc


def _candidate_turns(document: dict) -> list[str]:
    """The candidate's own words a quote may come from: this answer and the earlier answers of
    the thread (the history the prompt shows). A follow-up answer is judged with what the earlier
    turns covered, as the offline evaluator does (coach/feedback/context.py), so a point covered
    in the first answer keeps its quote from there. Earlier questions are not the candidate's
    words and are not searched."""
    earlier = [str(turn.get("answer") or "") for turn in document.get("history") or [] if isinstance(turn, dict)]
    return [str(document.get("answer") or ""), *earlier]


def _is_quote(evidence: str, turns: list[str]) -> bool:
    """Words found verbatim in some turn, and not a sentence aimed at the grader (such text is
    data that earns nothing, in any turn)."""
    return any(evidence in turn for turn in turns) and not load_rules().injection.search(evidence)


def _points(content: FeedbackContent, document: dict) -> list[dict]:
    turns = _candidate_turns(document)
    given = {p.point.strip(): p for p in content.points}
    checklist = [str(p) for p in (document.get("question") or {}).get("what_good_answers_cover") or []]
    points = []
    for index, point in enumerate(checklist):
        found = given.get(point.strip()) or (content.points[index] if index < len(content.points) else None)
        status, evidence = (found.status, found.evidence.strip()) if found else ("missing", "")
        if evidence and not _is_quote(evidence, turns):
            evidence = ""  # an invented quote is dropped; a covered point needs the candidate's words
            status = "partial" if status == "covered" else status
        points.append({"point": point, "status": status, "evidence": evidence if status != "missing" else ""})
    return points


def validate_feedback(raw, document: dict) -> dict:
    """The payload (FeedbackContent fields) or ProviderError("invalid_output")."""
    content = _as_content(raw)
    points = _points(content, document)
    if not points:
        raise ProviderError("invalid_output", "feedback has no points")
    payload = content.model_dump()
    payload["points"] = points
    payload["coverage"] = round(
        sum({"covered": 1, "partial": 0.5}.get(p["status"], 0) for p in points) / len(points), 2
    )
    question, answer = document.get("question") or {}, str(document.get("answer") or "")
    payload["language"] = payload.get("language") or feedback_language(question, answer)
    offline = evaluate_answer(
        question,
        answer,
        history=document.get("history") or [],
        language=payload["language"],
        asked=document.get("asked"),
    )
    rules = load_rules()
    if offline["grade"] == 1 and offline["follow_up"] is None and not any(p["status"] != "missing" for p in points):
        payload["follow_up"] = None  # a refusal gets the model answer, not another question
    if rules.injection.search(answer):
        payload["grade"] = min(payload["grade"], max(offline["grade"], 1))  # never graded up by the injection
    follow_up = payload.get("follow_up")
    if follow_up and (
        len(document.get("history") or []) >= MAX_FOLLOW_UPS or rules.injection.search(follow_up["question"])
    ):
        payload["follow_up"] = None
    if not payload["model_answer"]:
        payload["model_answer"] = offline["model_answer"]
    return payload
