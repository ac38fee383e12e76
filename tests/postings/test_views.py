"""Posting pages: paste or upload, detail with parsed requirements and the fit report, edit,
delete; another user's posting is 404; bad input is a form error and nothing is stored."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document

from postings.models import JobPosting
from tests.postings.test_api import POSTING

pytestmark = pytest.mark.django_db


def test_given_pasted_text_when_saved_then_detail_shows_requirements_and_fit(client_logged_in, resume):
    response = client_logged_in.post("/postings/new/", {"text": POSTING, "title": "", "company": ""})
    posting = JobPosting.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/postings/{posting.id}/")

    page = client_logged_in.get(f"/postings/{posting.id}/").content.decode()

    assert "Kubernetes" in page and "Apache Kafka | RabbitMQ" in page
    assert 'data-testid="fit-score"' in page and resume.unique_key in page


def test_given_a_docx_upload_when_saved_then_its_text_is_read(client_logged_in):
    document = Document()
    for line in POSTING.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    upload = SimpleUploadedFile("posting.docx", buffer.getvalue())

    client_logged_in.post("/postings/new/", {"text": "", "file": upload})

    assert JobPosting.objects.get().required_skills == ["Python", "Django", "Kubernetes"]


def test_given_an_image_upload_when_saved_then_form_error_and_nothing_stored(client_logged_in):
    upload = SimpleUploadedFile("posting.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)

    response = client_logged_in.post("/postings/new/", {"text": "", "file": upload})

    assert response.status_code == 200 and "field--invalid" in response.content.decode()
    assert not JobPosting.objects.exists()


def test_given_text_without_requirements_when_saved_then_form_error(client_logged_in):
    response = client_logged_in.post("/postings/new/", {"text": "좋은 회사입니다."})
    assert response.status_code == 200 and not JobPosting.objects.exists()


def test_given_another_users_posting_when_opened_then_404(client, other_user, user):
    client.force_login(other_user)
    client.post("/postings/new/", {"text": POSTING})
    posting = JobPosting.objects.get()
    client.force_login(user)

    assert client.get(f"/postings/{posting.id}/").status_code == 404
    assert client.get(f"/postings/{posting.id}/edit/").status_code == 404
    assert client.post(f"/postings/{posting.id}/delete/").status_code == 404


def test_given_own_posting_when_edited_and_deleted_then_changes_stick(client_logged_in):
    client_logged_in.post("/postings/new/", {"text": POSTING})
    posting = JobPosting.objects.get()

    client_logged_in.post(f"/postings/{posting.id}/edit/", {"text": "Requirements\n- Go\n", "title": "Go role"})
    posting.refresh_from_db()
    assert posting.required_skills == ["Go"] and posting.title == "Go role"

    client_logged_in.post(f"/postings/{posting.id}/delete/")
    assert not JobPosting.objects.exists()


def test_given_the_list_page_when_opened_then_postings_are_listed(client_logged_in):
    client_logged_in.post("/postings/new/", {"text": POSTING})
    assert "백엔드 개발자" in client_logged_in.get("/postings/").content.decode()


def test_given_a_fit_report_when_downloaded_then_json_and_markdown_files_come_back(client_logged_in, resume):
    client_logged_in.post("/postings/new/", {"text": POSTING})
    posting = JobPosting.objects.get()

    as_json = client_logged_in.get(f"/postings/{posting.id}/?resume={resume.unique_key}&format=json")
    as_md = client_logged_in.get(f"/postings/{posting.id}/?resume={resume.unique_key}&format=md")

    assert as_json["Content-Disposition"].startswith("attachment")
    body = as_json.json()
    assert body["posting_id"] == str(posting.id) and {"required", "score", "prepare_first"} <= set(body)
    assert "## Required" in as_md.content.decode() and "Kubernetes" in as_md.content.decode()


def test_given_saved_postings_when_the_resume_page_opens_then_each_shows_its_fit_score(client_logged_in, resume):
    client_logged_in.post("/postings/new/", {"text": POSTING})
    posting = JobPosting.objects.get()

    page = client_logged_in.get(f"/resumes/{resume.unique_key}/").content.decode()

    assert 'data-testid="posting-fit-score"' in page
    assert f"/postings/{posting.id}/?resume={resume.unique_key}" in page
