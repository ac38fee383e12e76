"""What the readiness page reads about one resume: practice grades and their trend, points
most often missed, learning-path progress, today's review, and (for a posting) the fit report.
Everything is filtered by the resume's owner, who is the only one who reaches the page."""

from __future__ import annotations

from collections import Counter
from importlib import import_module

from django.db.models import Count

from learning.selectors import learning_plan_latest
from practice.models import Answer, AnswerPoint
from readiness.chart import trend_chart
from readiness.paths import plan_progress
from readiness.reviews import todays_review

TOP_MISSED = 5


def practised_questions(resume) -> tuple[list[dict], list[int]]:
    """Each question answered (first turns only), with its attempts' grades, and every grade
    in the order given (the trend)."""
    answers = (
        Answer.objects.filter(
            owner_id=resume.owner_id,
            session__resume=resume,
            parent_answer__isnull=True,
            status=Answer.Status.DONE,
            grade__isnull=False,
        )
        .select_related("session")
        .order_by("finished_at", "created_at")
    )
    questions: dict[str, dict] = {}
    grades = []
    for answer in answers:
        grades.append(answer.grade)
        entry = questions.setdefault(
            answer.prompt,
            {
                "question": answer.prompt,
                "grades": [],
                "session_id": answer.session_id,
                "question_index": answer.question_index,
            },
        )
        entry["grades"].append(answer.grade)
        entry["latest_grade"] = answer.grade
        entry["best_grade"] = max(entry["grades"])
    return list(questions.values()), grades


def most_missed(resume) -> list[dict]:
    rows = (
        AnswerPoint.objects.filter(
            answer__owner_id=resume.owner_id, answer__session__resume=resume, status__in=("missing", "partial")
        )
        .values("point")
        .annotate(times=Count("id"))
        .order_by("-times", "point")[:TOP_MISSED]
    )
    return [{"point": row["point"], "times": row["times"]} for row in rows]


def posting_fit(resume, posting) -> dict | None:
    """The latest fit report of `resume` against `posting`, as {"score", "missing_required",
    "prepare_first"}, or None when there is none (or the fit kind is not installed)."""
    if posting is None:
        return None
    try:
        fit_latest = import_module("postings.fit_results").fit_latest
    except (ImportError, AttributeError):
        return None
    report = fit_latest(resume=resume, posting=posting)
    if report is None:
        return None
    body = report.report or {}
    return {
        "posting": posting,
        "score": body.get("score"),
        "prepare_first": body.get("prepare_first") or [],
        "missing_required": [r.get("skill", "") for r in body.get("required") or [] if r.get("status") == "missing"],
    }


def readiness(*, resume, posting=None) -> dict:
    questions, grades = practised_questions(resume)
    plan = learning_plan_latest(resume=resume)
    progress = plan_progress(plan) if plan is not None else None
    latest = [q["latest_grade"] for q in questions]
    first_half, second_half = grades[: len(grades) // 2], grades[len(grades) // 2 :]
    return {
        "resume": resume,
        "questions": questions,
        "grades": grades,
        "attempts": len(grades),
        "average_latest": round(sum(latest) / len(latest), 1) if latest else None,
        "trend_delta": (
            round(sum(second_half) / len(second_half) - sum(first_half) / len(first_half), 1)
            if first_half and second_half
            else None
        ),
        "chart": trend_chart(grades),
        "missed": most_missed(resume),
        "plan": plan,
        "progress": progress,
        "review": todays_review(resume=resume),
        "fit": posting_fit(resume, posting),
        "grade_counts": Counter(latest),
    }
