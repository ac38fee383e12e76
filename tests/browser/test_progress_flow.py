"""Issue 16 end to end in Chromium with a real Celery worker: mark learning-path items (HTMX,
no reload), regenerate the plan and find the progress kept; practise, miss points, and find
them in today's review on the readiness page, with a retake link that opens the question."""

import re

import pytest

from careercoach.generation.run import job_execute
from careercoach.generation.start import job_start
from interviews.models import QuestionSet
from learning.models import LearningPlan
from tests.browser.test_generation_flow import log_in, screenshot
from tests.careercoach.workers import celery_worker, embedded_broker_url

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _result(user, resume, kind, model):
    job, _ = job_start(owner=user, resume=resume, kind=kind)
    job_execute(job.pk)
    job.refresh_from_db()
    return model.objects.get(pk=job.result_id)


@pytest.fixture
def worker(live_server):
    with celery_worker(embedded_broker_url()) as process:
        yield process


def _mark(page, item, status):
    item.locator(f"[data-testid=status-{status}]").click()
    page.locator(f"#{item.get_attribute('id')}[data-status={status}]").wait_for()


def test_user_marks_items_regenerates_keeps_progress_and_reviews_missed_points(page, live_server, worker, user, resume):
    page.set_default_timeout(90_000)  # a cold worker loads the Korean analyzer first
    plan = _result(user, resume, "learning", LearningPlan)
    question_set = _result(user, resume, "interview", QuestionSet)
    log_in(page, live_server, user)
    page.goto(f"{live_server.url}/resumes/{resume.unique_key}/learning/{plan.pk}/")
    page.evaluate("window.notReloaded = true")
    items = page.locator("[data-testid=item]")
    first_path, resource = items.nth(0), items.nth(1)
    first_id, resource_id = first_path.get_attribute("data-item-id"), resource.get_attribute("data-item-id")
    before = page.locator("[data-testid=plan-progress]").inner_text()

    _mark(page, first_path, "done")
    _mark(page, page.locator(f"#item-{resource_id}"), "skipped")

    after = page.locator("[data-testid=plan-progress]").inner_text()
    assert page.evaluate("window.notReloaded") is True
    assert after != before and re.search(r"1\D+\d+", after)
    page.locator("[data-testid=regenerate]").click()
    page.wait_for_url(re.compile(rf"/learning/(?!{plan.pk}/)\d+/$"))
    assert page.locator(f"#item-{first_id}").get_attribute("data-status") == "done"
    assert page.locator(f"#item-{resource_id}").get_attribute("data-status") == "skipped"
    assert page.locator("[data-testid=plan-progress]").inner_text() == after

    page.goto(f"{live_server.url}/resumes/{resume.unique_key}/interview/{question_set.pk}/")
    page.locator("[data-testid=start-practice]").click()
    page.fill("[data-testid=answer-text]", "잘 모르겠습니다. 그냥 썼습니다.")
    page.locator("[data-testid=submit-answer]").click()
    page.locator("[data-testid=feedback]").first.wait_for(state="visible")
    page.goto(f"{live_server.url}/resumes/{resume.unique_key}/")
    page.locator("[data-testid=readiness-link]").click()
    review = page.locator("[data-testid=todays-review]")
    assert review.locator("[data-testid=review-point]").count() >= 1
    assert page.locator("[data-testid=next-actions] li").count() == 3
    assert page.locator("[data-testid=trend-chart] circle").count() == 1
    screenshot(page, "readiness.png")
    review.locator("a", has_text=re.compile(".")).first.click()
    page.wait_for_url(re.compile(r"/practice/.+retake=1"))
    page.locator("[data-testid=answer-text]").wait_for()
    assert page.csp_errors == []
    assert worker.poll() is None, "the worker process died"
