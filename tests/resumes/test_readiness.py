"""The readiness page, its downloads and its API: grades and trend, missed points, path
progress, today's review, next actions; only for the resume's owner."""

import pytest
from django.urls import reverse

from careercoach.generation.run import job_execute
from careercoach.generation.start import job_start
from interviews.models import QuestionSet
from practice.models import Answer
from practice.services import feedback_store, session_start
from readiness.chart import trend_chart
from readiness.paths import item_update, plan_progress

pytestmark = pytest.mark.django_db


def _run(user, resume, kind):
    job, _ = job_start(owner=user, resume=resume, kind=kind)
    job_execute(job.pk)
    job.refresh_from_db()
    return job.result_id


@pytest.fixture
def practised(user, resume):
    """Two attempts at the first question (grades 2 then 4, one point missed both times)."""
    session = session_start(
        owner=user, resume=resume, question_set=QuestionSet.objects.get(pk=_run(user, resume, "interview"))
    )
    question = session.questions[0]
    for grade, verdicts in ((2, ["missing", "partial"]), (4, ["missing", "covered"])):
        answer = Answer.objects.create(
            owner=user, session=session, question_index=0, prompt=question["question"], text="answer"
        )
        points = [
            {"point": p, "status": v, "evidence": ""}
            for p, v in zip(question["what_good_answers_cover"], verdicts, strict=False)
        ]
        feedback_store(
            answer=answer, document={"grade": grade, "coverage": 0.5, "points": points}, provider="local", model="test"
        )
    return session


def test_given_grades_when_chart_drawn_then_points_scaled_and_none_without_grades():
    chart = trend_chart([1, 5])

    assert chart["points"][0]["y"] > chart["points"][1]["y"]
    assert chart["polyline"].count(",") == 2
    assert trend_chart([]) is None


def test_given_practice_and_plan_when_page_opened_then_numbers_chart_review_and_actions(
    client_logged_in, user, resume, practised
):
    plan_id = _run(user, resume, "learning")
    from learning.models import LearningPlan

    plan = LearningPlan.objects.get(pk=plan_id)
    item_update(plan=plan, item_id=plan_progress(plan).paths[0]["item_id"], status="done")

    response = client_logged_in.get(reverse("readiness:page", args=[resume.unique_key]))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-testid="trend-chart"' in html and "<polyline" in html
    assert "2 → 4" in html
    assert practised.questions[0]["what_good_answers_cover"][0] in html
    assert html.count("<li><a href=") >= 3
    assert "(×2)" in html
    assert 'data-testid="plan-progress"' in html
    assert "<script" not in html.split("</head>")[1]


def test_given_resume_page_when_opened_then_links_to_readiness(client_logged_in, resume):
    html = client_logged_in.get(reverse("resumes:detail", args=[resume.unique_key])).content.decode()

    assert reverse("readiness:page", args=[resume.unique_key]) in html


def test_given_practice_when_api_read_then_document_with_trend_and_three_actions(api, resume, practised):
    response = api.get(f"/api/v1/resumes/{resume.unique_key}/readiness")

    body = response.json()
    assert response.status_code == 200
    assert body["grade_trend"] == [2, 4]
    assert body["questions"][0]["latest_grade"] == 4
    assert body["most_missed_points"][0]["times"] == 2
    assert body["todays_review"] == []  # the retake moved both points to tomorrow
    assert len(body["next_actions"]) == 3
    assert body["learning_path"] is None


def test_given_readiness_when_downloaded_then_markdown_and_json(client_logged_in, resume, practised):
    md = client_logged_in.get(reverse("readiness:download", args=[resume.unique_key, "md"]))
    js = client_logged_in.get(reverse("readiness:download", args=[resume.unique_key, "json"]))

    assert md["Content-Type"].startswith("text/markdown") and "2 → 4" in md.content.decode()
    assert js.json()["grade_trend"] == [2, 4]


def test_given_other_users_resume_when_readiness_read_then_404_everywhere(client, other_user, resume, practised):
    from rest_framework.test import APIClient

    intruder = APIClient()
    intruder.force_authenticate(other_user)
    client.force_login(other_user)

    api_response = intruder.get(f"/api/v1/resumes/{resume.unique_key}/readiness")

    assert api_response.status_code == 404 and api_response.json()["error_code"] == "RESUME_NOT_FOUND"
    assert client.get(reverse("readiness:page", args=[resume.unique_key])).status_code == 404
    assert client.get(reverse("readiness:download", args=[resume.unique_key, "json"])).status_code == 404


def test_given_openapi_schema_when_read_then_patch_item_and_readiness_are_documented(api):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/json").json()

    assert "patch" in schema["paths"]["/api/v1/learning/{unique_key}/learning-path/items/{item_id}"]
    assert "get" in schema["paths"]["/api/v1/resumes/{unique_key}/readiness"]


def test_given_fit_report_when_readiness_read_for_the_posting_then_score_and_missing_required_skills(
    client_logged_in, api, user, resume
):
    from postings.kind import fit_document, fit_subject
    from postings.services import posting_create

    posting = posting_create(owner=user, text="자격요건\n- Kubernetes 운영 경험 3년 이상\n- Python 경험\n")
    job, _ = job_start(
        owner=user,
        resume=resume,
        kind="fit",
        document=fit_document(resume=resume, posting=posting),
        subject_id=fit_subject(resume=resume, posting=posting),
    )
    job_execute(job.pk)

    html = client_logged_in.get(reverse("readiness:page", args=[resume.unique_key]) + f"?posting={posting.pk}")
    body = api.get(f"/api/v1/resumes/{resume.unique_key}/readiness?posting_id={posting.pk}").json()

    assert 'data-testid="fit"' in html.content.decode() and "Kubernetes" in html.content.decode()
    assert body["fit"]["missing_required"] == ["Kubernetes"] and isinstance(body["fit"]["score"], int)
    assert any("Kubernetes" in action["text"] for action in body["next_actions"])
