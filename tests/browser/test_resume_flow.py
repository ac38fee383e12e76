import os
from pathlib import Path

import pytest

from resumes.formats import resume_to_document
from resumes.models import Resume

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "resume-example.json"
SCREENSHOT = ROOT / "docs" / "screenshot.png"


def test_new_user_imports_edits_inline_and_sees_the_change(page, live_server):
    # Sign up
    page.goto(f"{live_server.url}/accounts/signup/")
    page.fill("#id_username", "browser_user")
    page.fill("#id_email", "browser@example.test")
    page.fill("#id_password1", "a-long-unusual-passphrase")
    page.fill("#id_password2", "a-long-unusual-passphrase")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/resumes/")
    assert page.locator(".empty-state").is_visible()

    # Import the example resume
    page.locator(".empty-state a[href='/resumes/import/']").click()
    page.set_input_files("#id_file", str(EXAMPLE))
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/resumes/test_1/")
    assert page.locator("h1").inner_text() == "test"
    assert page.get_by_text("TecheerZip", exact=True).is_visible()

    # Edit: rename a project, add an experience inline with HTMX
    page.locator(".resume-head__actions a[href$='/edit/']").click()
    page.wait_for_url("**/edit/")
    page.fill("#id_projects-0-name", "TecheerZip 2.0")
    page.evaluate("window.__sameDocument = true")
    experiences = page.locator('[data-formset-item="experiences"]')
    assert experiences.count() == 1

    page.locator('button[name="_action"][value="add:experiences"]').click()

    page.wait_for_selector("#id_experiences-1-company")
    assert experiences.count() == 2
    assert page.evaluate("window.__sameDocument === true"), "the page was reloaded"
    assert page.input_value("#id_projects-0-name") == "TecheerZip 2.0"
    assert page.evaluate("document.activeElement.id") == "id_experiences-1-company"
    assert Resume.objects.get().work_experiences.count() == 1, "adding a form stores nothing"
    page.fill("#id_experiences-1-company", "새로운 회사")
    page.fill("#id_experiences-1-project_name", "사내 검색 서비스")
    page.fill("#id_experiences-1-tech_stack", "Elasticsearch, Kotlin")
    page.locator(".form-actions button[type=submit]").click()

    # The detail page shows the change
    page.wait_for_url(f"{live_server.url}/resumes/test_1/")
    assert page.get_by_text("TecheerZip 2.0", exact=True).is_visible()
    assert page.get_by_text("새로운 회사").first.is_visible()
    document = resume_to_document(Resume.objects.get())
    assert [p["name"] for p in document["personal_projects"]] == ["TecheerZip 2.0", "NextPage"]
    assert document["work_experiences"][1]["tech_stack"] == ["Elasticsearch", "Kotlin"]
    assert page.csp_errors == []

    if os.environ.get("CAREERCOACH_SCREENSHOT") == "1":
        page.reload()
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))
