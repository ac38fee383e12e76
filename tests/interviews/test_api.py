import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from careercoach.generation.run import job_execute
from careercoach.models import GenerationJob
from tests.factories import ResumeFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_given_own_resume_when_post_then_202_with_job_and_status_url(api, resume):
    response = api.post(f"/api/v1/interview/{resume.unique_key}/questions", {}, format="json")

    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "queued" and body["result_url"] is None
    assert body["status_url"].endswith(f"/api/v1/jobs/{body['job_id']}")


def test_given_job_run_when_polled_and_fetched_then_done_and_five_questions(api, resume):
    job_id = api.post(f"/api/v1/interview/{resume.unique_key}/questions", {}, format="json").json()["job_id"]
    job_execute(job_id)

    status = api.get(f"/api/v1/jobs/{job_id}").json()
    result = api.get(f"/api/v1/interview/{resume.unique_key}/questions").json()

    assert status["status"] == "done" and status["progress"] == 100
    assert status["result_url"].endswith(reverse("api-interview-questions", args=[resume.unique_key]))
    assert result["unique_key"] == resume.unique_key and result["provider"] == "local"
    assert len(result["questions"]) == 5
    assert {"type", "difficulty", "topic", "question", "what_good_answers_cover", "source"} <= set(
        result["questions"][0]
    )


def test_given_no_result_when_get_then_404_interview_not_found(api, resume):
    response = api.get(f"/api/v1/interview/{resume.unique_key}/questions")

    assert response.status_code == 404 and response.json()["error_code"] == "INTERVIEW_NOT_FOUND"


def test_given_bad_language_when_post_then_400_and_no_job(api, resume):
    response = api.post(f"/api/v1/interview/{resume.unique_key}/questions", {"language": "fr"}, format="json")

    assert response.status_code == 400 and response.json()["error_code"] == "VALIDATION_ERROR"
    assert not GenerationJob.objects.exists()


def test_given_limit_reached_when_post_then_429_with_retry_after(api, resume, settings):
    settings.RATE_LIMIT_INTERVIEW_PER_HOUR = 1
    first = api.post(f"/api/v1/interview/{resume.unique_key}/questions", {}, format="json").json()
    job_execute(first["job_id"])

    response = api.post(f"/api/v1/interview/{resume.unique_key}/questions", {"regenerate": True}, format="json")

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert response.json()["error_code"] == "RATE_LIMITED"


def test_given_other_users_resume_and_job_when_accessed_then_404(api):
    stranger = UserFactory()
    theirs = ResumeFactory(owner=stranger)
    job = GenerationJob.objects.create(owner=stranger, resume=theirs, kind="interview", subject_id=str(theirs.pk))

    assert api.post(f"/api/v1/interview/{theirs.unique_key}/questions", {}, format="json").status_code == 404
    assert api.get(f"/api/v1/interview/{theirs.unique_key}/questions").status_code == 404
    response = api.get(f"/api/v1/jobs/{job.pk}")
    assert response.status_code == 404 and response.json()["error_code"] == "JOB_NOT_FOUND"


def test_given_anonymous_when_post_then_401(resume):
    response = APIClient().post(f"/api/v1/interview/{resume.unique_key}/questions", {}, format="json")

    assert response.status_code == 401


def test_given_health_endpoint_when_called_anonymously_then_reports_parts():
    body = APIClient().get("/api/v1/interview/health").json()

    assert body["database"]["ok"] is True
    assert [p["name"] for p in body["providers"]["chain"]] == ["local"]
    assert "ok" in body["broker"]
