"""Output language: the resume's own by default, forced on request, and natural either way."""

import re

import pytest

from careercoach.coach import generate_interview, generate_learning, resolve_language
from careercoach.coach.text import hangul_share
from tests.coach.resumes import english_senior_go, korean_backend_junior


def test_auto_follows_the_language_of_the_resume_prose():
    assert resolve_language(korean_backend_junior(), "auto") == "ko"
    assert resolve_language(english_senior_go(), "auto") == "en"


def test_korean_names_in_an_english_resume_do_not_make_it_korean():
    resume = english_senior_go()
    resume["name"] = "김민수"
    resume["work_experiences"][0]["company"] = "(주)노스윈드"
    assert resolve_language(resume) == "en"


@pytest.mark.parametrize("forced", ["ko", "en", "KO", " en "])
def test_a_requested_language_wins(forced):
    assert resolve_language(korean_backend_junior(), forced) == forced.strip().lower()
    assert generate_interview(english_senior_go(), forced)["language"] == forced.strip().lower()


def test_unknown_language_values_fall_back_to_auto():
    assert resolve_language(korean_backend_junior(), "fr") == "ko"
    assert resolve_language(korean_backend_junior(), None) == "ko"


@pytest.mark.parametrize("builder", [korean_backend_junior, english_senior_go])
def test_korean_output_reads_as_korean(builder):
    interview = generate_interview(builder(), "ko")
    learning = generate_learning(builder(), "ko")
    for question in interview["questions"]:
        assert hangul_share(question["question"]) >= 0.3, question["question"]
    for path in learning["learning_paths"]:
        assert hangul_share(path["description"] + path["reason"]) >= 0.3


@pytest.mark.parametrize("builder", [korean_backend_junior, english_senior_go])
def test_english_output_reads_as_english(builder):
    for question in generate_interview(builder(), "en")["questions"]:
        assert hangul_share(question["question"]) < 0.3, question["question"]


def test_korean_output_has_no_template_seams():
    texts = [q["question"] for q in generate_interview(korean_backend_junior())["questions"]]
    texts += [p["description"] + p["reason"] for p in generate_learning(korean_backend_junior())["learning_paths"]]
    for text in texts:
        assert not re.search(r"\{|\}|을\(를\)|이\(가\)|은\(는\)|\(으\)로|None|\s{2,}", text), text


def test_particles_after_english_words_agree_with_their_sound():
    text = " ".join(q["question"] for q in generate_interview(korean_backend_junior())["questions"])
    assert not re.search(r"(Django|Celery|Redis|pytest)(을|이|은|과)\b", text)
    assert not re.search(r"(PostgreSQL|Python)(를|가|는|와)\b", text)
