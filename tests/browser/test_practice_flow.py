"""Issue 12 end to end in Chromium with a real Celery worker: start a practice session from a
question set, answer, read the feedback and the follow-up, answer the follow-up on the same
page, finish, and download the summary."""

import pytest

from careercoach.generation.run import job_execute
from careercoach.generation.start import job_start
from interviews.models import QuestionSet
from practice.models import Answer
from tests.browser.test_generation_flow import log_in, screenshot
from tests.careercoach.workers import celery_worker, embedded_broker_url

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIRST = "저희 팀은 Redis를 캐시로 사용했고, 응답 속도를 개선하기 위해 다양한 최적화를 진행했습니다."
FOLLOW_UP = (
    "제가 직접 TTL을 30초로 두고, 쓰기 API에서 해당 키를 지우는 방식으로 무효화했습니다. "
    "부하 테스트에서 p95가 800ms에서 120ms로 줄었습니다."
)


@pytest.fixture
def question_set(user, resume):
    job, _ = job_start(owner=user, resume=resume, kind="interview")
    job_execute(job.pk)
    job.refresh_from_db()
    return QuestionSet.objects.get(pk=job.result_id)


@pytest.fixture
def worker(live_server):
    with celery_worker(embedded_broker_url()) as process:
        yield process


def submit_and_wait(page, text, turns):
    page.fill("[data-testid=answer-text]", text)
    assert page.locator("[data-testid=answer-count]").inner_text() == str(len(text))
    page.locator("[data-testid=submit-answer]").click()
    page.locator("[data-testid=answer-progress]").first.wait_for(state="visible")
    page.locator("[data-testid=feedback]").nth(turns - 1).wait_for(state="visible")


def test_user_practises_a_question_with_a_follow_up_and_downloads_the_summary(
    page, live_server, worker, user, resume, question_set
):
    page.set_default_timeout(90_000)  # a cold worker loads the Korean analyzer first
    log_in(page, live_server, user)
    page.goto(f"{live_server.url}/resumes/{resume.unique_key}/interview/{question_set.pk}/")
    page.locator("[data-testid=start-practice]").click()
    page.locator("[data-testid=practice-question]").wait_for()
    assert page.locator("[data-testid=practice-question] .badge--type").count() >= 1

    submit_and_wait(page, FIRST, 1)
    assert page.locator("[data-testid=point]").count() == len(question_set.questions[0]["what_good_answers_cover"])
    assert page.locator("[data-testid=grade]").first.inner_text().endswith("/5")
    follow_up = page.locator("[data-testid=follow-up]")
    assert follow_up.is_visible()
    assert not page.locator("[data-testid=model-answer] ol").first.is_visible()  # hidden until asked
    screenshot(page, "practice-feedback.png")

    submit_and_wait(page, FOLLOW_UP, 2)
    assert page.locator("[data-testid=turn]").count() == 2
    second = Answer.objects.get(parent_answer__isnull=False)
    assert second.depth == 1 and second.status == "done"

    page.goto(f"{live_server.url}/practice/{second.session_id}/?q={len(question_set.questions) - 1}")
    submit_and_wait(page, "잘 모르겠습니다.", 1)
    assert not page.locator("[data-testid=follow-up]").is_visible()
    page.locator("[data-testid=finish]").click()
    page.locator("[data-testid=practice-summary]").wait_for()
    assert page.locator("[data-testid=summary-row]").count() == len(question_set.questions)
    with page.expect_download() as download:
        page.locator("[data-testid=download-md]").click()
    assert "Q1." in open(download.value.path(), encoding="utf-8").read()
    assert page.csp_errors == []
    assert worker.poll() is None, "the worker process died"
