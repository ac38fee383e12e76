"""Weak points come back: review items from stored feedback, the spaced-repetition schedule,
links to learning-path items, and today's review."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from practice.models import Answer
from practice.services import answer_submit, feedback_store
from readiness.models import PathItemProgress, ReviewItem
from readiness.reviews import todays_review
from readiness.schedule import INTERVALS, effective_grade, next_position
from tests.practice.jobs import run_feedback

pytestmark = pytest.mark.django_db
TODAY = date(2026, 12, 6)


def _answer(session, index=0, parent=None):
    question = session.questions[index]
    return Answer.objects.create(
        owner=session.owner,
        session=session,
        question_index=index,
        parent_answer=parent,
        prompt=question["question"],
        text="an answer",
        depth=1 if parent else 0,
    )


def _feedback(answer, grade, verdicts):
    points = answer.session.questions[answer.question_index]["what_good_answers_cover"]
    document = {
        "grade": grade,
        "coverage": 0.5,
        "language": "ko",
        "points": [{"point": p, "status": v, "evidence": ""} for p, v in zip(points, verdicts, strict=False)],
    }
    feedback_store(answer=answer, document=document, provider="local", model="test")
    return points


def test_given_good_grades_when_scheduled_then_intervals_1_3_7_14_30_then_learned():
    step, dues = 0, []
    for _ in INTERVALS:
        position = next_position(step, 5, TODAY)
        step = position.step
        dues.append((position.due_on - TODAY).days)

    assert dues == [1, 3, 7, 14, 30]
    assert next_position(step, 4, TODAY).retired


def test_given_low_or_middle_grade_when_scheduled_then_reset_to_1_day_or_repeat_interval():
    assert next_position(4, 2, TODAY) == next_position(0, 1, TODAY)
    assert (next_position(4, 2, TODAY).due_on - TODAY).days == 1
    assert (next_position(3, 3, TODAY).due_on - TODAY).days == INTERVALS[2]
    assert next_position(3, 3, TODAY).step == 3


def test_given_point_missed_again_when_graded_high_then_it_does_not_advance():
    assert effective_grade(5, "missing") == 2
    assert effective_grade(5, "partial") == 3
    assert effective_grade(5, "covered") == 5


def test_given_missing_and_partial_points_when_feedback_stored_then_review_items_due_today(session):
    answer = _answer(session)

    points = _feedback(answer, 2, ["missing", "partial", "covered"])

    items = ReviewItem.objects.order_by("created_at")
    assert [i.point for i in items] == points[:2]
    assert {i.due_on for i in items} == {timezone.localdate()}
    assert all(i.answer_id == answer.pk and i.question == answer.prompt for i in items)
    review = todays_review(resume=session.resume)
    assert len(review) == 1 and len(review[0]["points"]) == 2
    assert review[0]["retake_url"].endswith("?q=0&retake=1")


def test_given_review_item_when_retake_is_good_then_it_moves_to_tomorrow_and_leaves_today(session):
    _feedback(_answer(session), 2, ["missing", "covered"])

    _feedback(_answer(session), 5, ["covered", "covered"])

    item = ReviewItem.objects.get()
    assert (item.step, item.due_on, item.last_grade) == (1, timezone.localdate() + timedelta(days=1), 5)
    assert todays_review(resume=session.resume) == []
    assert len(todays_review(resume=session.resume, today=timezone.localdate() + timedelta(days=1))) == 1


def test_given_review_item_when_missed_again_then_reset_and_counted(session):
    _feedback(_answer(session), 3, ["partial", "covered"])

    _feedback(_answer(session), 4, ["missing", "covered"])

    item = ReviewItem.objects.get()
    assert (item.step, item.misses, item.point_status) == (1, 2, "missing")


def test_given_follow_up_turn_when_feedback_stored_then_no_review_items(session):
    root = _answer(session)
    _feedback(root, 4, ["covered", "covered"])

    _feedback(_answer(session, parent=root), 1, ["missing", "missing"])

    assert not ReviewItem.objects.exists()


def test_given_missed_point_on_catalog_technology_without_path_then_from_practice_item_added(session):
    question = session.questions[0]
    question["topic"] = "Kubernetes"
    session.question_set.save()

    _feedback(_answer(session), 2, ["missing"])

    item = ReviewItem.objects.get()
    added = PathItemProgress.objects.get(item_id=item.path_item_id)
    assert item.technology == "Kubernetes"
    assert (added.origin, added.title, added.status) == ("practice", "Kubernetes", "todo")
    assert todays_review(resume=session.resume)[0]["points"][0]["path_item_id"] == added.item_id


def test_given_poor_answer_when_evaluated_by_the_pipeline_then_review_items_exist(session):
    answer = answer_submit(session=session, question_index=0, text="I would just use it.")

    run_feedback(answer.pk)

    answer.refresh_from_db()
    weak = answer.points.filter(status__in=["missing", "partial"]).count()
    assert answer.status == "done" and weak > 0
    assert ReviewItem.objects.filter(answer=answer).count() == weak


def test_given_other_users_review_when_listed_then_not_seen(session, other_user):
    from tests.factories import ResumeFactory

    _feedback(_answer(session), 1, ["missing"])

    assert todays_review(resume=ResumeFactory(owner=other_user)) == []
    assert ReviewItem.objects.for_user(other_user).count() == 0
