"""Issue 13 in a real browser: paste a Korean posting, see what it asks for and how the resume
fits, then open the tailored preparation from the posting page."""

import os
from pathlib import Path

import pytest

from postings.models import JobPosting
from tests.browser.test_generation_flow import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
POSTING = """[하늘커머스] 백엔드 개발자 (경력 2년 이상)

[주요업무]
• 주문·결제 API 개발

[자격요건]
• Python과 Django 기반 API 개발 경력 2년 이상
• PostgreSQL 스키마 설계 경험
• Kafka 또는 RabbitMQ 기반 비동기 처리 경험
• 쿠버네티스 운영 경험

[우대사항]
• Redis 캐시 운영 경험
• Terraform으로 인프라를 관리해 본 경험

[복지]
• 점심 제공
"""


def test_user_pastes_a_posting_and_sees_the_fit_report(page, live_server, user, resume):
    log_in(page, live_server, user)

    page.goto(f"{live_server.url}/postings/")
    page.locator("[data-testid=new-posting]").first.click()
    page.locator("[data-testid=posting-text]").fill(POSTING)
    page.locator("[data-testid=save-posting]").click()

    posting = JobPosting.objects.get(owner=user)
    page.wait_for_url(f"{live_server.url}/postings/{posting.id}/")
    requirements = page.locator("[data-testid=parsed-requirements]")
    assert "Kubernetes" in requirements.inner_text() and "PostgreSQL" in requirements.inner_text()
    fit = page.locator("[data-testid=fit-report]")
    assert "/ 100" in page.locator("[data-testid=fit-score]").inner_text()
    assert "Kubernetes" in fit.inner_text() and "먼저 준비할 것" in fit.inner_text()
    assert not page.csp_errors
    if os.environ.get("CAREERCOACH_SCREENSHOT") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "posting-fit.png"), full_page=True)


def test_user_generates_questions_tailored_to_a_saved_posting(page, live_server, user, resume, settings):
    # The job runs inside the request (eager Celery): this test is about the page flow; the
    # worker path is covered by test_generation_flow.
    settings.CELERY_TASK_ALWAYS_EAGER = True
    from postings.services import posting_create

    posting = posting_create(owner=user, text=POSTING)
    log_in(page, live_server, user)

    page.goto(f"{live_server.url}/resumes/{resume.unique_key}/?posting={posting.id}")
    assert "/ 100" in page.locator("[data-testid=posting-fit-score]").inner_text()
    page.locator(f"[data-testid=tailored-interview-{posting.id}]").click()
    page.wait_for_load_state()
    # The job ran inside the request, so the resume page lists the finished question set.
    page.locator(".generation-history a").first.click()
    page.wait_for_load_state()

    questions = page.locator("[data-testid=questions] li.question")
    assert questions.count() == 5
    text = page.locator("[data-testid=questions]").inner_text()
    assert "공고의 필수 요건인 Apache Kafka" in text  # a deep dive on a required skill the resume shows
    assert "보이지 않습니다" in text  # and one honest question on a required skill it lacks
    assert not page.csp_errors
    if os.environ.get("CAREERCOACH_SCREENSHOT") == "1":
        page.screenshot(path=str(SCREENSHOTS / "posting-questions.png"), full_page=True)
