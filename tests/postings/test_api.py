"""Posting API: create, read, replace, delete own postings; another user's is 404; bad input is a
clear 400 with the uniform error body and nothing stored."""

import pytest
from rest_framework.test import APIClient

from postings.models import JobPosting

pytestmark = pytest.mark.django_db

POSTING = """[하늘커머스] 백엔드 개발자
자격요건
- Python과 Django 기반 API 개발 경력 3년 이상
- 쿠버네티스 운영 경험
우대사항
- Kafka 또는 RabbitMQ 운영 경험
복지
- 점심 제공
"""


def create(api, **body):
    return api.post("/api/v1/postings/", {"text": POSTING, **body}, format="json")


def test_given_a_korean_posting_when_posted_then_201_with_parsed_requirements(api):
    response = create(api)

    assert response.status_code == 201
    body = response.json()
    assert body["required_skills"] == ["Python", "Django", "Kubernetes"]
    assert body["preferred_skills"] == ["Apache Kafka | RabbitMQ"]
    assert body["years_required"] == 3
    assert body["title"] == "백엔드 개발자" and body["company"] == "하늘커머스"
    assert set(body["parsed"]) == {
        "title",
        "company",
        "required_skills",
        "preferred_skills",
        "years_required",
        "sections",
    }


def test_given_a_title_and_company_when_posted_then_they_win_over_the_guess(api):
    body = create(api, title="Backend", company="Sky").json()
    assert (body["title"], body["company"]) == ("Backend", "Sky")


def test_given_own_postings_when_listed_then_only_own_are_returned(api, other_user):
    create(api)
    other = APIClient()
    other.force_authenticate(other_user)
    create(other)

    body = api.get("/api/v1/postings/").json()

    assert body["count"] == 1 and len(body["results"]) == 1


def test_given_another_users_posting_when_read_replaced_or_deleted_then_404(api, other_user):
    other = APIClient()
    other.force_authenticate(other_user)
    posting_id = create(other).json()["posting_id"]

    for response in (
        api.get(f"/api/v1/postings/{posting_id}"),
        api.put(f"/api/v1/postings/{posting_id}", {"text": POSTING}, format="json"),
        api.delete(f"/api/v1/postings/{posting_id}"),
    ):
        assert response.status_code == 404
        assert response.json()["error_code"] == "POSTING_NOT_FOUND"
    assert JobPosting.objects.filter(pk=posting_id).exists()


def test_given_a_malformed_id_when_read_then_404_with_the_error_body(api):
    body = api.get("/api/v1/postings/not-a-uuid").json()
    assert body["error_code"] == "POSTING_NOT_FOUND"
    assert {"detail", "error_code", "timestamp", "request_id", "details"} <= set(body)


def test_given_own_posting_when_replaced_then_requirements_are_read_again(api):
    posting_id = create(api).json()["posting_id"]

    response = api.put(f"/api/v1/postings/{posting_id}", {"text": "Requirements\n- Go and gRPC\n"}, format="json")

    assert response.status_code == 200
    assert response.json()["required_skills"] == ["Go", "gRPC"]
    assert api.get(f"/api/v1/postings/{posting_id}").json()["required_skills"] == ["Go", "gRPC"]


def test_given_own_posting_when_deleted_then_204_and_gone(api):
    posting_id = create(api).json()["posting_id"]
    assert api.delete(f"/api/v1/postings/{posting_id}").status_code == 204
    assert api.get(f"/api/v1/postings/{posting_id}").status_code == 404


@pytest.mark.parametrize(
    "text,code",
    [
        ("", "POSTING_EMPTY"),
        ("   \n  ", "POSTING_EMPTY"),
        ("좋은 회사입니다. 많이 지원해 주세요.", "POSTING_NO_REQUIREMENTS"),
        ("Python " * 4000, "POSTING_TOO_LONG"),
        ("\x01\x02\x03PK\x03\x04\x05\x06\x07\x08 binary Python", "POSTING_BINARY"),
    ],
)
def test_given_bad_text_when_posted_then_400_and_nothing_stored(api, text, code):
    response = api.post("/api/v1/postings/", {"text": text}, format="json")

    assert response.status_code == 400
    assert response.json()["error_code"] == code
    assert not JobPosting.objects.exists()


def test_given_bad_text_when_replaced_then_400_and_the_old_posting_stays(api):
    posting_id = create(api).json()["posting_id"]

    response = api.put(f"/api/v1/postings/{posting_id}", {"text": ""}, format="json")

    assert response.status_code == 400
    assert JobPosting.objects.get(pk=posting_id).required_skills == ["Python", "Django", "Kubernetes"]


def test_given_no_login_when_listed_then_401():
    assert APIClient().get("/api/v1/postings/").status_code == 401


def test_given_the_schema_when_read_then_posting_paths_are_documented(api):
    schema = api.get("/api/schema/?format=json").json()
    assert "/api/v1/postings/" in schema["paths"] and "/api/v1/postings/{posting_id}" in schema["paths"]
