"""What the person reads: strengths, what to improve, a model answer outline and the next
question (꼬리질문). Every sentence comes from data/phrasing.yaml; the answer's own words are
quoted only as evidence, never as something to do."""

from __future__ import annotations

import re

from careercoach.coach.feedback.phrasing import say
from careercoach.coach.feedback.points import PointResult, relevance
from careercoach.coach.feedback.reading import QuestionWords, Reading
from careercoach.coach.feedback.signals import Concern

MAX_ITEMS = 3
MAX_FOLLOW_UPS = 2
QUOTED = re.compile(r"[\"“'‘]([^\"”'’]{12,200})[\"”'’]")


def short(text: str, limit: int = 70) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut) + "…"


def grade_reason(verdict, results: list[PointResult], language: str) -> str:
    """One sentence (or two) built from the same counts the points show: how many points are
    covered, partly covered and missing, what moved the grade off its coverage band (only causes
    that applied: "no figures" only when none were found), and what the grade means."""
    if verdict.reason in ("dont_know", "off_topic"):
        return say("grade_reason", verdict.reason, language)
    counts = {s: sum(r.status == s for r in results) for s in ("covered", "partial", "missing")}
    total = len(results)
    if not total:
        parts = []
    elif counts["covered"] == total:
        parts = [say("grade_coverage", "all_covered", language, total=total)]
    elif counts["missing"] == total:
        parts = [say("grade_coverage", "none", language, total=total)]
    else:
        listed = [say("grade_coverage", s, language, n=n) for s, n in counts.items() if n]
        parts = [say("grade_coverage", "of", language, total=total, parts=", ".join(listed))]
    parts += [say("grade_limit", key, language, grade=verdict.grade) for key in verdict.limits]
    parts.append(say("grade_reason", str(verdict.grade), language))
    return " ".join(parts)


def strengths(results: list[PointResult], reading: Reading, question: QuestionWords, language: str) -> list[str]:
    found = [
        say("strength", "covered", language, point=r.point, evidence=short(r.evidence))
        for r in results
        if r.status == "covered"
    ][:MAX_ITEMS]
    own_numbers = [n for n in reading.numbers if n not in question.text]
    if len(own_numbers) >= 2:
        found.append(say("strength", "numbers", language, numbers=", ".join(own_numbers[:4])))
    if len(reading.identifiers) >= 2:
        found.append(say("strength", "mechanisms", language, identifiers=", ".join(reading.identifiers[:3])))
    if reading.first_person and found:
        found.append(say("strength", "ownership", language))
    return found


def improvements(
    results: list[PointResult],
    reading: Reading,
    question: QuestionWords,
    language: str,
    *,
    dont_know: bool,
    off_topic: bool,
) -> list[str]:
    if dont_know:
        return [say("improvement", "dont_know", language)]
    found = []
    if off_topic:
        found.append(say("improvement", "off_topic", language))
    found += [say("improvement", r.status, language, point=r.point) for r in results if r.status != "covered"][
        :MAX_ITEMS
    ]
    if not [n for n in reading.numbers if n not in question.text]:
        found.append(say("improvement", "numbers", language))
    if reading.team and not reading.first_person:
        found.append(say("improvement", "ownership", language))
    if len(reading.buzz) >= 3:
        words = list(dict.fromkeys(reading.buzz))[:3]
        found.append(say("improvement", "buzz", language, words="', '".join(words)))
    if reading.injection:
        found.append(say("improvement", "injection", language))
    return found


def context_line(question: dict, resume_line: str | None) -> str:
    if resume_line:
        return short(resume_line, 160)
    quoted = QUOTED.search(str(question.get("question") or ""))
    if quoted:
        return short(quoted.group(1), 160)
    return short(str(question.get("topic") or question.get("source") or question.get("question") or ""), 160)


def model_answer(question: dict, results: list[PointResult], resume_line: str | None, language: str) -> list[str]:
    steps = [say("model_answer", "context", language, context=context_line(question, resume_line))]
    for r in results:
        if r.status == "covered":
            steps.append(say("model_answer", "point_covered", language, point=r.point, evidence=short(r.evidence, 90)))
        else:
            steps.append(say("model_answer", "point_open", language, point=r.point))
    steps.append(say("model_answer", "closing", language))
    return steps


def _importance(result: PointResult, position: int, question: QuestionWords) -> tuple:
    """The open point to ask about. A checklist item that shares nothing with the question
    sentence comes last (a template that does not fit the question); then a missing point before
    a partial one; among them the one the answer came least close to (a point half-matched may
    well be covered in other words); then the one the question asks for most explicitly; then
    the checklist's order."""
    asked = round(relevance(result.point, question), 2)
    missing_first = 0 if result.status == "missing" else 1
    return (asked == 0, missing_first, round(result.score, 1), -asked, position)


def follow_up(
    results: list[PointResult],
    reading: Reading,
    question: QuestionWords,
    language: str,
    *,
    history: list,
    asked: str = "",
    dont_know: bool,
    off_topic: bool,
    concerns: list[Concern],
    covers_well: bool = False,
) -> dict | None:
    """The next question, or None: after "don't know", after two follow-ups, or when the
    answer covers the points well and says nothing wrong."""
    if dont_know or len(history) >= MAX_FOLLOW_UPS or (covers_well and not concerns):
        return None
    if concerns:
        claim = short(concerns[0].claim, 90)
        return {"question": say("follow_up", "concern", language, claim=claim), "target": f"claim: {claim}"}
    asked_before = " ".join([*(str(turn.get("question") or "") for turn in history), asked])
    open_points = [(i, r) for i, r in enumerate(results) if r.status != "covered" and r.point not in asked_before]
    if not open_points:
        return None
    target = min(open_points, key=lambda item: _importance(item[1], item[0], question))[1]
    point = target.point.strip()
    if off_topic:
        text = say("follow_up", "off_topic", language, point=point)
    elif target.status == "partial" and target.evidence:
        text = say("follow_up", "partial", language, point=point, evidence=short(target.evidence, 60))
    elif reading.technologies:
        anchor = next((t for t in reading.technologies if t.lower() in question.text.lower()), reading.technologies[0])
        text = say("follow_up", "missing_with_anchor", language, point=point, anchor=anchor)
    else:
        text = say("follow_up", "missing", language, point=point)
    return {"question": text, "target": target.point}
