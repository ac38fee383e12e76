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
