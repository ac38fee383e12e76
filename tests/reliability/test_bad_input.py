"""Hostile and broken input at the API and the JSON import: each gets a 4xx with the uniform
error body (or a form error), never a 500, and nothing is stored half-way. Runs on SQLite and
on PostgreSQL (which refuses NUL in text, so a NUL that slipped through would be a 500 there)."""

import json

import pytest

from resumes.formats import resume_to_document
from resumes.models import Resume
from tests.reliability.conftest import assert_error_body
from tests.reliability.hostile import (
    HOSTILE_URLS,
    TEXT_FIELDS,
    URL_FIELDS,
    full_document,
    path_name,
    stored_rows,
    value_at,
    with_value,
)

pytestmark = pytest.mark.django_db

RESUMES = "/api/v1/resumes/"


@pytest.fixture
def stored(api):
    """A resume already stored, to check that bad updates leave it as it was."""
    key = api.post(RESUMES, full_document(), format="json").json()["unique_key"]
    return Resume.objects.get(unique_key=key)


def post_raw(api, body: bytes | str, content_type="application/json", path=RESUMES, method="POST"):
    return api.generic(method, path, body, content_type=content_type)


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


MALFORMED_BODIES = {
    "truncated": ('{"name": "Dana", "summary": ', "MALFORMED_REQUEST"),
    "not_utf8": (b'{"name": "\xff\xfe\xfa"}', "MALFORMED_REQUEST"),
    "trailing_garbage": ('{"name": "Dana"} {"name": "Eve"}', "MALFORMED_REQUEST"),
    "nan_literal": ('{"name": "Dana", "total_experience_months": NaN}', "MALFORMED_REQUEST"),
    "infinity_literal": ('{"name": "Dana", "total_experience_months": Infinity}', "MALFORMED_REQUEST"),
    "deeply_nested_array": (nested(100_000), "MALFORMED_REQUEST"),
    "deeply_nested_in_field": ('{"name": "Dana", "summary": ' + nested(50_000) + "}", "MALFORMED_REQUEST"),
    "top_level_list": ("[1, 2, 3]", "VALIDATION_ERROR"),
    "top_level_string": ('"Dana"', "VALIDATION_ERROR"),
    "top_level_null": ("null", "VALIDATION_ERROR"),
    "empty_object": ("{}", "VALIDATION_ERROR"),
}


@pytest.mark.parametrize("case", MALFORMED_BODIES, ids=list(MALFORMED_BODIES))
def test_given_malformed_json_when_posted_then_400_uniform_body_and_nothing_stored(api, case):
    body, code = MALFORMED_BODIES[case]
    before = stored_rows()

    response = post_raw(api, body)

    assert response.status_code == 400, response.content[:300]
    assert_error_body(response.json(), code)
    assert stored_rows() == before


WRONG_TYPES = {
    "name_list": (("name",), ["Dana"]),
    "name_object": (("name",), {"first": "Dana"}),
    "name_null": (("name",), None),
    "name_blank": (("name",), "   "),
    "name_number": (("name",), 12345),
    "phone_number": (("contact", "phone"), 1012345678),
    "project_name_float": (("work_experiences", 0, "project_name"), 0.0),
    "contact_string": (("contact",), "dana@example.org"),
    "experiences_string": (("work_experiences",), "Paystream"),
    "experience_item_string": (("work_experiences", 0), "Paystream"),
    "team_size_word": (("work_experiences", 0, "team_size"), "six"),
    "team_size_float": (("work_experiences", 0, "team_size"), 6.5),
    "team_size_negative": (("work_experiences", 0, "team_size"), -1),
    "months_huge": (("total_experience_months",), 10**30),
    "months_float_overflow": (("total_experience_months",), 1e308),
    "tech_stack_string": (("work_experiences", 0, "tech_stack"), "Kafka, Redis"),
    "tech_stack_null_item": (("work_experiences", 0, "tech_stack"), [None]),
    "tech_stack_nested_list": (("work_experiences", 0, "tech_stack"), [["Kafka"]]),
    "skills_list": (("technical_skills",), ["Python"]),
    "email_invalid": (("contact", "email"), "not-an-email"),
    "name_too_long": (("name",), "x" * 101),
    "summary_too_long": (("summary",), "x" * 5001),
}


@pytest.mark.parametrize("case", WRONG_TYPES, ids=list(WRONG_TYPES))
def test_given_wrong_type_when_posted_then_400_naming_the_field_and_nothing_stored(api, case):
    path, value = WRONG_TYPES[case]
    before = stored_rows()

    response = api.post(RESUMES, with_value(full_document(), path, value), format="json")

    assert response.status_code == 400, response.content[:300]
    body = response.json()
    assert_error_body(body, "VALIDATION_ERROR")
    assert path[0] in body["details"]["fields"]
    assert stored_rows() == before


