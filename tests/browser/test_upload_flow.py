"""A person uploads the PDF of their Korean resume, checks the form the parser filled in, and
saves it: the projects of the file are on the resume page."""

import json
import os
from pathlib import Path
from urllib.parse import unquote

import pytest

from resumes.formats import resume_to_document
from resumes.models import Resume
from tests.factories import UserFactory
from tests.resumes import documents

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "tests" / "data" / "resumes" / "ko_backend_python_junior.json"
SCREENSHOTS = ROOT / "docs" / "screenshots"
PASSWORD = "correct-horse-battery"


def screenshot(page, name):
    if os.environ.get("CAREERCOACH_SCREENSHOT") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / name))


def log_in(page, live_server, user):
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/resumes/")


def test_user_uploads_a_korean_pdf_checks_the_guesses_and_saves_the_resume(page, live_server, tmp_path):
    resume = json.loads(SOURCE.read_text(encoding="utf-8"))
    pdf = tmp_path / "이력서.pdf"
    pdf.write_bytes(documents.render_pdf(resume))
    user = UserFactory()
    log_in(page, live_server, user)

    # From the empty list to the upload page; the file is chosen and its name shown
    page.locator(".empty-state [data-testid=upload-link]").click()
    page.wait_for_url(f"{live_server.url}/resumes/upload/")
    page.set_input_files("#id_file", str(pdf))
    assert "이력서.pdf" in page.locator("[data-file-name]").inner_text()
    screenshot(page, "upload.png")
    page.locator("[data-testid=upload-submit]").click()

    # The new-resume form, filled from the file, guesses marked, nothing saved yet
    page.wait_for_url(f"{live_server.url}/resumes/upload/review/")
    assert page.locator("[data-testid=upload-notice]").is_visible()
    assert page.input_value("#id_name") == resume["name"]
    assert page.input_value("#id_experiences-0-company") == resume["work_experiences"][0]["company"]
    assert page.locator(".field--guessed [data-testid=guessed]").count() >= 1
    assert Resume.objects.count() == 0
    screenshot(page, "upload-review.png")

    if page.input_value("#id_total_experience_months") == "":
        page.fill("#id_total_experience_months", str(resume["total_experience_months"]))
    page.locator(".form-actions button[type=submit]").first.click()

    # The resume page shows what the file said
    page.wait_for_url(f"{live_server.url}/resumes/*/")
    stored = Resume.objects.get(owner=user)
    assert unquote(page.url) == f"{live_server.url}/resumes/{stored.unique_key}/"
    assert page.locator("h1").inner_text() == resume["name"]
    for project in resume.get("personal_projects") or []:
        assert page.get_by_text(project["name"], exact=True).first.is_visible()
    for job in resume.get("work_experiences") or []:
        if job.get("project_name"):
            assert page.get_by_text(job["project_name"], exact=True).first.is_visible()
    document = resume_to_document(stored)
    assert [p["name"] for p in document["personal_projects"]] == [p["name"] for p in resume["personal_projects"]]
    assert document["total_experience_months"] == resume["total_experience_months"]
    assert page.csp_errors == []
