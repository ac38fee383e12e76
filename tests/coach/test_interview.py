"""Interview questions: the schema, the band's difficulty mix, variety and personalization."""

import re

import pytest

from careercoach.coach import generate_interview
from careercoach.coach.analysis import analyze
from careercoach.coach.catalog import technology
from interviews.schemas import DIFFICULTY_MIX, QUESTION_TYPES, InterviewOutput
from tests.coach.resumes import (
    english_senior_go,
    korean_backend_junior,
    resume_with_months,
    student_without_work,
    unknown_stack_resume,
)

BUILDERS = [korean_backend_junior, english_senior_go, student_without_work, unknown_stack_resume]
SOURCE = re.compile(
    r"^(work_experiences|personal_projects|activities|education|certifications)\[\d+\]"
    r"(, (work_experiences|personal_projects|activities|education|certifications)\[\d+\])?$"
    r"|^(summary|resume)$"
)


@pytest.mark.parametrize("builder", BUILDERS)
def test_output_is_valid_for_the_schema(builder):
    out = generate_interview(builder())
    InterviewOutput.model_validate(out)
    assert out["language"] in ("ko", "en")
    assert all(q["type"] in QUESTION_TYPES for q in out["questions"])


@pytest.mark.parametrize("months", [6, 30, 90])
def test_difficulty_mix_matches_the_band(months):
    resume = resume_with_months(months)
    band = analyze(resume).band
    difficulties = [q["difficulty"] for q in generate_interview(resume)["questions"]]
    assert {d: difficulties.count(d) for d in DIFFICULTY_MIX[band]} == DIFFICULTY_MIX[band]


@pytest.mark.parametrize("builder", BUILDERS)
def test_at_least_four_distinct_types_and_no_repeated_question(builder):
    questions = generate_interview(builder())["questions"]
    assert len({q["type"] for q in questions}) >= 4
    assert len({q["question"] for q in questions}) == 5


@pytest.mark.parametrize("builder", BUILDERS)
def test_every_question_names_the_persons_own_project_or_company(builder):
    resume = builder()
    names = {w.get("project_name") for w in resume.get("work_experiences") or []}
    names |= {w.get("company", "").replace("(주)", "") for w in resume.get("work_experiences") or []}
    names |= {p.get("name") for p in resume.get("personal_projects") or []}
    names = {n for n in names if n}
    for question in generate_interview(resume)["questions"]:
        assert any(name in question["question"] for name in names), question["question"]


def test_questions_quote_a_concrete_achievement_with_its_numbers():
    questions = generate_interview(korean_backend_junior())["questions"]
    assert any("120회" in q["question"] and "6회" in q["question"] for q in questions)


@pytest.mark.parametrize("builder", BUILDERS)
def test_sources_name_resume_parts(builder):
    for question in generate_interview(builder())["questions"]:
        assert SOURCE.match(question["source"]), question["source"]


def test_answer_checklists_come_from_the_technology_or_the_numbers_not_boilerplate():
    questions = generate_interview(english_senior_go())["questions"]
    for question in questions:
        if question["type"] in ("Collaboration", "Business"):
            continue
        topic_techs = [t.strip() for t in question["topic"].split(",")[:-1]]
        covers = " ".join(question["what_good_answers_cover"]).lower()
        specific = bool(re.search(r"\d", covers)) or any(t.lower() in covers for t in topic_techs)
        if not specific:
            tech = next((technology(t.lower()) for t in topic_techs if technology(t.lower())), None)
            if tech is not None:
                items = [
                    i.lower()
                    for kind in ("concepts", "failure_modes", "scaling", "testing")
                    for i in tech.items(kind, "en")
                ]
                specific = any(item in covers for item in items)
        assert specific or not topic_techs, question


def test_trade_off_contrasts_a_used_technology_with_a_real_alternative():
    for question in generate_interview(english_senior_go())["questions"]:
        if question["type"] != "Trade-off":
            continue
        first, second = [p.strip() for p in question["topic"].split(",")[:2]]
        assert first in question["question"] and second in question["question"]


def test_senior_hard_questions_are_about_scale_failure_and_design_decisions():
    questions = generate_interview(english_senior_go())["questions"]
    hard_types = {q["type"] for q in questions if q["difficulty"] == "hard"}
    assert hard_types <= {"Trade-off", "Reliability", "Scalability", "Performance"}
    assert len(hard_types) == 3


def test_a_resume_without_work_experience_is_asked_about_its_projects():
    questions = generate_interview(student_without_work())["questions"]
    assert all(not q["source"].startswith("work_experiences") for q in questions)
    assert {q["source"].split("[")[0] for q in questions} <= {"personal_projects", "activities", "education"}


def test_technologies_unknown_to_the_catalog_still_get_project_questions():
    questions = generate_interview(unknown_stack_resume())["questions"]
    assert all("Dock Scheduler" in q["question"] or "Rivers Logistics" in q["question"] for q in questions)
    assert any("40" in q["question"] and "15" in q["question"] for q in questions)


def test_an_empty_resume_still_gets_five_valid_questions():
    out = generate_interview({})
    InterviewOutput.model_validate(out)
    assert len(out["questions"]) == 5
