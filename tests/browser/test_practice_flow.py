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

# Answers to the fixture resume's first question (its StudyMate project); the assertions hold
# for any question, the wording only makes the screenshots read like a real session.
FIRST = (
    "스터디메이트는 제가 백엔드 API와 배포를 맡았고, 화면은 팀원이 맡았습니다. 구성은 인증, 스터디 매칭, "
    "알림 세 모듈로 나눴는데 매칭 규칙이 자주 바뀌어서 따로 떼어 두는 것이 기준이었습니다. "
    "30명이 4개월 동안 썼고 주간 활성 사용자는 20명 정도였습니다."
)
FOLLOW_UP = (
    "대안으로 백엔드 없이 Firebase만으로 만드는 방법을 검토했는데, 매칭 조건이 복잡해서 쿼리로 풀기 어려워 "
    "버렸습니다. 그래서 Django와 PostgreSQL로 직접 API를 만들었고, 매칭 계산은 50ms 안에 끝났습니다."
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
    page.locator("[data-testid=turn]").nth(1).scroll_into_view_if_needed()
    screenshot(page, "practice-follow-up.png")
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
