"""Tailored generation through the pipeline: `posting_id` in the POST body of interview and
learning, the cache key includes the posting, another user's posting is 404, and the fit
report API (202 job, then the latest report)."""

from urllib.parse import unquote

import pytest
from rest_framework.test import APIClient

from careercoach.generation.run import job_execute
from careercoach.models import GenerationJob
from postings.services import posting_create
from tests.postings.test_api import POSTING

pytestmark = pytest.mark.django_db


# What the `resume` fixture (Java, Spring Boot, MySQL, Kafka; no Kubernetes) meets and lacks.
JAVA_POSTING = """[페이플랜] 서버 개발자
자격요건
- Java와 Spring Boot 기반 서버 개발 경험
- MySQL 스키마 설계 경험
- Kafka 기반 이벤트 처리 경험
- Kubernetes 운영 경험
"""


@pytest.fixture
def posting(user):
    return posting_create(owner=user, text=POSTING)


@pytest.fixture
def java_posting(user):
    return posting_create(owner=user, text=JAVA_POSTING)


def test_given_a_posting_id_when_questions_are_generated_then_they_target_the_posting(api, resume, java_posting):
    body = {"posting_id": str(java_posting.id)}
    started = api.post(f"/api/v1/interview/{resume.unique_key}/questions", body, format="json")
    assert started.status_code == 202
    job = GenerationJob.objects.get(pk=started.json()["job_id"])
    assert job.snapshot["posting_id"] == str(java_posting.id)
    job_execute(job.pk)

    questions = api.get(f"/api/v1/interview/{resume.unique_key}/questions").json()["questions"]

    topics = [q["topic"] for q in questions]
    assert "Kubernetes" in topics  # the required skill the resume lacks, asked honestly
    assert sum(1 for t in topics if t in {"Java", "Spring Boot", "MySQL", "Apache Kafka"}) >= 3


def test_given_a_posting_when_generated_twice_with_and_without_then_cache_keys_differ(api, resume, posting):
    plain = api.post(f"/api/v1/learning/{resume.unique_key}/learning-path", {}, format="json").json()
    job_execute(plain["job_id"])
    tailored = api.post(
        f"/api/v1/learning/{resume.unique_key}/learning-path", {"posting_id": str(posting.id)}, format="json"
    ).json()
    keys = GenerationJob.objects.filter(pk__in=[plain["job_id"], tailored["job_id"]]).values_list(
        "cache_key", flat=True
    )
    assert len(set(keys)) == 2


def test_given_another_users_posting_when_generating_then_404_and_no_job(api, resume, other_user):
    foreign = posting_create(owner=other_user, text=POSTING)
    response = api.post(
        f"/api/v1/interview/{resume.unique_key}/questions", {"posting_id": str(foreign.id)}, format="json"
    )
    assert response.status_code == 404 and response.json()["error_code"] == "POSTING_NOT_FOUND"
    assert not GenerationJob.objects.exists()


def test_given_a_resume_and_posting_when_fit_is_started_then_202_and_the_report_follows(api, resume, posting):
    url = f"/api/v1/fit/{resume.unique_key}/{posting.id}"
    assert api.get(url).status_code == 404
    started = api.post(url, {}, format="json")
    assert started.status_code == 202
    job_execute(started.json()["job_id"])

    status = api.get(f"/api/v1/jobs/{started.json()['job_id']}").json()
    report = api.get(url).json()

    assert status["status"] == "done" and unquote(status["result_url"]).endswith(url)
    assert report["posting_id"] == str(posting.id) and report["unique_key"] == resume.unique_key
    assert [row["skill"] for row in report["required"]] == ["Python", "Django", "Kubernetes"]
    assert len(report["prepare_first"]) == 3 and 0 <= report["score"] <= 100


def test_given_another_users_posting_or_resume_when_fit_is_asked_then_404(api, resume, other_user, posting):
    other = APIClient()
    other.force_authenticate(other_user)
    assert other.post(f"/api/v1/fit/{resume.unique_key}/{posting.id}", {}, format="json").status_code == 404
    foreign = posting_create(owner=other_user, text=POSTING)
    response = api.post(f"/api/v1/fit/{resume.unique_key}/{foreign.id}", {}, format="json")
    assert response.status_code == 404 and response.json()["error_code"] == "POSTING_NOT_FOUND"
