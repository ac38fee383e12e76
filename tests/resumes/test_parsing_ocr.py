"""Scans and images are read with Tesseract in the worker: a PNG screenshot and a scanned
Korean PDF (both drawn here at test time) come back as drafts, through the job the API and
the upload page start."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse

from resumes.models import ParseJob
from resumes.parse_jobs import parse_job_run
from resumes.parsing import parse_resume
from resumes.parsing.ocr import ocr_available
from tests.conftest import need

pytestmark = pytest.mark.django_db
FONT = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
BOLD = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"
LINES = [
    "haneul@example.com | 010-1234-5678",
    "",
    "경력",
    "페이로드 | 백엔드 개발자  2022.01 ~ 2024.06",
    "• 정산 배치 처리 시간을 40분에서 6분으로 단축",
    "기술: Spring Boot, Kafka, MySQL",
]


def resume_image():
    from PIL import Image, ImageDraw, ImageFont

    need(ocr_available(), "Tesseract OCR with Korean")
    image = Image.new("RGB", (1240, 620), "white")
    draw = ImageDraw.Draw(image)
    draw.text((60, 40), "김하늘", font=ImageFont.truetype(BOLD, 44), fill="black")
    body = ImageFont.truetype(FONT, 28)
    for index, text in enumerate(LINES):
        draw.text((60, 130 + 48 * index), text, font=body, fill="black")
    return image


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    resume_image().save(buffer, format="PNG")
    return buffer.getvalue()


def scanned_pdf_bytes() -> bytes:
    """A PDF whose only content is a picture of the page, as a scanner makes it."""
    buffer = io.BytesIO()
    resume_image().save(buffer, format="PDF", resolution=150)
    return buffer.getvalue()


def assert_usable(draft: dict) -> None:
    assert draft["name"] == "김하늘"
    assert draft["contact"]["email"] == "haneul@example.com"
    work = draft["work_experiences"][0]
    # Tesseract may leave a space inside a Korean word ("페이 로드"); the words are all there.
    assert work["company"].replace(" ", "") == "페이로드"
    assert work["position"].replace(" ", "") == "백엔드개발자"
    assert work["duration"] == "2022.01 ~ 2024.06"
    assert [a.replace(" ", "") for a in work["achievements"]] == ["정산배치처리시간을40분에서6분으로단축"]
    assert work["tech_stack"] == ["Spring Boot", "Kafka", "MySQL"]


@pytest.mark.parametrize(("name", "make"), [("screenshot.png", png_bytes), ("scan.pdf", scanned_pdf_bytes)])
def test_given_an_image_or_a_scan_when_read_with_ocr_then_the_draft_is_usable(name, make):
    result = parse_resume(make(), filename=name, ocr=True)
    assert_usable(result.draft)


def test_given_a_png_when_posted_to_the_api_then_a_job_answers_202_and_its_result_is_the_draft(api, user):
    response = api.post(
        reverse("api-resume-parse"), {"file": _upload("screenshot.png", png_bytes())}, format="multipart"
    )
    assert response.status_code == 202
    job_id = response.json()["job_id"]
    assert response.json()["status_url"].endswith(f"/resumes/parse/jobs/{job_id}")

    parse_job_run(job_id=job_id)  # what the worker's task does

    body = api.get(response.json()["status_url"]).json()
    assert body["status"] == "done" and body["progress"] == 100
    assert_usable(body["result"]["draft"])
    assert "ocr_used" in [w["code"] for w in body["result"]["warnings"]]
    assert bytes(ParseJob.objects.get(pk=job_id).source) == b""  # the file is gone once read


def test_given_another_users_job_when_asked_then_it_is_404(api, user, django_user_model):
    other = django_user_model.objects.create_user(username="other", password="x-Password-1")
    job = ParseJob.objects.create(owner=other, source=b"x")
    assert api.get(reverse("api-resume-parse-job", args=[job.pk])).status_code == 404


def test_given_a_scan_when_uploaded_on_the_page_then_the_progress_page_leads_to_the_review(client_logged_in):
    response = client_logged_in.post(reverse("resumes:upload"), {"file": _upload("scan.pdf", scanned_pdf_bytes())})
    job = ParseJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("resumes:upload-job", args=[job.pk])
    polling = client_logged_in.get(response["Location"], HTTP_HX_REQUEST="true")
    assert polling.status_code == 200 and b"every 1s" in polling.content

    parse_job_run(job_id=job.pk)

    done = client_logged_in.get(reverse("resumes:upload-job", args=[job.pk]), HTTP_HX_REQUEST="true")
    assert done["HX-Redirect"] == reverse("resumes:upload-review")
    review = client_logged_in.get(reverse("resumes:upload-review"))
    assert "페이로드" in review.content.decode()


def _upload(name: str, data: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data)
