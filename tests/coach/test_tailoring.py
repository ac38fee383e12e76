"""Tailored questions and learning paths: aimed at what the posting requires, difficulty mix
unchanged, the gap asked honestly, the missing requirements first in the plan."""

from careercoach.coach import generate_interview
from careercoach.coach.posting import parse_posting
from careercoach.coach.tailoring import check_tailored_questions, tailored_interview, tailored_learning
from tests.coach.resumes import korean_backend_junior

POSTING = """자격요건
- Python과 Django 기반 API 개발 경험
- PostgreSQL 쿼리 튜닝 경험
- Celery 비동기 작업 운영 경험
- Kubernetes 운영 경험
우대사항
- Terraform
- Redis 캐시 운영 경험
"""


def test_given_a_posting_when_questions_are_tailored_then_three_dive_into_shown_required_skills():
    resume, posting = korean_backend_junior(), parse_posting(POSTING)
    questions = tailored_interview(resume, posting)["questions"]
    shown = {"Python", "Django", "PostgreSQL", "Celery"}
    assert sum(1 for q in questions if q["topic"] in shown) >= 3
    assert check_tailored_questions(resume, posting, questions) == []


def test_given_a_missing_required_skill_when_tailored_then_one_question_asks_about_the_gap_honestly():
    questions = tailored_interview(korean_backend_junior(), parse_posting(POSTING))["questions"]
    gap = [q for q in questions if q["topic"] == "Kubernetes"]
    assert len(gap) == 1 and "보이지 않습니다" in gap[0]["question"]


def test_given_a_posting_when_tailored_then_the_difficulty_mix_is_the_persons_band():
    resume = korean_backend_junior()
    base = generate_interview(resume)["questions"]
    tailored = tailored_interview(resume, parse_posting(POSTING))["questions"]
    assert sorted(q["difficulty"] for q in tailored) == sorted(q["difficulty"] for q in base)
    assert sorted(q["difficulty"] for q in tailored) == ["easy", "easy", "hard", "medium", "medium"]  # junior mix


def test_given_deep_dives_when_tailored_then_each_is_grounded_in_the_resume_line_or_project():
    questions = tailored_interview(korean_backend_junior(), parse_posting(POSTING))["questions"]
    dives = [q for q in questions if q["question"].startswith("공고의 필수 요건인")]
    assert len(dives) >= 3 and all(q["source"].startswith("work_experiences") for q in dives)
    assert any('"' in q["question"] for q in dives)  # Celery: the achievement line that names it
    # A skill only in a project's stack is asked about its use in that project, by name.
    assert all('"' in q["question"] or "'세탁예약 플랫폼'의 기술 스택에" in q["question"] for q in dives)


def test_given_a_posting_when_learning_is_tailored_then_missing_required_comes_first_citing_the_posting():
    plan = tailored_learning(korean_backend_junior(), parse_posting(POSTING))
    first, second = plan["learning_paths"][:2]
    assert first["title"].startswith("Kubernetes") and "Kubernetes 운영 경험" in first["reason"]
    assert second["title"].startswith("Terraform") and "우대" in second["reason"]
    assert 3 <= len(plan["learning_paths"]) <= 8
    assert {p["type"] for p in plan["learning_paths"]} == {"strength", "weakness"}
    assert all(p["link"].startswith("https://") for p in plan["learning_paths"])


def test_given_a_posting_the_resume_does_not_touch_when_tailored_then_output_is_still_valid():
    posting = parse_posting("Requirements\n- Rust\n- Erlang\n")
    output = tailored_interview(korean_backend_junior(), posting, "en")
    questions = output["questions"]
    assert len(questions) == 5 and questions[0]["topic"] and output["language"] == "en"
    assert all(2 <= len(q["what_good_answers_cover"]) <= 4 and q["source"] for q in questions)
