"""A person uploads a PNG screenshot or a scanned Korean PDF of their resume: a real Celery
worker reads it with Tesseract while the page shows progress, and the resume form opens filled
from it."""

import pytest

from resumes.models import ParseJob, Resume
from resumes.parsing.ocr import ocr_available
from tests.browser.test_upload_flow import log_in
from tests.careercoach.workers import celery_worker, embedded_broker_url
from tests.conftest import need
from tests.factories import UserFactory
from tests.resumes.test_parsing_ocr import png_bytes, scanned_pdf_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker(live_server):
    with celery_worker(embedded_broker_url()) as process:
        yield process


@pytest.mark.parametrize(("name", "make"), [("resume.png", png_bytes), ("scan.pdf", scanned_pdf_bytes)])
def test_user_uploads_a_screenshot_or_a_scan_and_sees_the_draft(page, live_server, worker, tmp_path, name, make):
    need(ocr_available(), "Tesseract OCR with Korean")
    image = tmp_path / name
    image.write_bytes(make())
    user = UserFactory()
    log_in(page, live_server, user)
    page.set_default_timeout(90_000)  # a cold worker and OCR take seconds

    page.goto(f"{live_server.url}/resumes/upload/")
    page.set_input_files("#id_file", str(image))
    page.locator("[data-testid=upload-submit]").click()

    page.wait_for_selector("[data-testid=upload-job]")
    assert "/resumes/upload/scans/" in page.url
    page.wait_for_url(f"{live_server.url}/resumes/upload/review/")
    assert page.input_value("#id_name") == "김하늘"
    assert page.input_value("#id_experiences-0-company").replace(" ", "") == "페이로드"
    assert page.locator("[data-testid=upload-notice]").is_visible()
    assert ParseJob.objects.get().status == ParseJob.Status.DONE
    assert Resume.objects.count() == 0
    assert worker.poll() is None, "the worker process died"