TEN_THOUSAND = {
    "achievements": (("work_experiences", 0, "achievements"), ["Shipped it"] * 10_000),
    "work_experiences": (("work_experiences",), [{"company": "A"}] * 10_000),
    "skills": (("technical_skills", "others"), [f"skill {n}" for n in range(10_000)]),
    "education": (("education",), [{"institution": "U"}] * 10_000),
}


@pytest.mark.parametrize("case", TEN_THOUSAND, ids=list(TEN_THOUSAND))
def test_given_list_of_ten_thousand_items_when_posted_then_400_and_nothing_stored(api, case):
    path, value = TEN_THOUSAND[case]
    before = stored_rows()

    response = api.post(RESUMES, with_value(full_document(), path, value), format="json")

    assert response.status_code == 400
    assert_error_body(response.json(), "VALIDATION_ERROR")
    assert stored_rows() == before


def test_given_body_over_two_megabytes_when_posted_then_413_and_nothing_stored(api):
    before = stored_rows()
    body = json.dumps(with_value(full_document(), ("summary",), "x" * (3 * 1024 * 1024)))

    response = post_raw(api, body)

    assert response.status_code == 413
    assert_error_body(response.json(), "PAYLOAD_TOO_LARGE")
    assert stored_rows() == before


@pytest.mark.parametrize("path", TEXT_FIELDS, ids=path_name)
def test_given_nul_character_in_any_text_field_when_posted_then_400_and_nothing_stored(api, path):
    """PostgreSQL cannot store NUL in text or jsonb: refused at the door on every database."""
    before = stored_rows()
    document = full_document()

    response = api.post(RESUMES, with_value(document, path, f"{value_at(document, path)}\x00tail"), format="json")

    assert response.status_code == 400, response.content[:300]
    assert_error_body(response.json(), "VALIDATION_ERROR")
    assert stored_rows() == before


@pytest.mark.parametrize("path", TEXT_FIELDS, ids=path_name)
def test_given_other_control_characters_in_any_text_field_when_posted_then_stripped_and_stored(api, path):
    """Bells, escape sequences and form feeds (PDF text is full of them) are dropped; tabs and
    line breaks are text and stay."""
    document = full_document()
    dirty = "Ka\x07fka\x1b[31m\x0c\x7f"

    response = api.post(RESUMES, with_value(document, path, dirty), format="json")

    assert response.status_code == 201, response.content[:300]
    stored_document = resume_to_document(Resume.objects.get(unique_key=response.json()["unique_key"]))
    assert value_at(stored_document, path) == "Kafka[31m"


def test_given_line_breaks_and_tabs_in_summary_when_posted_then_kept(api):
    summary = "First line\nSecond line\r\n\tindented"

    response = api.post(RESUMES, with_value(full_document(), ("summary",), summary), format="json")

    assert response.status_code == 201
    assert response.json()["summary"] == summary


@pytest.mark.parametrize("path", URL_FIELDS, ids=path_name)
@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_given_non_web_url_in_any_url_field_when_posted_then_400_and_nothing_stored(api, path, url):
    before = stored_rows()

    response = api.post(RESUMES, with_value(full_document(), path, url), format="json")

    assert response.status_code == 400, (url, response.content[:300])
    assert_error_body(response.json(), "VALIDATION_ERROR")
    assert stored_rows() == before


@pytest.mark.parametrize("method", ["PUT", "PATCH"])
def test_given_stored_resume_when_replaced_with_bad_input_then_400_and_resume_unchanged(api, stored, method):
    before = resume_to_document(stored)
    url = f"{RESUMES}{stored.unique_key}"
    bad_bodies = [
        json.dumps(with_value(full_document(), ("work_experiences", 0, "company"), "ok\x00")),
        json.dumps(with_value(full_document(), ("contact", "github"), "javascript:alert(1)")),
        json.dumps({"name": "Dana", "work_experiences": [{"company": "A"}] * 10_000}),
        nested(100_000),
        '{"name": ',
        "[]",
    ]

    for body in bad_bodies:
        response = post_raw(api, body, path=url, method=method)
        assert response.status_code == 400, (body[:60], response.content[:300])
        assert_error_body(response.json())

    stored.refresh_from_db()
    assert resume_to_document(Resume.objects.get(pk=stored.pk)) == before


@pytest.mark.parametrize(
    "content_type", ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"]
)
def test_given_a_body_that_is_not_json_when_resume_written_then_415_and_nothing_changes(api, stored, content_type):
    """A form body once reached the nested serializer, which read it as a resume with no
    sections: a PUT silently emptied the resume."""
    before = resume_to_document(stored), stored_rows()
    body = "name=Dana&work_experiences=Paystream"

    answers = [
        post_raw(api, body, content_type=content_type),
        post_raw(api, body, content_type=content_type, path=f"{RESUMES}{stored.unique_key}", method="PUT"),
        post_raw(api, body, content_type=content_type, path=f"/api/v1/interview/{stored.unique_key}/questions"),
    ]

    for response in answers:
        assert response.status_code == 415, response.content[:300]
        assert_error_body(response.json(), "UNSUPPORTED_MEDIA_TYPE")
    assert (resume_to_document(Resume.objects.get(pk=stored.pk)), stored_rows()) == before


