"""Issue #4 end to end: a real Celery worker process beside the live server. The person
presses a generate button, watches the progress bar, and lands on the result page."""

import os
from pathlib import Path

import pytest

from careercoach.models import GenerationJob
from tests.careercoach.workers import celery_worker, embedded_broker_url
from tests.fakes.llm_server import FakeLLMServer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"
PASSWORD = "correct-horse-battery"
# Every state the job's bar shows on the page, recorded across HTMX swaps and the final
# navigation (the init script runs in each document, the binding lives in the test).
RECORD_PROGRESS = """
new MutationObserver(() => {
  document.querySelectorAll('[data-testid=job]').forEach((job) => {
    const bar = job.querySelector('progress');
    if (bar) window.recordProgress(job.dataset.status, Number(bar.value));
  });
}).observe(document, {subtree: true, childList: true, attributes: true});
"""


@pytest.fixture
def slow_provider(settings):
    """A hosted provider that answers an error after a few seconds, so that each job spends
    visible time in "generating" before the offline coach, last in the chain, answers. The
    result pages then show what a person without an API key gets."""
    with FakeLLMServer(default="500", delay=2.5) as fake:
        settings.LLM_PROVIDERS = "openai,local"
        settings.OPENAI_API_KEY = "test-key"
        settings.OPENAI_BASE_URL = fake.openai_base_url
        yield fake


@pytest.fixture
def worker(live_server, slow_provider):
    """The worker reads the live server's test database and its broker folders (the same
    CAREERCOACH_VAR_DIR), and runs beat so that the sweeper works as in `make run`."""
    with celery_worker(
        embedded_broker_url(), beat=True, OPENAI_API_KEY="test-key", OPENAI_BASE_URL=slow_provider.openai_base_url
    ) as process:
        yield process


@pytest.fixture
def watched_page(page):
    page.progress_seen = []
    page.expose_function("recordProgress", lambda status, value: page.progress_seen.append((status, value)))
    page.add_init_script(RECORD_PROGRESS)
    page.set_default_timeout(60_000)  # a cold worker process takes a few seconds to start
    return page


def log_in(page, live_server, user):
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/resumes/")


def generate(page, live_server, resume, button, result_path):
    page.progress_seen.clear()
    page.goto(f"{live_server.url}/resumes/{resume.unique_key}/")
    page.locator(f"[data-testid={button}]").click()
    page.locator("[data-testid=job] progress").wait_for(state="visible")
    page.wait_for_url(f"{live_server.url}/resumes/{resume.unique_key}/{result_path}/*/")
    return list(page.progress_seen)


def assert_progress_moved_to_done(seen, kind, resume):
    values = [value for _status, value in seen]
    assert values, "the progress bar never appeared"
    assert values[0] < 100, f"the bar started full: {seen}"
    assert any(0 < value < 100 for value in values), f"the bar never moved: {seen}"
    assert values == sorted(values), f"the bar went backwards: {seen}"
    job = GenerationJob.objects.filter(resume=resume, kind=kind).latest("created_at")
    assert (job.status, job.progress) == ("done", 100)


def screenshot(page, name):
    if os.environ.get("CAREERCOACH_SCREENSHOT") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / name))


def test_user_generates_questions_and_a_learning_path_through_the_worker(
    watched_page, live_server, worker, user, resume
):
    page = watched_page
    log_in(page, live_server, user)

    seen = generate(page, live_server, resume, "generate-interview", "interview")
    assert_progress_moved_to_done(seen, "interview", resume)
    questions = page.locator("[data-testid=questions] li.question")
    assert questions.count() == 5
    assert all(text.strip() for text in questions.locator(".question__text").all_inner_texts())
    assert page.locator(".result-meta .badge").first.inner_text() == "local"
    assert page.locator(".question .badge--type").count() == 5
    screenshot(page, "question-set.png")

    seen = generate(page, live_server, resume, "generate-learning", "learning")
    assert_progress_moved_to_done(seen, "learning", resume)
    assert page.locator("[data-testid=path]").count() >= 3
    assert page.locator("[data-testid=strengths] li").count() >= 1
    screenshot(page, "learning-plan.png")

    assert page.csp_errors == []
    assert worker.poll() is None, "the worker process died"
