"""Learning plans: strengths deepened, gaps ranked, every reason tied to the resume."""

import pytest

from careercoach.coach import generate_learning
from careercoach.coach.analysis import analyze
from careercoach.coach.knowledge import load_knowledge
from careercoach.coach.validation import allowed_domains, link_problem
from learning.schemas import LearningOutput
from tests.coach.resumes import (
    english_senior_go,
    korean_backend_junior,
    student_without_work,
    unknown_stack_resume,
)

BUILDERS = [korean_backend_junior, english_senior_go, student_without_work, unknown_stack_resume]


def resume_terms(resume):
    terms = set()
    for w in resume.get("work_experiences") or []:
        terms |= {w.get("company", "").replace("(주)", ""), w.get("project_name")} | set(w.get("tech_stack") or [])
    for p in resume.get("personal_projects") or []:
        terms |= {p.get("name")} | set(p.get("tech_stack") or [])
    return {t for t in terms if t and len(t) >= 2}


@pytest.mark.parametrize("builder", BUILDERS)
def test_plan_is_valid_and_has_both_path_types(builder):
    out = generate_learning(builder())
    LearningOutput.model_validate(out)
    assert 3 <= len(out["learning_paths"]) <= 8
    assert {p["type"] for p in out["learning_paths"]} == {"strength", "weakness"}


@pytest.mark.parametrize("builder", BUILDERS)
def test_every_path_has_two_resources_and_an_allow_listed_https_link(builder):
    domains = allowed_domains()
    for path in generate_learning(builder())["learning_paths"]:
        assert len(path["resources"]) >= 2
        assert link_problem(path["link"], domains) == ""


@pytest.mark.parametrize("builder", BUILDERS)
def test_every_reason_cites_the_resume(builder):
    resume = builder()
    terms = resume_terms(resume)
    for path in generate_learning(resume)["learning_paths"]:
        text = path["reason"] + " " + path["description"]
        assert any(term in text for term in terms), path["reason"]


@pytest.mark.parametrize("builder", BUILDERS)
def test_no_weakness_path_teaches_an_area_the_resume_already_shows(builder):
    resume = builder()
    analysis = analyze(resume)
    knowledge = load_knowledge()
    shown_labels = {knowledge.areas[a].label(lang) for a in analysis.demonstrated for lang in ("ko", "en")}
    for path in generate_learning(resume)["learning_paths"]:
        if path["type"] == "weakness":
            assert not any(path["title"].lower().split(":")[0].endswith(label.lower()) for label in shown_labels)


def test_weaknesses_are_the_roles_most_important_missing_areas():
    analysis = analyze(korean_backend_junior())
    top_gap = load_knowledge().areas[analysis.gaps[0][0]].label("ko")
    titles = [
        p["title"] for p in generate_learning(korean_backend_junior())["learning_paths"] if p["type"] == "weakness"
    ]
    assert titles[0].startswith(top_gap)


def test_strengths_deepen_a_technology_the_person_used():
    resume = english_senior_go()
    used = {t.lower() for w in resume["work_experiences"] for t in w["tech_stack"]}
    strengths = [p for p in generate_learning(resume)["learning_paths"] if p["type"] == "strength"]
    assert strengths
    assert any(any(t in p["title"].lower() for t in used) for p in strengths)


def test_a_student_is_pointed_at_shipping_skills_first():
    weak = [p["title"] for p in generate_learning(student_without_work())["learning_paths"] if p["type"] == "weakness"]
    assert "CI/CD" in weak[0]
