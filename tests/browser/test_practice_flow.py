"""Issue 12 end to end in Chromium with a real Celery worker, in Korean and in English: a person
imports a resume, generates questions, presses Practice, answers all five questions and every
follow-up the feedback asks, finishes, and downloads the summary as Markdown and JSON.

The answers (tests/data/practice_answers/) are what a candidate might say about the imported
resume; every assertion holds for any question wording and any grade the evaluator gives."""

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import expect

from practice.models import Answer, PracticeSession
from tests.browser.test_generation_flow import log_in, screenshot
from tests.careercoach.workers import celery_worker, embedded_broker_url

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DATA = Path(__file__).resolve().parents[1] / "data"
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# True once the newest turn is in view: near the top of the window, or the page is at its end.
NEWEST_TURN_IN_VIEW = """() => {
  const turns = document.querySelectorAll('[data-testid=turn]');
  if (!turns.length || document.readyState === 'loading') return false;
  const top = turns[turns.length - 1].getBoundingClientRect().top;
  const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
  return (top >= 0 && top <= 200) || atEnd;
}"""


@dataclass(frozen=True)
class Flow:
    language: str
    resume: str  # a file in tests/data/resumes, imported through the page

    @property
    def answers(self) -> list[dict]:
        return yaml.safe_load((DATA / "practice_answers" / f"{self.resume}.yaml").read_text(encoding="utf-8"))

    def screenshot_name(self, name: str) -> str:
        return f"{name}.png" if self.language == "ko" else f"{name}-{self.language}.png"

    def assert_in_language(self, text: str, what: str) -> None:
        """Korean feedback has Hangul; English feedback has none (the question set is English)."""
        if self.language == "ko":
            assert HANGUL.search(text), f"{what} is not Korean: {text[:200]!r}"
        else:
            assert not HANGUL.search(text), f"{what} has Korean text: {HANGUL.findall(text)[:10]} in {text[:200]!r}"


FLOWS = [
    pytest.param(Flow("ko", "ko_backend_python_junior"), id="korean"),
    pytest.param(Flow("en", "en_devops_junior"), id="english"),
]


@pytest.fixture
def worker(live_server):
    with celery_worker(embedded_broker_url()) as process:
        yield process


def choose_language(page, flow):
    """The browser asks for Korean (the fixture's locale); an English speaker presses English in
    the header's language switcher, and every later page is in English."""
    if flow.language == "en":
        page.locator(".language-switcher button[value=en]").click()
        page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == flow.language


def import_resume_and_start_practice(page, live_server, flow) -> PracticeSession:
    page.goto(f"{live_server.url}/resumes/import/")
    page.set_input_files("input[type=file]", str(DATA / "resumes" / f"{flow.resume}.json"))
    page.locator("main form button[type=submit]").click()
    page.locator("[data-testid=generate-interview]").click()
    page.wait_for_url("**/interview/*/")
    page.locator("[data-testid=start-practice]").click()
    page.locator("[data-testid=practice-question]").wait_for()
    return PracticeSession.objects.get(pk=page.url.split("/practice/")[1].split("/")[0])


def submit_and_wait(page, text, turn):
    page.fill("[data-testid=answer-text]", text)
    # The counter's script is deferred: on a page just loaded the fill may come first, and the
    # script counts the answer once it binds, so the count is awaited, not read at once.
    expect(page.locator("[data-testid=answer-count]")).to_have_text(str(len(text)))
    page.locator("[data-testid=submit-answer]").click()
    page.locator("[data-testid=feedback]").nth(turn).wait_for(state="visible")
    page.wait_for_function(NEWEST_TURN_IN_VIEW)  # the page shows the feedback just given


def check_feedback(page, flow, question, turn):
    feedback = page.locator("[data-testid=feedback]").nth(turn)
    assert feedback.locator("[data-testid=point]").count() == len(question["what_good_answers_cover"])
    assert re.fullmatch(r"[1-5]/5", feedback.locator("[data-testid=grade]").inner_text())
    flow.assert_in_language(feedback.locator(".practice-grade").inner_text(), "the grade's reason")
    flow.assert_in_language(feedback.inner_text(), "the feedback")
    for label in feedback.locator("[data-testid=point] .badge").all_inner_texts():
        flow.assert_in_language(label, "a point's status")
    assert not feedback.locator("[data-testid=model-answer] ol").is_visible()  # shown on request


