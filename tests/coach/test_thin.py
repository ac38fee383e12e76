"""A resume with no work and at most one project: no invented "work so far", fundamentals of
the listed skills, what the person wants to build, and a plan that starts with one project."""

import pytest

from careercoach.coach import generate_interview, generate_learning
from interviews.schemas import InterviewOutput
from learning.schemas import LearningOutput
from tests.coach import resumes_roles as R

INVENTED = (
    "work you describe",
    "your work so far",
    "experience on your resume",
    "지금까지 해 오신",
    "이력서에 적으신 경험",
    "이 시스템",
    "this system",
    "people around you",
    "함께 일한 사람",
)


def questions(resume: dict, language: str = "auto") -> list[dict]:
    out = generate_interview(resume, language)
    InterviewOutput.model_validate(out)
    return out["questions"]


@pytest.mark.parametrize("builder", [R.empty_resume, R.one_skill_resume, R.one_project_resume])
@pytest.mark.parametrize("language", ["ko", "en"])
def test_given_a_thin_resume_then_no_question_invents_work(builder, language):
    for question in questions(builder(), language):
        assert not any(phrase in question["question"] for phrase in INVENTED), question["question"]


@pytest.mark.parametrize("builder", [R.empty_resume, R.one_skill_resume, R.one_project_resume])
def test_given_a_thin_resume_then_the_first_question_says_it_is_too_thin_to_personalise(builder):
    first = questions(builder(), "en")[0]["question"]
    assert first.startswith("Your resume ")


def test_given_one_skill_then_junior_fundamentals_of_that_skill_are_asked():
    asked = questions(R.one_skill_resume(), "en")
    assert sum("Python" in q["question"] for q in asked) >= 3
    assert [q["difficulty"] for q in asked].count("easy") == 2
    assert any("would you most like to build" in q["question"] for q in asked)


def test_given_one_project_then_its_own_line_is_asked_and_the_rest_are_fundamentals():
    asked = questions(R.one_project_resume(), "ko")
    assert any("좌석 배치도" in q["question"] for q in asked)
    assert any("만들어 보고 싶은" in q["question"] for q in asked)
    assert any("Vue" in q["question"] for q in asked)


@pytest.mark.parametrize("builder", [R.empty_resume, R.one_skill_resume, R.one_project_resume])
def test_given_a_thin_resume_then_the_plan_starts_with_one_portfolio_project(builder):
    out = generate_learning(builder(), "en")
    LearningOutput.model_validate(out)
    first = out["learning_paths"][0]
    assert "project" in first["title"].lower()
    assert any("resume" in r for r in first["resources"])  # what to put on the resume afterwards
    assert "too thin to personalise" in out["summary"]


def test_given_an_empty_resume_then_no_strength_is_claimed():
    out = generate_learning(R.empty_resume(), "en")
    assert all("too thin" in s for s in out["analysis"]["strengths"])
