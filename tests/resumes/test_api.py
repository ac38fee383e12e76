import json

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from resumes.models import Resume
from tests.factories import ResumeFactory, UserFactory, WorkExperienceFactory

pytestmark = pytest.mark.django_db


def assert_error_body(response, status, error_code):
    assert response.status_code == status, response.content
    body = response.json()
    assert body["error_code"] == error_code
    assert body["request_id"].startswith("req_")
    assert body["request_id"] == response["X-Request-ID"]
    assert body["timestamp"].endswith("Z")
    assert isinstance(body["details"], dict)
    return body


def test_given_example_document_when_posted_then_201_with_name_key(api, example_document):
    response = api.post("/api/v1/resumes/", example_document, format="json")

    assert response.status_code == 201
    assert response.json()["unique_key"] == "test_1"
    assert Resume.objects.get().work_experiences.count() == 1


def test_given_two_resumes_with_the_same_name_when_created_then_keys_count_up(api, example_document):
    first = api.post("/api/v1/resumes/", example_document, format="json").json()["unique_key"]
    second = api.post("/api/v1/resumes/", example_document, format="json").json()["unique_key"]

    assert (first, second) == ("test_1", "test_2")


def test_given_created_resume_when_read_then_document_equals_input(api, example_document):
    key = api.post("/api/v1/resumes/", example_document, format="json").json()["unique_key"]

    body = api.get(f"/api/v1/resumes/{key}").json()

    assert body.pop("unique_key") == key
    assert body == example_document


def test_given_another_users_resume_when_any_method_then_404_resume_not_found(api):
    theirs = ResumeFactory(owner=UserFactory())
    url = f"/api/v1/resumes/{theirs.unique_key}"

    for method in ("get", "put", "patch", "delete"):
        response = getattr(api, method)(url, {"name": "x"}, format="json")
        body = assert_error_body(response, 404, "RESUME_NOT_FOUND")
        assert body["details"] == {"unique_key": theirs.unique_key}
    assert Resume.objects.filter(pk=theirs.pk, name=theirs.name).exists()


def test_given_resumes_of_two_users_when_listed_then_only_own(api, user):
    mine = ResumeFactory(owner=user)
    ResumeFactory(owner=UserFactory())

    body = api.get("/api/v1/resumes/").json()

    assert [item["unique_key"] for item in body["results"]] == [mine.unique_key]


def test_given_anonymous_caller_when_listing_then_401_with_error_body():
    response = APIClient().get("/api/v1/resumes/")

    assert_error_body(response, 401, "NOT_AUTHENTICATED")


def test_given_token_when_listing_then_authenticated_and_revoked_token_is_401(user):
    token = Token.objects.create(user=user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert client.get("/api/v1/resumes/").status_code == 200

    token.delete()

    assert_error_body(client.get("/api/v1/resumes/"), 401, "NOT_AUTHENTICATED")


def test_given_invalid_fields_when_posted_then_400_lists_fields_and_nothing_stored(api, example_document):
    example_document["work_experiences"][0]["team_size"] = "four"
    example_document["personal_projects"][0]["github_url"] = "not a url"

    body = assert_error_body(api.post("/api/v1/resumes/", example_document, format="json"), 400, "VALIDATION_ERROR")

    fields = body["details"]["fields"]
    assert "team_size" in fields["work_experiences"]["0"]
    assert "github_url" in fields["personal_projects"]["0"]
    assert Resume.objects.count() == 0


def test_given_malformed_json_when_posted_then_400_malformed(api):
    response = api.generic("POST", "/api/v1/resumes/", "{not json", content_type="application/json")

    assert_error_body(response, 400, "MALFORMED_REQUEST")


def test_given_deeply_nested_json_when_posted_then_400_not_500(api):
    body = "[" * 100_000 + "]" * 100_000

    response = api.generic("POST", "/api/v1/resumes/", body, content_type="application/json")

    assert response.status_code in (400, 413)
    assert response.json()["error_code"] in ("MALFORMED_REQUEST", "PAYLOAD_TOO_LARGE")


def test_given_body_over_the_limit_when_posted_then_413(api, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = json.dumps({"name": "x", "summary": "a" * 5000})

    response = api.generic("POST", "/api/v1/resumes/", body, content_type="application/json")

    assert_error_body(response, 413, "PAYLOAD_TOO_LARGE")
    assert Resume.objects.count() == 0


def test_given_ten_thousand_achievements_when_posted_then_400(api):
    document = {"name": "x", "work_experiences": [{"company": "c", "achievements": ["a"] * 10_000}]}

    assert_error_body(api.post("/api/v1/resumes/", document, format="json"), 400, "VALIDATION_ERROR")


def test_given_own_resume_when_patched_summary_then_other_sections_kept(api, user):
    resume = ResumeFactory(owner=user)
    WorkExperienceFactory(resume=resume, company="Acme")

    response = api.patch(f"/api/v1/resumes/{resume.unique_key}", {"summary": "New summary"}, format="json")

    assert response.status_code == 200
    body = response.json()
    assert body["summary"] == "New summary"
    assert [w["company"] for w in body["work_experiences"]] == ["Acme"]


def test_given_own_resume_when_put_without_experiences_then_replaced(api, user):
    resume = ResumeFactory(owner=user)
    WorkExperienceFactory(resume=resume)

    response = api.put(f"/api/v1/resumes/{resume.unique_key}", {"name": "Renamed"}, format="json")

    assert response.status_code == 200
    resume.refresh_from_db()
    assert resume.name == "Renamed"
    assert resume.unique_key == response.json()["unique_key"]
    assert resume.work_experiences.count() == 0


def test_given_own_resume_when_deleted_then_204_and_gone(api, user):
    resume = ResumeFactory(owner=user)

    assert api.delete(f"/api/v1/resumes/{resume.unique_key}").status_code == 204
    assert not Resume.objects.filter(pk=resume.pk).exists()


def test_given_incoming_request_id_when_called_then_echoed(api):
    response = api.get("/api/v1/resumes/", HTTP_X_REQUEST_ID="client-trace-1234")

    assert response["X-Request-ID"] == "client-trace-1234"


def test_given_schema_endpoint_when_fetched_then_lists_resume_paths(api):
    response = api.get("/api/schema/", HTTP_ACCEPT="application/json")

    assert response.status_code == 200
    paths = json.loads(response.content)["paths"]
    assert "/api/v1/resumes/" in paths and "/api/v1/resumes/{unique_key}" in paths
