"""Hostile and broken input through the web forms: the resume editor (create and edit) and
the JSON import. Each is refused with a form error (or a 400 for a body the server will not
read), never a 500, and nothing is stored half-way: rows are counted before and after."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from resumes.formats import resume_to_document
from resumes.models import Resume
from resumes.serializers import ResumeFormatSerializer
from resumes.services import resume_create
from tests.html_forms import form_fields
from tests.reliability.hostile import (
    EDITOR_TEXT_FIELDS,
    EDITOR_URL_FIELDS,
    HOSTILE_URLS,
    full_document,
    stored_rows,
    with_value,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored(user):
    serializer = ResumeFormatSerializer(data=full_document())
    serializer.is_valid(raise_exception=True)
    return resume_create(owner=user, document=serializer.validated_data)


@pytest.fixture
def editor(client_logged_in, stored):
    """The filled-in edit form of the stored resume, as a browser would post it."""
    url = f"/resumes/{stored.unique_key}/edit/"
    return url, form_fields(client_logged_in.get(url).content.decode())


def assert_refused_with_form_error(response):
    assert response.status_code == 200, response.status_code
    assert "field--invalid" in response.content.decode() or 'role="alert"' in response.content.decode()


def assert_unchanged(resume, before_document, before_rows):
    assert resume_to_document(Resume.objects.get(pk=resume.pk)) == before_document
    assert stored_rows() == before_rows


@pytest.mark.parametrize("field", EDITOR_TEXT_FIELDS)
@pytest.mark.parametrize("page", ["edit", "create"])
def test_given_nul_in_any_editor_field_when_saved_then_form_error_and_nothing_stored(
    client_logged_in,
    stored,
    editor,
    field,
    page,
):
    url, data = editor
    before = resume_to_document(stored), stored_rows()
    data[field] += "\x00tail"

    response = client_logged_in.post(url if page == "edit" else "/resumes/new/", data)

    assert_refused_with_form_error(response)
    assert_unchanged(stored, *before)


@pytest.mark.parametrize("field", EDITOR_URL_FIELDS)
@pytest.mark.parametrize("url_value", HOSTILE_URLS)
def test_given_non_web_url_in_any_editor_url_field_when_saved_then_form_error_and_nothing_stored(
    client_logged_in,
    stored,
    editor,
    field,
    url_value,
):
    url, data = editor
    before = resume_to_document(stored), stored_rows()
    data[field] = url_value

    response = client_logged_in.post(url, data)

    assert_refused_with_form_error(response)
    assert_unchanged(stored, *before)


@pytest.mark.parametrize(
    "field, value",
    [
        ("experiences-0-achievements", "\n".join(f"Shipped feature {n}" for n in range(10_000))),
        ("experiences-0-tech_stack", ", ".join(f"tech{n}" for n in range(10_000))),
        ("skills_others", ", ".join(f"skill{n}" for n in range(3_000))),
        ("experiences-0-team_size", "-3"),
        ("experiences-0-team_size", "ten"),
        ("total_experience_months", "99999999999999999999"),
        ("experiences-0-company", "   "),
        ("experiences-0-company", "\x07\x1b"),
        ("name", "x" * 101),
        ("email", "not-an-email"),
    ],
)
def test_given_out_of_range_editor_value_when_saved_then_form_error_and_nothing_stored(
    client_logged_in,
    stored,
    editor,
    field,
    value,
):
    url, data = editor
    before = resume_to_document(stored), stored_rows()
    data[field] = value

    response = client_logged_in.post(url, data)

    assert_refused_with_form_error(response)
    assert_unchanged(stored, *before)


@pytest.mark.parametrize("total", ["abc", "100000", ""])
def test_given_tampered_formset_counts_when_saved_then_answered_without_500_and_nothing_stored(
    client_logged_in,
    stored,
    editor,
    total,
):
    url, data = editor
    before = resume_to_document(stored), stored_rows()
    data["experiences-TOTAL_FORMS"] = total

    response = client_logged_in.post(url, data)

    assert response.status_code in (200, 400)
    assert_unchanged(stored, *before)


def test_given_editor_body_over_the_limit_when_saved_then_400_and_nothing_stored(client_logged_in, stored, editor):
    url, data = editor
    before = resume_to_document(stored), stored_rows()
    data["summary"] = "x" * (3 * 1024 * 1024)

    response = client_logged_in.post(url, data)

    assert response.status_code == 400
    assert_unchanged(stored, *before)


def test_given_editor_post_with_too_many_fields_when_saved_then_400_and_nothing_stored(
    client_logged_in, stored, editor
):
    url, data = editor
    before = resume_to_document(stored), stored_rows()
    data.update({f"junk-{n}": "x" for n in range(6_000)})

    response = client_logged_in.post(url, data)

    assert response.status_code == 400
    assert_unchanged(stored, *before)


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


IMPORT_CORPUS = {
    "malformed": b'{"name": "Dana", ',
    "not_utf8": b'{"name": "\xff\xfe"}',
    "binary": bytes(range(256)) * 10,
    "top_level_list": b"[]",
    "nul_escape": json.dumps(with_value(full_document(), ("summary",), "a\x00b")).encode(),
    "javascript_url": json.dumps(with_value(full_document(), ("contact", "github"), "javascript:alert(1)")).encode(),
    "ten_thousand_items": json.dumps(
        with_value(full_document(), ("work_experiences", 0, "achievements"), ["x"] * 10_000)
    ).encode(),
    "wrong_types": json.dumps(with_value(full_document(), ("work_experiences",), "Paystream")).encode(),
    "over_two_megabytes": json.dumps(with_value(full_document(), ("summary",), "x" * (2 * 1024 * 1024 + 10))).encode(),
    "deeply_nested": nested(100_000).encode(),
    "deeply_nested_in_field": ('{"name": "Dana", "summary": ' + nested(50_000) + "}").encode(),
}


@pytest.mark.parametrize("case", IMPORT_CORPUS, ids=list(IMPORT_CORPUS))
def test_given_bad_json_file_when_imported_then_form_error_and_nothing_stored(client_logged_in, case):
    before = stored_rows()
    upload = SimpleUploadedFile("resume.json", IMPORT_CORPUS[case], content_type="application/json")

    response = client_logged_in.post("/resumes/import/", {"file": upload})

    assert_refused_with_form_error(response)
    assert stored_rows() == before