MIXED_SCRIPTS = "김하늘 Ωμέγα العربية עברית 漢字 カナ Ёж e\u0301\U0001f680\u200d"  # fits the 40-character fields


@pytest.mark.parametrize("path", TEXT_FIELDS, ids=path_name)
def test_given_mixed_scripts_in_any_text_field_when_posted_then_stored_and_read_back_unchanged(api, path):
    response = api.post(RESUMES, with_value(full_document(), path, MIXED_SCRIPTS), format="json")

    assert response.status_code == 201, response.content[:300]
    key = response.json()["unique_key"]
    assert value_at(api.get(f"{RESUMES}{key}").json(), path) == MIXED_SCRIPTS


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/resumes/%00",
        "/api/v1/resumes/a%00b",
        "/api/v1/interview/%00/questions",
        "/api/v1/learning/%00/learning-path",
        "/api/v1/jobs/not-a-uuid",
        "/api/v1/resumes/" + "k" * 5000,
        "/api/v1/resumes/%F0%9F%9A%80",
        "/api/v1/resumes/..%2F..%2Fetc%2Fpasswd",
    ],
)
def test_given_hostile_key_in_the_path_when_read_then_404_uniform_body(api, path):
    response = api.get(path)

    assert response.status_code == 404, response.content[:300]
    assert_error_body(response.json())


@pytest.mark.parametrize("path", ["/resumes/%00/", "/resumes/a%00b/edit/", "/resumes/%00/interview/1/"])
def test_given_nul_in_a_page_path_when_opened_then_404_page(client_logged_in, path):
    response = client_logged_in.get(path)

    assert response.status_code == 404
    assert "text/html" in response["Content-Type"]


@pytest.mark.parametrize("path", ["/api/v1/resumes/?limit=%00", "/api/v1/resumes/?%00=1", "/resumes/?next=a%00b"])
def test_given_nul_in_the_query_string_when_requested_then_400(client_logged_in, path):
    response = client_logged_in.get(path)

    assert response.status_code == 400
    if path.startswith("/api/"):
        assert_error_body(response.json(), "MALFORMED_REQUEST")


def test_given_nul_in_an_admin_search_when_staff_searches_then_400_not_500(client, user):
    user.is_staff = user.is_superuser = True
    user.save()
    client.force_login(user)

    response = client.get("/admin/resumes/resume/?q=a%00b")

    assert response.status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        "limit=abc",
        "limit=-5",
        "offset=-5",
        "limit=99999999999999999999999",
        "offset=99999999999999999999999",
        "offset=9223372036854775808",
        "limit=%00",
        "offset=1e9",
    ],
)
def test_given_hostile_paging_parameters_when_listing_then_answered_not_500(api, stored, query):
    response = api.get(f"{RESUMES}?{query}")

    assert response.status_code in (200, 400), response.content[:300]
    if response.status_code == 400:
        assert_error_body(response.json())


def test_given_generation_start_with_wrong_types_when_posted_then_400_and_no_job(api, stored):
    before = stored_rows()
    for body in (
        {"language": ["ko"]},
        {"language": "fr"},
        {"providers": "local"},
        {"providers": ["evil"]},
        {"providers": ["local"] * 10_000},
        {"regenerate": "maybe"},
    ):
        response = api.post(f"/api/v1/interview/{stored.unique_key}/questions", body, format="json")
        assert response.status_code == 400, (body, response.content[:300])
        assert_error_body(response.json(), "VALIDATION_ERROR")
    assert stored_rows() == before


def test_given_parse_upload_with_nul_text_or_garbage_file_when_posted_then_4xx_uniform_body(api):
    from django.core.files.uploadedfile import SimpleUploadedFile

    before = stored_rows()
    answers = [
        api.post("/api/v1/resumes/parse", {"text": "Dana Kim\x00\nBackend engineer"}, format="multipart"),
        api.post(
            "/api/v1/resumes/parse",
            {"file": SimpleUploadedFile("cv.pdf", b"%PDF-1.7\n\x00\xff garbage")},
            format="multipart",
        ),
        api.post(
            "/api/v1/resumes/parse",
            {"file": SimpleUploadedFile("cv.docx", b"PK\x03\x04 not a zip")},
            format="multipart",
        ),
        api.post("/api/v1/resumes/parse", {}, format="multipart"),
    ]

    for response in answers:
        assert 400 <= response.status_code < 500, response.content[:300]
        assert_error_body(response.json())
    assert stored_rows() == before