def practise_question(page, flow, index, question, answers) -> int:
    """Answer the question, then each follow-up while one is asked; returns how many."""
    texts = [answers["answer"], *answers["follow_ups"]]
    asked = []
    while True:
        turn = len(asked)
        submit_and_wait(page, texts[min(turn, len(texts) - 1)], turn)
        check_feedback(page, flow, question, turn)
        follow_up = page.locator("[data-testid=follow-up]")
        if not follow_up.count():
            break
        asked.append(follow_up.inner_text())
        flow.assert_in_language(asked[-1], "the follow-up question")
        screenshot(page, flow.screenshot_name("practice-follow-up"))
    assert len(set(asked)) == len(asked), f"a follow-up question came twice: {asked}"
    assert page.locator("[data-testid=turn]").count() == len(asked) + 1
    assert page.locator("[data-testid=practice-nav] [data-answered]").count() == index + 1
    if flow.language == "en":
        flow.assert_in_language(page.locator("main").inner_text(), "the practice page")
    return len(asked)


@pytest.mark.parametrize("flow", FLOWS)
def test_user_practises_all_five_questions_with_follow_ups_and_downloads_the_summary(
    page, live_server, worker, user, flow
):
    page.set_default_timeout(120_000)  # a cold worker loads the Korean analyzer first; 2 shared cores
    log_in(page, live_server, user)
    choose_language(page, flow)
    session = import_resume_and_start_practice(page, live_server, flow)
    questions = session.questions
    assert len(questions) == len(flow.answers) == 5

    follow_ups = []
    for index, (question, answers) in enumerate(zip(questions, flow.answers, strict=True)):
        follow_ups.append(practise_question(page, flow, index, question, answers))
        if index == 0:
            screenshot(page, flow.screenshot_name("practice-feedback"))
            page.locator("[data-testid=model-answer] summary").first.click()
            assert page.locator("[data-testid=model-answer] ol").first.is_visible()
        if index < len(questions) - 1:
            page.locator("[data-testid=next-question]").click()
            page.wait_for_url(re.compile(rf"\?q={index + 1}$"))
    assert sum(follow_ups) >= 1, "no answer was asked a follow-up question"

    page.locator("[data-testid=finish]").click()
    page.locator("[data-testid=practice-summary]").wait_for()
    assert page.locator("[data-testid=summary-row]").count() == 5
    grades = page.locator("[data-testid=summary-grade]").all_inner_texts()
    assert [grade.count("→") for grade in grades] == follow_ups
    assert all(re.fullmatch(r"[1-5]/5( → [1-5])*", grade.strip()) for grade in grades), grades
    if flow.language == "en":
        flow.assert_in_language(page.locator("main").inner_text(), "the summary page")
    screenshot(page, flow.screenshot_name("practice-summary"))

    with page.expect_download() as download:
        page.locator("[data-testid=download-json]").click()
    document = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert len(document["summary"]) == 5 and document["finished_at"]
    assert [row["follow_up_grades"] for row in document["summary"]] == [
        [int(g) for g in re.findall(r"→ ([1-5])", grade)] for grade in grades
    ]
    assert len(document["answers"]) == 5 + sum(follow_ups)
    assert {answer["feedback"]["language"] for answer in document["answers"]} == {flow.language}
    with page.expect_download() as download:
        page.locator("[data-testid=download-md]").click()
    markdown = Path(download.value.path()).read_text(encoding="utf-8")
    assert all(f"## Q{number}." in markdown for number in range(1, 6))

    assert Answer.objects.filter(session=session, status="done").count() == 5 + sum(follow_ups)
    assert page.csp_errors == []
    assert worker.poll() is None, "the worker process died"
