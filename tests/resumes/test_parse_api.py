"""POST /api/v1/resumes/parse: a draft in the resume format, never stored; 413 for a file over
10 MB, 422 PARSE_<CODE> for a file that is not a readable resume."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from resumes.models import Resume
from resumes.parsing import MAX_TEXT_CHARS
from tests.resumes import documents
from tests.resumes.test_api import assert_error_body
from tests.resumes.test_parsing_errors import encrypted, pdf_with_pages, zip_bomb
from tests.resumes.test_upload_views import RENDERED, png

pytestmark = pytest.mark.django_db

URL = "/api/v1/resumes/parse"
MB = 1024 * 1024

RESUME_TEXT_SOURCE = {
    "name": "Sam Rivera",
    "contact": {"email": "sam@example.com"},
    "summary": "Backend developer.",
    "technical_skills": {"programming_languages": ["Python"]},
}


def post_file(api, name, content):
    return api.post(URL, {"file": SimpleUploadedFile(name, content)}, format="multipart")


@pytest.mark.parametrize("kind", ["pdf", "docx", "text"])
def test_uploaded_resume_comes_back_as_a_draft_with_its_guesses_and_is_not_stored(api, kind):
    name, content = RENDERED[kind]()

    response = post_file(api, name, content)

    assert response.status_code == 200, response.content
    body = response.json()
    assert body["source_type"] == kind
    assert body["draft"]["name"] == "김하늘"
    assert body["draft"]["work_experiences"][0]["company"] == "페이로드"
    assert body["draft"]["total_experience_months"] == 30
    assert {"total_experience_months", "work_experiences[0].tech_stack", "technical_skills"} <= set(body["guessed"])
    assert body["warnings"] == []
    assert Resume.objects.count() == 0


def test_pasted_text_comes_back_as_a_draft(api):
    response = api.post(URL, {"text": documents.render_text(RESUME_TEXT_SOURCE)}, format="multipart")

    assert response.status_code == 200
    assert response.json()["draft"]["name"] == "Sam Rivera"


def test_file_named_docx_holding_a_pdf_is_read_as_pdf_with_a_warning(api):
    _name, content = RENDERED["pdf"]()

    body = post_file(api, "resume.docx", content).json()

    assert body["source_type"] == "pdf"
    warning = next(w for w in body["warnings"] if w["code"] == "name_mismatch")
    assert warning["params"] == {"extension": ".docx", "kind": "PDF"}
    assert ".docx" in warning["message"]


@pytest.mark.parametrize("size", [10 * MB + 1, 13 * MB], ids=["just-over-10-mb", "request-over-the-cap"])
def test_file_over_ten_megabytes_is_413_with_the_uniform_error_body(api, size):
    response = post_file(api, "big.txt", b"a" * size)

    body = assert_error_body(response, 413, "PARSE_TOO_LARGE")
    assert body["details"] == {"code": "too_large"}
    assert Resume.objects.count() == 0


UNREADABLE = {
    "encrypted-pdf": (
        "resume.pdf",
        lambda: encrypted(pdf_with_pages(1), user_password="s3cret"),
        "PARSE_ENCRYPTED_PDF",
    ),
    "too-many-pages": ("long.pdf", lambda: pdf_with_pages(31), "PARSE_TOO_MANY_PAGES"),
    "docx-zip-bomb": ("resume.docx", lambda: zip_bomb(80), "PARSE_ZIP_BOMB"),
    "damaged-image": ("photo.png", png, "PARSE_CORRUPT"),
    "empty-file": ("resume.txt", lambda: b"", "PARSE_EMPTY"),
    "cut-pdf": (
        "resume.pdf",
        lambda: documents.render_pdf({"name": "Sam Rivera", "summary": "Backend."})[:600],
        "PARSE_CORRUPT",
    ),
}


@pytest.mark.parametrize("case", UNREADABLE, ids=list(UNREADABLE))
def test_unreadable_file_is_422_with_its_parse_code(api, case):
    name, content, error_code = UNREADABLE[case]

    response = post_file(api, name, content())

    body = assert_error_body(response, 422, error_code)
    assert body["details"]["code"] == error_code.removeprefix("PARSE_").lower()
    assert body["detail"]
    assert Resume.objects.count() == 0


def test_pasted_text_over_the_character_limit_is_422_too_much_text(api):
    response = api.post(URL, {"text": "경력 " * (MAX_TEXT_CHARS // 3 + 1)}, format="multipart")

    assert_error_body(response, 422, "PARSE_TOO_MUCH_TEXT")


def test_neither_file_nor_text_is_400_validation_error(api):
    response = api.post(URL, {}, format="multipart")

    assert_error_body(response, 400, "VALIDATION_ERROR")


def test_token_authenticated_upload_is_parsed(user):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    name, content = RENDERED["docx"]()

    response = client.post(URL, {"file": SimpleUploadedFile(name, content)}, format="multipart")

    assert response.status_code == 200


def test_anonymous_call_is_401_and_nothing_is_parsed():
    name, content = RENDERED["pdf"]()

    response = APIClient().post(URL, {"file": SimpleUploadedFile(name, content)}, format="multipart")

    assert_error_body(response, 401, "NOT_AUTHENTICATED")


def test_openapi_schema_documents_the_draft_and_the_413_and_422_answers(api):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/json").json()

    responses = schema["paths"]["/api/v1/resumes/parse"]["post"]["responses"]
    assert {"200", "413", "422"} <= set(responses)
    assert "PARSE_ENCRYPTED_PDF" in responses["422"]["description"]
    result = schema["components"]["schemas"]["ResumeParseResult"]
    assert set(result["properties"]) == {"draft", "guessed", "source_type", "warnings"}
