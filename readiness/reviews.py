"""Weak points come back: practice feedback turns each missing or partly covered point into a
review item (readiness.schedule decides when), linked to its question, its answer and, where
the catalog knows the technology, to the learning-path item that covers it.

practice.services.feedback_store calls review_items_from_feedback once per stored feedback,
inside its transaction, so the review and the feedback are stored together or not at all."""

from __future__ import annotations

import hashlib

from django.urls import reverse
from django.utils import timezone

from careercoach.coach.catalog import find_technologies
from learning.selectors import learning_plan_latest
from readiness import schedule
from readiness.items import normalise, plan_items, practice_item_id
from readiness.models import PathItemProgress, ReviewItem

WEAK = ("missing", "partial")


def _key(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(normalise(p) for p in parts).encode("utf-8")).hexdigest()[:32]


def _technology(question: dict, point: str):
    found = find_technologies(f"{question.get('topic', '')} {point}") or find_technologies(question.get("question", ""))
    return found[0] if found else None


def link_path_item(*, resume, tech) -> str:
    """The id of the latest plan's path about `tech`, or of a "from practice" path added for it."""
    plan = learning_plan_latest(resume=resume)
    if plan is not None:
        for item in plan_items(plan.learning_paths):
            if item["kind"] == "path" and item["technology"] == tech.id:
                return item["item_id"]
    row, _created = PathItemProgress.objects.get_or_create(
        owner_id=resume.owner_id,
        resume=resume,
        item_id=practice_item_id(tech.id),
        defaults={"title": tech.name, "origin": PathItemProgress.Origin.PRACTICE, "technology": tech.id},
    )
    return row.item_id


def _move(item: ReviewItem, answer, verdict: str, today) -> None:
    position = schedule.next_position(item.step, schedule.effective_grade(answer.grade, verdict), today)
    item.step, item.due_on, item.retired = position.step, position.due_on, position.retired
    if verdict in WEAK:
        item.misses += 1
        item.point_status = verdict
        if item.retired:
            item.retired = False


def _create(answer, question: dict, point, today) -> ReviewItem:
    session = answer.session
    tech = _technology(question, point.point)
    return ReviewItem(
        owner_id=answer.owner_id,
        resume_id=session.resume_id,
        key=_key(answer.prompt, point.point),
        question_key=_key(answer.prompt),
        question=answer.prompt,
        point=point.point,
        point_status=point.status,
        technology=tech.name if tech else "",
        path_item_id=link_path_item(resume=session.resume, tech=tech) if tech else "",
        due_on=schedule.first_position(today).due_on,
    )


def review_items_from_feedback(*, answer) -> None:
    """Create review items for the weak points of a finished first-turn answer, and move the
    items of its question that an earlier attempt created. Follow-up turns probe one claim,
    not the question's checklist, so they leave the review as it is."""
    if answer.parent_answer_id or answer.grade is None:
        return
    today = timezone.localdate()
    question = answer.session.questions[answer.question_index]
    existing = {
        i.key: i
        for i in ReviewItem.objects.filter(
            owner_id=answer.owner_id, resume_id=answer.session.resume_id, question_key=_key(answer.prompt)
        )
    }
    for point in answer.points.all():
        item = existing.get(_key(answer.prompt, point.point))
        if item is None:
            if point.status not in WEAK:
                continue
            item = _create(answer, question, point, today)
        elif item.last_answer_id == answer.pk:
            continue
        else:
            _move(item, answer, point.status, today)
        item.session_id, item.answer_id, item.question_index = answer.session_id, answer.pk, answer.question_index
        item.last_grade, item.last_answer_id = answer.grade, answer.pk
        item.save()


def retake_url(item: ReviewItem) -> str:
    if item.session_id is None:
        return ""
    return reverse("practice:session", args=[item.session_id]) + f"?q={item.question_index}&retake=1"


def todays_review(*, resume, today=None) -> list[dict]:
    """Questions to retake today, one entry per question with its due points, oldest due first."""
    today = today or timezone.localdate()
    due = ReviewItem.objects.filter(owner_id=resume.owner_id, resume=resume, retired=False, due_on__lte=today)
    questions: dict[str, dict] = {}
    for item in due.order_by("due_on", "created_at"):
        entry = questions.setdefault(
            item.question_key,
            {"question": item.question, "retake_url": retake_url(item), "due_on": item.due_on, "points": []},
        )
        entry["points"].append(
            {
                "point": item.point,
                "status": item.point_status,
                "technology": item.technology,
                "path_item_id": item.path_item_id,
                "misses": item.misses,
                "step": item.step,
            }
        )
    return list(questions.values())
